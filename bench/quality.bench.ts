/**
 * Quality bench: precision and recall of the blame and vague-action-item detectors on
 * their labelled sets, and the time to lint 1,000 generated post-mortems beside the time
 * to only parse them (the baseline), with the ratio.
 *   node bin/run-ts.js bench/quality.bench.ts
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { DEFAULT_QUALITY_CONFIG, findBlame, isVagueActionItem, lintPostmortem } from '../src/domain/quality/index.ts';
import { parsePostmortem } from '../src/formats/postmortem/parse-postmortem.ts';

type Labelled = { text: string; expected: boolean };

function load(name: string, label: string): Labelled[] {
  const raw = JSON.parse(readFileSync(new URL(`../test/fixtures/quality/${name}`, import.meta.url), 'utf8')) as { items: Record<string, unknown>[] };
  return raw.items.map((i) => ({ text: String(i['text']), expected: i[label] === true }));
}

function measure(items: readonly Labelled[], predict: (t: string) => boolean): { precision: number; recall: number; n: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { text, expected } of items) {
    const got = predict(text);
    if (got && expected) tp++;
    else if (got) fp++;
    else if (expected) fn++;
  }
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), n: items.length };
}

/** A deterministic pseudo-random generator, so every run lints the same documents. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const EVENTS = ['Deploy of checkout-api v2.3 started', 'Alert fired: 5xx > 5%', 'On-call acknowledged', 'Investigating connection pool', 'Decided to roll back', 'Rollback complete', 'Error rate recovered', 'Monitoring for regressions'];
const ITEMS = ['Improve monitoring', 'Add alert for p99 latency > 800 ms on /api/cart', 'Look into the database', 'Set max_connections to 400 on orders-db', 'Write a runbook for Redis failover', 'Be more careful'];
const CAUSES = [
  'A typo in configuration file.',
  'The pool size was not validated because the config schema had no limits, and no staging load test covered it.',
  "Bob's mistake during the migration.",
];

/** One generated post-mortem of about 3 KiB, varied by the index. */
export function generatePostmortem(i: number): string {
  const r = rng(i + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  let minute = 0;
  const rows = Array.from({ length: 6 + Math.floor(r() * 10) }, () => {
    minute += 1 + Math.floor(r() * 8);
    return `| ${String(14 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')} | ${pick(EVENTS)} |`;
  });
  const items = Array.from({ length: 2 + Math.floor(r() * 6) }, (_, k) => `| A${k + 1} | ${pick(ITEMS)} | @team-${k} | 2026-0${1 + (k % 9)}-1${k % 9} |`);
  return [
    '---',
    `title: Incident ${i}`,
    `incident_id: INC-2026-01-${String(1 + (i % 28)).padStart(2, '0')}-${String(i).padStart(3, '0')}`,
    'severity: SEV-2',
    '---',
    `# Post-Mortem: checkout errors ${i}`,
    '',
    '## Summary',
    '',
    `Checkout returned errors for ${10 + (i % 50)} minutes. ${r() < 0.2 ? "John didn't test properly." : 'The deploy pipeline had no staging check.'}`,
    '',
    '## Impact',
    '',
    `- ${1000 + i} failed requests; error rate peaked at ${5 + (i % 30)}%.`,
    '',
    '## Timeline',
    '',
    '| Time (UTC) | Event |',
    '|---|---|',
    ...rows,
    '',
    '## Root Cause',
    '',
    pick(CAUSES),
    '',
    '## What Went Wrong',
    '',
    '- The alert for pool saturation existed but was routed to a retired rotation, so the first page went nowhere.',
    '- The runbook for checkout-api described the old connection pooler and sent the on-call to the wrong dashboard.',
    '- Rolling back needed a manual approval in the deploy tool that only two people could give at that hour.',
    '',
    '## 5 Whys',
    '',
    '**Why 1:** Why did checkout fail? → Because the API ran out of database connections.',
    '**Why 2:** Why did it run out? → Because the new release opened a pool per request handler.',
    '**Why 3:** Why was that not caught? → Because the load test runs with a single handler.',
    '**Why 4:** Why only one handler? → Because the test config was copied from a 2019 template.',
    `**Why 5:** Why was the template not updated? → ${r() < 0.1 ? 'Because the engineer forgot.' : 'Because no one owns the load-test configuration.'}`,
    '',
    '## Lessons Learned',
    '',
    'Pool sizing belongs in the release checklist. We learned that our load tests do not resemble production, and that',
    'alert routing drifts when rotations change; both need an owner and a periodic check.',
    '',
    '## What Went Well',
    '',
    '- The alert fired within 2 minutes. Thanks to Priya for the quick rollback.',
    '',
    '## Action Items',
    '',
    '| ID | Action | Owner | Due |',
    '|---|---|---|---|',
    ...items,
    '',
  ].join('\n');
}

/** Prints precision/recall of both labelled sets and the lint time for 1,000 post-mortems vs parsing alone. */
export function runQualityBench(count = 1000): void {
  const blame = measure(load('blame-sentences.json', 'blame'), (t) => findBlame(t) !== null);
  const vague = measure(load('vague-action-items.json', 'vague'), isVagueActionItem);
  const pct = (x: number) => x.toFixed(3);
  console.log(`blame              n=${blame.n}  precision ${pct(blame.precision)}  recall ${pct(blame.recall)}`);
  console.log(`vague-action-item  n=${vague.n}  precision ${pct(vague.precision)}  recall ${pct(vague.recall)}`);

  const texts = Array.from({ length: count }, (_, i) => generatePostmortem(i));
  // Warm up both paths so the JIT and regex compilation are not timed.
  for (const t of texts.slice(0, 50)) lintPostmortem(parsePostmortem(t).doc, t, { config: DEFAULT_QUALITY_CONFIG });

  let t0 = performance.now();
  for (const t of texts) parsePostmortem(t);
  const parseMs = performance.now() - t0;

  t0 = performance.now();
  let findings = 0;
  for (const t of texts) findings += lintPostmortem(parsePostmortem(t).doc, t, { config: DEFAULT_QUALITY_CONFIG }).length;
  const totalMs = performance.now() - t0;

  const kib = texts.reduce((n, t) => n + t.length, 0) / 1024 / count;
  console.log(`${count} post-mortems (${kib.toFixed(1)} KiB each), ${findings} findings`);
  console.log(`  parse only (baseline)   ${parseMs.toFixed(0)} ms`);
  console.log(`  parse + lint            ${totalMs.toFixed(0)} ms   ratio ${(totalMs / parseMs).toFixed(2)}×   (lint alone ≈ ${(totalMs - parseMs).toFixed(0)} ms, ${((totalMs - parseMs) / count).toFixed(3)} ms/doc)`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) runQualityBench();
