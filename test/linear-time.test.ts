/**
 * Linear time on adversarial input: every parser and every lint rule that sees user text
 * (post-mortem reader, quality rules, Markdown helpers, every ingest adapter, git log,
 * Slack markup) is run on inputs built to trip backtracking regexes (runs of brackets,
 * backticks, pipes, asterisks, underscores, `<`, `[a](`, deep list and quote nesting, long
 * lines of one character…) at a size n and at 4n. Linear code takes about 4× as long;
 * quadratic code 16×. The test fails when the ratio passes 12, with n grown until t(n) is
 * large enough to measure (≥ 20 ms) and the minimum of a few runs taken against noise.
 * No absolute time is asserted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem, RULE_IDS, type QualityConfig, type RuleId } from '../src/domain/quality/index.ts';
import { actionItemVagueness } from '../src/domain/quality/vague.patterns.ts';
import { blameHits } from '../src/domain/quality/blame.patterns.ts';
import { plainText, sentences } from '../src/domain/quality/source-text.ts';
import { detectJsonSource, looksLikeGitLog } from '../src/formats/ingest/detect-source.ts';
import { parseGitLog } from '../src/formats/ingest/git-log.parser.ts';
import { INGEST_ADAPTERS, type IngestSource } from '../src/formats/ingest/registry.ts';
import { renderSlackText } from '../src/formats/ingest/slack-markup.ts';
import { readGitDate, readIso } from '../src/formats/ingest/time.ts';
import { firstSentence, parsePostmortem } from '../src/formats/postmortem/index.ts';
import { PAYLOAD_FIXTURES } from './helpers/payload-fixtures.ts';
import { cpuMs } from './support/cpu-time.ts';

/** Adversarial texts of about n characters. */
const INPUTS: Record<string, (n: number) => string> = {
  'brackets [×n ]×n': (n) => '['.repeat(n) + ']'.repeat(n),
  'link openers [a](×n': (n) => '[a]('.repeat(n / 4),
  'image openers ![a](×n': (n) => '![a]('.repeat(n / 5),
  'reference links [a][×n': (n) => '[a]['.repeat(n / 4),
  'unclosed brackets [a×n': (n) => '[a'.repeat(n / 2),
  'backticks': (n) => '`'.repeat(n),
  'backtick pairs': (n) => '`a'.repeat(n / 2),
  'pipes': (n) => '|'.repeat(n),
  'pipe rows': (n) => '| a | b |\n'.repeat(n / 10),
  'table rule rows': (n) => '|---|---|\n'.repeat(n / 10),
  'asterisks': (n) => '*'.repeat(n),
  'asterisk words': (n) => '*a '.repeat(n / 3),
  'bold openers': (n) => '**a'.repeat(n / 3),
  'underscores': (n) => '_'.repeat(n),
  'underscore words': (n) => '_a '.repeat(n / 3),
  'angle brackets <×n': (n) => '<'.repeat(n),
  'html comment openers': (n) => '<!--'.repeat(n / 4),
  'parentheses': (n) => '('.repeat(n / 2) + ')'.repeat(n / 2),
  'one long line of a': (n) => 'a'.repeat(n),
  'one long line of spaces then x': (n) => `${' '.repeat(n)}x`,
  'words without a full stop': (n) => 'the engineer did not check '.repeat(n / 27),
  'capitalised names': (n) => 'Alice Smith Bob Jones '.repeat(n / 22),
  'dashes': (n) => '-'.repeat(n),
  'hashes': (n) => '#'.repeat(n),
  'digits': (n) => '1'.repeat(n),
  'colons and digits': (n) => '12:'.repeat(n / 3),
  'times without text': (n) => '10:00 '.repeat(n / 6),
  'dates and times': (n) => '2026-03-10 10:00 UTC - '.repeat(n / 23),
  'deep list nesting': (n) => Array.from({ length: Math.min(n / 40, 2000) }, (_v, i) => `${'  '.repeat(i % 200)}- item ${i}`).join('\n'),
  'deep quote nesting': (n) => `${'> '.repeat(n / 2)}x`,
  'quote lines': (n) => '> a\n'.repeat(n / 4),
  'list markers': (n) => '- '.repeat(n / 2),
  'task lists': (n) => '- [ ] a\n'.repeat(n / 8),
  'blank lines': (n) => '\n'.repeat(n),
  'short lines': (n) => 'a\n'.repeat(n / 2),
  'heading lines': (n) => '## a\n'.repeat(n / 5),
  'urls': (n) => 'http://a.'.repeat(n / 9),
  'at signs': (n) => '@'.repeat(n),
  'mentions': (n) => '@a '.repeat(n / 3),
  'tabs': (n) => '\t'.repeat(n),
  'backslashes': (n) => '\\'.repeat(n),
  'slack tokens': (n) => '<@U1|'.repeat(n / 5),
  'entities': (n) => '&amp'.repeat(n / 4),
  'front matter': (n) => `---\n${'a: b\n'.repeat(n / 5)}`,
  'dots': (n) => '.'.repeat(n),
  'quotes': (n) => '"'.repeat(n),
  'comment disables': (n) => '<!-- debrief-disable '.repeat(n / 21),
  'owner openers': (n) => '(owner '.repeat(n / 7),
  'due words and spaces': (n) => 'due    '.repeat(n / 7),
  'why and spaces': (n) => `why${' '.repeat(n)}x`,
  'colons': (n) => ':'.repeat(n),
  'label openers': (n) => '**a'.repeat(n / 3) + ':',
  // Blame forms and person references (issue 16): each opener repeated without ever completing.
  'should-have openers': (n) => 'the engineer should have '.repeat(n / 25),
  'counterfactual openers': (n) => 'if the DBA had '.repeat(n / 15),
  'possessives': (n) => "Maria's ".repeat(n / 8),
  'role phrases': (n) => 'the new junior on-call engineer on the '.repeat(n / 39),
  'relative clauses': (n) => 'the person who '.repeat(n / 15),
  'blame clauses without a stop': (n) => 'the engineer ignored it; '.repeat(n / 25),
  'reasons': (n) => 'because '.repeat(n / 8),
  'fault nouns': (n) => 'a mistake by the '.repeat(n / 17),
  'wasted time': (n) => 'wasted an hour while '.repeat(n / 21),
  'apostrophes': (n) => "'a ".repeat(n / 3),
  'thanks to': (n) => 'thanks to '.repeat(n / 10),
  'action item openers': (n) => 'improve the '.repeat(n / 12),
  // Round 7: surface-cause declarations and triggers, 5 Whys in quotes, "they" after plural things, first person, thanks and politeness frames.
  'root cause declarations': (n) => 'Root cause: a typo in the config was set to '.repeat(n / 44),
  'the root cause was': (n) => 'the root cause was an expired '.repeat(n / 30),
  'blockquote whys': (n) => '> Why did it run? → because '.repeat(n / 28),
  // Many bold runs in one paragraph or quote: the Markdown reader asked whether the text so far was blank at each one.
  'bold blockquote whys': (n) => '> **Why did it run?** → '.repeat(n / 24),
  'bold runs': (n) => '**Why?** → '.repeat(n / 11),
  'they after plural things': (n) => 'when many devices disconnect, they '.repeat(n / 35),
  'first person': (n) => 'I should have I was I forgot this one is on '.repeat(n / 44),
  'thanks for in production': (n) => 'Huge thanks to Sven for testing in '.repeat(n / 35),
  'politeness frames': (n) => 'happy to walk Lucas through with respect, some of us '.repeat(n / 53),
  'emoji shortcodes': (n) => 'who approved this :eyes: '.repeat(n / 25),
  // Round 33: the claim behind an opening hedge (blame.hedged-claim.ts), a wish request and a document named by its kind.
  'hedged claims': (n) => 'One could argue that the lead sat on it and '.repeat(n / 44),
  'wish requests and unnamed documents': (n) => 'Ask the vendor for better Write a runbook for the '.repeat(n / 50),
};

