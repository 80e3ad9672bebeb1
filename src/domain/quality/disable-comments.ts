import { RULE_IDS, type RuleId } from './quality.types.ts';
import type { SourceText } from './source-text.ts';

/** Rules switched off by inline comments, for the whole file and per line. */
export type Disables = {
  file: Set<RuleId> | 'all';
  lines: Map<number, Set<RuleId> | 'all'>;
};

// Bounded: an unclosed directive scans at most 500 characters, not to the end of the text.
const DIRECTIVE = /<!--[ \t]{0,20}debrief-disable(-file|-next-line|-line)?\b([^>]{0,500}?)-->/g;

function parseRules(list: string): Set<RuleId> | 'all' {
  const ids = list
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s): s is RuleId => (RULE_IDS as readonly string[]).includes(s));
  return ids.length === 0 && list.replace(/--.*$/, '').trim() === '' ? 'all' : new Set(ids);
}

function merge(a: Set<RuleId> | 'all' | undefined, b: Set<RuleId> | 'all'): Set<RuleId> | 'all' {
  if (a === 'all' || b === 'all') return 'all';
  return new Set([...(a ?? []), ...b]);
}

/**
 * Reads `<!-- debrief-disable rule-a rule-b -->` comments. On a line of its own it covers
 * the next block (paragraph, list, table or code block up to a blank line); after text on
 * a line, that line. `debrief-disable-file` covers the file; no rule id means every rule.
 */
export function readDisables(src: SourceText): Disables {
  const out: Disables = { file: new Set(), lines: new Map() };
  for (const line of src.lines) {
    if (!line.raw.includes('debrief-disable')) continue;
    for (const m of line.raw.matchAll(DIRECTIVE)) {
      const rules = parseRules(m[2] ?? '');
      if (m[1] === '-file') {
        out.file = merge(out.file, rules);
        continue;
      }
      const standalone = line.raw.replace(DIRECTIVE, '').trim() === '';
      for (const n of standalone && m[1] !== '-line' ? nextBlock(src, line.n) : [line.n]) {
        out.lines.set(n, merge(out.lines.get(n), rules));
      }
    }
  }
  return out;
}

function nextBlock(src: SourceText, after: number): number[] {
  const lines: number[] = [];
  let n = after + 1;
  while (src.lines[n - 1]?.kind === 'blank') n++;
  const start = src.lines[n - 1];
  if (start === undefined) return lines;
  if (start.kind === 'code') {
    for (; src.lines[n - 1]?.kind === 'code'; n++) lines.push(n);
    return lines;
  }
  for (; n <= src.lines.length && src.lines[n - 1]?.kind !== 'blank'; n++) lines.push(n);
  return lines;
}

/** Whether a finding of the rule on the line is switched off. */
export function isDisabled(d: Disables, rule: RuleId, line: number): boolean {
  if (d.file === 'all' || d.file.has(rule)) return true;
  const at = d.lines.get(line);
  return at === 'all' || (at !== undefined && at.has(rule));
}
