/**
 * Quality bench (with leave-one-writer-out figures of the models, bench/quality.cv.ts, and
 * the cost of rules + lexicon + model beside the rules alone): precision and recall of the blame and vague-action-item detectors on
 * their labelled sets — the tuning split and, separately, the held-out split the rules
 * were never tuned on — per labelled form and per reported form; the cost of the
 * sentence analysis (ms per 1,000 sentences, beside splitting alone); and the time to
 * lint 1,000 generated post-mortems beside the time to only parse them (the baseline).
 *   node bin/run-ts.js bench/quality.bench.ts [--misses]
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { DEFAULT_QUALITY_CONFIG, actionItemVagueness, blameHits, lintPostmortem } from '../src/domain/quality/index.ts';
import { ruleHits } from '../src/domain/quality/blame.patterns.ts';
import { leaveOneWriterOut, pooled } from './quality.cv.ts';
import { sentences } from '../src/domain/quality/source-text.ts';
import { formatMeasured, isWritten, loadSet, measureSet, TRAINING_SPLITS, type Split } from './quality.labelled.ts';
import { SPLIT_NOTE } from './quality.split-notes.ts';
import { parsePostmortem } from '../src/formats/postmortem/parse-postmortem.ts';

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
  const showMisses = process.argv.includes('--misses');
  // `--tuning-only` while working on the rules: the held-out split is measured only at the end.
  const splits: Split[] = process.argv.includes('--tuning-only') ? ['tuning'] : ['tuning', 'third-voice', 'fourth-voice', 'tuning-2', 'fifth-voice', 'sixth-voice', 'tuning-3', 'seventh-voice', 'eighth-voice', 'ninth-voice', 'tuning-4', 'tenth-voice', 'eleventh-voice', 'twelfth-voice', 'thirteenth-voice', 'fourteenth-voice', 'tuning-5', 'tuning-6', 'tuning-7', 'fifteenth-voice', 'sixteenth-voice', 'seventeenth-voice', 'eighteenth-voice', 'nineteenth-voice', 'twentieth-voice', 'twenty-first-voice', 'tuning-8', 'twenty-second-voice', 'twenty-third-voice', 'twenty-fourth-voice', 'tuning-9', 'twenty-fifth-voice', 'twenty-sixth-voice', 'twenty-seventh-voice', 'tuning-10', 'twenty-eighth-voice', 'twenty-ninth-voice', 'thirtieth-voice', 'tuning-11', 'thirty-first-voice', 'thirty-second-voice', 'thirty-third-voice', 'thirty-fourth-voice', 'thirty-fifth-voice', 'thirty-sixth-voice', 'thirty-seventh-voice', 'thirty-eighth-voice', 'thirty-ninth-voice', 'fortieth-voice', 'forty-first-voice', 'forty-second-voice', 'forty-third-voice', 'forty-fourth-voice', 'forty-fifth-voice', 'forty-sixth-voice', 'forty-seventh-voice', 'forty-eighth-voice', 'forty-ninth-voice', 'fiftieth-voice', 'fifty-first-voice', 'fifty-second-voice', 'fifty-third-voice', 'fifty-fourth-voice', 'fifty-fifth-voice', 'fifty-sixth-voice', 'fifty-seventh-voice', 'fifty-eighth-voice', 'fifty-ninth-voice', 'sixtieth-voice', 'sixty-first-voice', 'sixty-second-voice', 'sixty-third-voice', 'sixty-fourth-voice', 'sixty-fifth-voice', 'sixty-sixth-voice', 'tuning-12', 'tuning-13', 'tuning-14', 'tuning-15', 'sixty-seventh-voice', 'sixty-eighth-voice', 'sixty-ninth-voice', 'tuning-16', 'tuning-17', 'tuning-18', 'tuning-19', 'seventieth-voice', 'seventy-first-voice', 'seventy-second-voice', 'tuning-20', 'tuning-21', 'tuning-22', 'seventy-third-voice', 'seventy-fourth-voice', 'seventy-fifth-voice', 'tuning-23', 'tuning-24', 'tuning-25', 'seventy-sixth-voice', 'seventy-seventh-voice', 'seventy-eighth-voice', 'tuning-26', 'tuning-27', 'tuning-28', 'seventy-ninth-voice', 'eightieth-voice', 'eighty-first-voice', 'tuning-29', 'tuning-30', 'tuning-31', 'eighty-second-voice', 'eighty-third-voice', 'eighty-fourth-voice', 'tuning-32', 'tuning-33', 'tuning-34', 'eighty-fifth-voice', 'eighty-sixth-voice', 'eighty-seventh-voice', 'tuning-35', 'tuning-36', 'tuning-37', 'eighty-eighth-voice', 'eighty-ninth-voice', 'ninetieth-voice', 'tuning-38', 'tuning-39', 'tuning-40', 'ninety-first-voice', 'ninety-second-voice', 'ninety-third-voice', 'heldout'];
  for (const split of splits) {
    if (!isWritten(split)) {
      console.log(`-- ${SPLIT_NOTE[split]}: not in the repository yet`);
      continue;
    }
    const blame = measureSet(loadSet('blame', split), (t) => blameHits(t)[0]?.form ?? null);
    const vague = measureSet(loadSet('vague', split), (t) => actionItemVagueness(t)?.kind ?? null);
    console.log(`-- ${SPLIT_NOTE[split]}`);
    for (const line of formatMeasured(`blame              `, blame)) console.log(line);
    for (const line of formatMeasured(`vague-action-item  `, vague)) console.log(line);
    // Never the misses of an evaluation set (heldout/): their sentences are not read while working on the detectors.
    if (showMisses && TRAINING_SPLITS.includes(split)) {
      for (const m of [...blame.misses, ...vague.misses]) console.log(`    missed      [${m.form}] ${m.text}`);
      for (const m of [...blame.falseAlarms, ...vague.falseAlarms]) console.log(`    false alarm [${m.form}] ${m.text}`);
    }
  }

  // Leave one writer out: the models trained on the other voices, measured on the one left out.
  const folds = leaveOneWriterOut();
  const f3 = (x: number): string => x.toFixed(3);
  console.log('-- leave-one-writer-out (models trained on the other training voices; rules alone beside them, in sample)');
  console.log('    left out         blame P / R (rules alone)        vague P / R (rules alone)');
  for (const f of folds) {
    console.log(`    ${f.left.padEnd(14)}   ${f3(f.blame.precision)} / ${f3(f.blame.recall)} (${f3(f.rulesBlame.precision)} / ${f3(f.rulesBlame.recall)})   ${f3(f.vague.precision)} / ${f3(f.vague.recall)} (${f3(f.rulesVague.precision)} / ${f3(f.rulesVague.recall)})`);
  }
  const pb = pooled(folds, (f) => f.blame);
  const pv = pooled(folds, (f) => f.vague);
  const rb = pooled(folds, (f) => f.rulesBlame);
  const rv = pooled(folds, (f) => f.rulesVague);
  console.log(`    pooled           ${f3(pb.precision)} / ${f3(pb.recall)} (${f3(rb.precision)} / ${f3(rb.recall)})   ${f3(pv.precision)} / ${f3(pv.recall)} (${f3(rv.precision)} / ${f3(rv.recall)})`);

  // The cost of the sentence analysis: tokens, person references and forms, per 1,000 sentences.
  const corpus = [...loadSet('blame', 'tuning'), ...loadSet('blame', 'heldout')].map((x) => x.text);
  const rounds = Math.max(1, Math.ceil(20000 / corpus.length));
  for (const s of corpus) blameHits(s);
  let s0 = performance.now();
  for (let k = 0; k < rounds; k++) for (const s of corpus) sentences(s);
  const splitMs = performance.now() - s0;
  s0 = performance.now();
  for (let k = 0; k < rounds; k++) for (const s of corpus) ruleHits(s);
  const rulesMs = performance.now() - s0;
  s0 = performance.now();
  for (let k = 0; k < rounds; k++) for (const s of corpus) blameHits(s);
  const analysisMs = performance.now() - s0;
  const per1000 = (ms: number): string => ((ms / (rounds * corpus.length)) * 1000).toFixed(1);
  console.log(`sentence analysis, ${rounds * corpus.length} sentences (own tokenizer and word classes; AFINN-165 lexicon and the logistic model where no rule fired):`);
  console.log(`  rules only (baseline, the analysis before the model; 27.9 ms when the issue was briefed)  ${per1000(rulesMs)} ms per 1,000 sentences   (sentence split alone ${per1000(splitMs)} ms)`);
  console.log(`  rules + lexicon + model                                                                ${per1000(analysisMs)} ms per 1,000 sentences   ratio ${(analysisMs / rulesMs).toFixed(2)}×`);

  const texts = Array.from({ length: count }, (_, i) => generatePostmortem(i));
  // Warm up both paths so the JIT and regex compilation are not timed.
  for (const t of texts.slice(0, 50)) lintPostmortem(parsePostmortem(t).doc, t, { config: DEFAULT_QUALITY_CONFIG });

  let t0 = performance.now();
  for (const t of texts) parsePostmortem(t);
  const parseMs = performance.now() - t0;

  // CPU time beside wall time: the machine is shared, and wall time swings between identical runs.
  let cpu = process.cpuUsage();
  for (const t of texts) parsePostmortem(t);
  cpu = process.cpuUsage(cpu);
  const parseCpuMs = (cpu.user + cpu.system) / 1000;

  t0 = performance.now();
  cpu = process.cpuUsage();
  let findings = 0;
  for (const t of texts) findings += lintPostmortem(parsePostmortem(t).doc, t, { config: DEFAULT_QUALITY_CONFIG }).length;
  const totalMs = performance.now() - t0;
  cpu = process.cpuUsage(cpu);
  const totalCpuMs = (cpu.user + cpu.system) / 1000;

  const kib = texts.reduce((n, t) => n + t.length, 0) / 1024 / count;
  console.log(`${count} post-mortems (${kib.toFixed(1)} KiB each), ${findings} findings`);
  console.log(`  parse only (baseline)   ${parseMs.toFixed(0)} ms`);
  console.log(`  parse + lint            ${totalMs.toFixed(0)} ms   ratio ${(totalMs / parseMs).toFixed(2)}×   (lint alone ≈ ${(totalMs - parseMs).toFixed(0)} ms, ${((totalMs - parseMs) / count).toFixed(3)} ms/doc)`);
  console.log(`  CPU time: parse ${parseCpuMs.toFixed(0)} ms, parse + lint ${totalCpuMs.toFixed(0)} ms   (lint alone ≈ ${(totalCpuMs - parseCpuMs).toFixed(0)} ms CPU)`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) runQualityBench();