/** The section headings every rule looks under, so the adversarial text reaches each rule. */
const SECTIONS = ['Summary', 'Impact', 'Timeline', 'Detection', 'Root cause', 'Contributing factors', 'What went well', 'Action items', 'Lessons learned'];
/** The adversarial text alone, and inside every section of a post-mortem. */
function documents(p: string): string[] {
  const line = p.replace(/\n/g, ' ');
  return [
    p,
    `# Outage\n\n${SECTIONS.map((s) => `## ${s}\n\n${p}\n`).join('\n')}`,
    // On one line where a heading, a table cell, a timeline entry, an action item, a label and a disable comment are read.
    `# ${line}\n\n## Summary (${line}\n\n**Owner:** ${line}\n\n## Timeline\n\n- 10:00 ${line}\n\n| time | event |\n|---|---|\n| 10:05 | ${line} |\n\n## Action items\n\n- [ ] ${line} (owner ${line}\n\n<!-- debrief-disable ${line}\n\n## Why ${line}\n`,
  ];
}

const onlyRule = (id: RuleId): QualityConfig => ({
  ...DEFAULT_QUALITY_CONFIG,
  rules: Object.fromEntries(RULE_IDS.map((r) => [r, { ...DEFAULT_QUALITY_CONFIG.rules[r], enabled: r === id }])) as QualityConfig['rules'],
});

