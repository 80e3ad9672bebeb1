/**
 * `debrief parse FILE… [--json]`: what Debrief reads in a post-mortem — title, date,
 * zone, sections, timeline, action items, root cause — and what it could not place.
 * The JSON is a public contract (docs/parse-json.md).
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { toParseJson, type ParseJson } from '../../formats/postmortem/parse-json.ts';
import { CliError } from '../cli-error.ts';
import { printJson } from '../io.ts';

type ParseOpts = { json?: boolean };

/** A readable summary of one parsed file. */
export function formatParseText(p: ParseJson): string {
  const out: string[] = [`${p.file}`];
  const v = (x: string | null): string => x ?? '—';
  out.push(`  title:      ${v(p.title)}`, `  date:       ${v(p.incidentDate)}`, `  time zone:  ${v(p.timezone)}`, `  severity:   ${v(p.severity)}`, `  duration:   ${v(p.durationStated)}`);
  const keys = Object.entries(p.sections).map(([k, s]) => `${k} (line ${s.line})`);
  out.push(`  sections:   ${keys.length > 0 ? keys.join(', ') : 'none recognised'}`);
  const e = p.timeline.entries;
  out.push(`  timeline:   ${e.length} entries${p.timeline.outOfOrder ? ', NOT in chronological order' : ''}`);
  for (const x of [e[0], e.length > 1 ? e.at(-1) : undefined]) if (x) out.push(`    ${x.asWritten} → ${x.at ?? '(no instant)'}  ${x.text.slice(0, 70)}`);
  const owned = p.actionItems.filter((a) => a.owner !== null).length;
  out.push(`  actions:    ${p.actionItems.length} (${owned} with an owner)`);
  out.push(`  root cause: ${v(p.rootCause)}`);
  for (const w of p.warnings) out.push(`  warning: line ${w.line}: ${w.message}`);
  return out.join('\n');
}

/** Registers `debrief parse`. */
export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('Show what Debrief reads in post-mortem Markdown files (any layout: tables, bullets, headings)')
    .argument('<files...>', 'Markdown files')
    .option('--json', 'machine-readable output (one object per file; an array for several)')
    .action(async (files: string[], opts: ParseOpts) => {
      const results: ParseJson[] = [];
      for (const file of files) {
        let text: string;
        try {
          text = await readFile(file, 'utf8');
        } catch (e) {
          throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
        }
        results.push(toParseJson(file, parsePostmortem(text)));
      }
      if (opts.json === true) printJson(results.length === 1 ? results[0] : results);
      else process.stdout.write(`${results.map(formatParseText).join('\n\n')}\n`);
    });
}
