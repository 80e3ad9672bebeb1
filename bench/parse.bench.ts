// Post-mortem reader speed beside bare markdown-it tokenizing of the same texts (target ratio ≤ 3×).
import { pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import { parsePostmortem } from '../src/formats/postmortem/parse-postmortem.ts';
import { generatePostmortems } from './generate-postmortems.ts';

function meanMs(texts: readonly string[], fn: (t: string) => unknown, rounds: number): number {
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const t of texts) fn(t);
  return Number(process.hrtime.bigint() - start) / 1e6 / (rounds * texts.length);
}

/** Measures parsePostmortem against `new MarkdownIt().parse` on ~50 generated 4 KiB documents. */
export async function runParseBench(): Promise<void> {
  const texts = generatePostmortems(50);
  const kib = texts.reduce((n, t) => n + t.length, 0) / texts.length / 1024;
  const md = new MarkdownIt();
  const bare = (t: string): unknown => md.parse(t, {});
  const ours = (t: string): unknown => parsePostmortem(t);
  // Warm up both paths so the JIT has compiled them before measuring.
  meanMs(texts, bare, 20);
  meanMs(texts, ours, 20);
  const base = Math.min(meanMs(texts, bare, 40), meanMs(texts, bare, 40));
  const mine = Math.min(meanMs(texts, ours, 40), meanMs(texts, ours, 40));
  const ratio = mine / base;
  process.stdout.write(
    [
      `parse: ${texts.length} post-mortems, mean ${kib.toFixed(1)} KiB`,
      `  markdown-it parse (baseline): ${base.toFixed(3)} ms/doc`,
      `  parsePostmortem:              ${mine.toFixed(3)} ms/doc`,
      `  ratio: ${ratio.toFixed(2)}× (target ≤ 3×) ${ratio <= 3 ? 'ok' : 'OVER TARGET'}`,
    ].join('\n') + '\n',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runParseBench();