/** `prepare` runs untimed first (the rules are timed on an already parsed document). */
type Target = { name: string; run: (p: string) => unknown; prepare?: (p: string) => unknown; maxN?: number };

/** One lint rule alone: to name the culprit when the whole linter grows too fast. */
const ruleTargets = (): Target[] => RULE_IDS.map((id): Target => {
  const config = onlyRule(id);
  return { name: `lint rule ${id}`, prepare: parsed, run: (p) => parsed(p).map(({ text, doc }) => lintPostmortem(doc, text, { config })) };
});

function jsonFixtures(): { name: string; payload: unknown }[] {
  return readdirSync(PAYLOAD_FIXTURES).filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f, payload: JSON.parse(readFileSync(join(PAYLOAD_FIXTURES, f), 'utf8')) as unknown }));
}

/** Every string in a JSON value with the adversarial text appended. */
function withText(value: unknown, p: string): unknown {
  if (typeof value === 'string') return value + p;
  if (Array.isArray(value)) return value.map((v) => withText(v, p));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withText(v, p)]));
  return value;
}

/** Parsed documents of the last text asked for (parsing is timed on its own, not inside every rule). */
let memo: { p: string; docs: { text: string; doc: ReturnType<typeof parsePostmortem>['doc'] }[] } | null = null;
function parsed(p: string) {
  if (memo?.p !== p) memo = { p, docs: documents(p).map((text) => ({ text, doc: parsePostmortem(text).doc })) };
  return memo.docs;
}

const TARGETS: Target[] = [
  { name: 'parsePostmortem', run: (p) => documents(p).map((d) => parsePostmortem(d)) },
  { name: 'firstSentence', run: (p) => firstSentence(p) },
  { name: 'plainText', run: (p) => p.split('\n').map(plainText) },
  { name: 'plainText of one line', run: (p) => plainText(p.replace(/\n/g, ' ')) },
  { name: 'sentences', run: (p) => sentences(p) },
  { name: 'blameHits (one long sentence)', run: (p) => blameHits(p.replace(/\n/g, ' ')) },
  { name: 'actionItemVagueness', run: (p) => actionItemVagueness(p.replace(/\n/g, ' ')) },
  { name: 'lintPostmortem (every rule)', prepare: parsed, run: (p) => parsed(p).map(({ text, doc }) => lintPostmortem(doc, text, { config: DEFAULT_QUALITY_CONFIG })) },
  { name: 'parseGitLog', run: (p) => [parseGitLog(p), parseGitLog(`commit ${'a'.repeat(40)}\nAuthor: ${p}\nDate: ${p}\n\n    ${p}\n`), parseGitLog(`${'a'.repeat(40)} ${p}`)] },
  { name: 'looksLikeGitLog', run: (p) => looksLikeGitLog(p) },
  { name: 'readGitDate / readIso', run: (p) => [readGitDate(p), readIso(p)] },
  { name: 'renderSlackText', run: (p) => renderSlackText(p, { users: new Map([['U1', 'ann']]), channels: new Map() }) },
  ...(Object.keys(INGEST_ADAPTERS) as IngestSource[]).filter((s) => s !== 'git').map((source): Target => ({
    name: `ingest adapter ${source}`,
    // Every string of the payload gets the text: at 4 × 32,000 a payload is megabytes, and GC, not the code, would be measured.
    maxN: 32_000,
    run: (p) => {
      const { adapter } = INGEST_ADAPTERS[source];
      const payloads = source === 'slack'
        ? [[{ type: 'message', ts: '1709630000.000100', user: 'U1', text: p }]]
        : jsonFixtures().filter((f) => detectJsonSource(f.payload) === source || f.name.startsWith(source)).map((f) => withText(f.payload, p));
      return payloads.map((payload) => {
        detectJsonSource(payload);
        try { return adapter(payload, { headers: { 'x-github-event': 'push' } }); } catch (e) { return e; }
      });
    },
  })),
  { name: 'ingest adapter git', run: (p) => { try { return INGEST_ADAPTERS.git.adapter(p, {}); } catch (e) { return e; } } },
];

/** The fastest of a few runs, in milliseconds of this process's CPU time (see cpuMs). */
function time(run: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    best = Math.min(best, cpuMs(run));
    if (best > 1000) break; // clearly measurable: more runs add nothing
  }
  return best;
}

const MIN_MS = 20;
const MAX_N = 100_000;
const MAX_RATIO = 12;

/**
 * t(4n) / t(n), with n doubled from 1,000 until t(n) ≥ `minMs` (each time the best of `runs`
 * runs, after one untimed warm-up); null when even the largest n is too fast to measure.
 */
function growth(target: Target, input: (n: number) => string, runs: number, minMs = MIN_MS): { n: number; t: number; t4: number; ratio: number } | null {
  const warm = input(1000);
  target.prepare?.(warm);
  target.run(warm);
  for (let n = 1000; n <= (target.maxN ?? MAX_N); n *= 2) {
    const small = input(n);
    target.prepare?.(small);
    const t = time(() => target.run(small), runs);
    if (t < minMs) continue;
    const big = input(4 * n);
    target.prepare?.(big);
    const t4 = time(() => target.run(big), runs);
    return { n, t, t4, ratio: t4 / t };
  }
  return null;
}

describe('parsers and lint rules take linear time on adversarial input', () => {
  for (const target of TARGETS) {
    it(`${target.name}`, () => {
      const slow: string[] = [];
      const only = process.env['DEBRIEF_LINEAR_ONLY'];
      for (const [name, input] of Object.entries(INPUTS)) {
        if (only && !name.includes(only)) continue;
        const t0 = performance.now();
        let g = growth(target, input, 2);
        // A ratio over the limit is measured again before it counts: the best of three runs, from an n where t(n) is at
        // least 4 × longer (a busy machine, the other test files running beside this one, or a collection in the garbage
        // collector stalls a run of 20 ms far more than one of 80 ms). Quadratic code still grows about 16× from there.
        // Targets capped at a smaller n (the ingest adapters) may never reach 80 ms: they are measured again from 20 ms with
        // more runs, and a target too fast to measure at all on the second try is not slow. Up to two second tries, the
        // lowest ratio counts: noise makes one run slow, quadratic code is slow every time.
        for (let retry = 0; retry < 2 && g && g.ratio > MAX_RATIO; retry++) {
          const again = growth(target, input, 3, 4 * MIN_MS) ?? growth(target, input, 5, MIN_MS);
          if (!again || again.ratio < g.ratio) g = again;
        }
        if (process.env['DEBRIEF_LINEAR_TRACE']) process.stderr.write(`${target.name} / ${name}: ${(performance.now() - t0).toFixed(0)} ms${g ? ` ×${g.ratio.toFixed(1)} at n=${g.n}` : ''}\n`);
        if (g && g.ratio > MAX_RATIO) {
          slow.push(`${name}: n=${g.n} ${g.t.toFixed(0)} ms, 4n ${g.t4.toFixed(0)} ms (×${g.ratio.toFixed(1)})`);
          if (target.name.startsWith('lintPostmortem')) {
            for (const rule of ruleTargets()) {
              const r = growth(rule, input, 1);
              if (r && r.ratio > MAX_RATIO) slow.push(`  ${rule.name}: ×${r.ratio.toFixed(1)}`);
            }
          }
        }
      }
      expect(slow).toEqual([]);
    }, 600_000);
  }
});
