// Runs the reader over the shared real-world samples when they are present (not in a fresh clone).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePostmortem } from './parse-postmortem.ts';
import { toParseJson, type ParseJson } from './parse-json.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const dir = resolve(repoRoot, '..', 'shared', 'samples', 'postmortems');
const expectedFile = resolve(dir, 'EXPECTED.json');

type Expected = {
  file: string;
  title: string;
  incident_date: string | null;
  timezone: string | null;
  sections: Record<string, boolean>;
  timeline: { entries_min: number; entries_max: number; first: { as_written: string; text_starts: string }; last: { as_written: string; text_starts: string }; out_of_order: boolean };
  action_items: { count_min: number; count_max: number; examples: string[]; with_owner: number; with_status: number };
  root_cause_starts: string | null;
  severity: string | null;
  duration_stated: string | null;
};

const norm = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/[*_`~#>[\]()]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const startsWith = (actual: string | null | undefined, prefix: string): boolean => norm(actual).startsWith(norm(prefix));
const camel = (k: string): string => k.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

function check(exp: Expected, got: ParseJson): string[] {
  const bad: string[] = [];
  const eq = (name: string, a: unknown, b: unknown): void => void (a !== b && bad.push(`${name}: got ${JSON.stringify(a)}, expected ${JSON.stringify(b)}`));
  eq('title', norm(got.title), norm(exp.title));
  eq('incidentDate', got.incidentDate, exp.incident_date);
  eq('timezone', got.timezone, exp.timezone);
  for (const [k, want] of Object.entries(exp.sections)) eq(`sections.${k}`, camel(k) in got.sections, want);
  const n = got.timeline.entries.length;
  if (n < exp.timeline.entries_min || n > exp.timeline.entries_max) bad.push(`timeline count ${n} not in [${exp.timeline.entries_min}, ${exp.timeline.entries_max}]`);
  const first = got.timeline.entries[0];
  const last = got.timeline.entries.at(-1);
  eq('timeline.first.asWritten', norm(first?.asWritten), norm(exp.timeline.first.as_written));
  if (!startsWith(first?.text, exp.timeline.first.text_starts)) bad.push(`timeline.first.text: ${first?.text}`);
  eq('timeline.last.asWritten', norm(last?.asWritten), norm(exp.timeline.last.as_written));
  if (!startsWith(last?.text, exp.timeline.last.text_starts)) bad.push(`timeline.last.text: ${last?.text}`);
  eq('timeline.outOfOrder', got.timeline.outOfOrder, exp.timeline.out_of_order);
  const items = got.actionItems;
  if (items.length < exp.action_items.count_min || items.length > exp.action_items.count_max) bad.push(`action items ${items.length} not in range`);
  const [ex0, ex1] = exp.action_items.examples;
  if (ex0 !== undefined && !startsWith(items[0]?.text, ex0)) bad.push(`action first: ${items[0]?.text}`);
  if (ex1 !== undefined && !startsWith(items.at(-1)?.text, ex1)) bad.push(`action last: ${items.at(-1)?.text}`);
  eq('withOwner', items.filter((a) => a.owner !== null).length, exp.action_items.with_owner);
  eq('withStatus', items.filter((a) => a.status !== null).length, exp.action_items.with_status);
  if (exp.root_cause_starts === null) eq('rootCause', got.rootCause, null);
  else if (!startsWith(got.rootCause, exp.root_cause_starts)) bad.push(`rootCause: ${got.rootCause}`);
  eq('severity', got.severity, exp.severity);
  eq('durationStated', got.durationStated, exp.duration_stated);
  return bad;
}

if (!existsSync(expectedFile)) {
  console.warn(`[samples] ${dir} not found: the real-world sample check is skipped.`);
  describe.skip('real-world samples', () => void 0);
} else {
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected[];
  describe('real-world samples (../shared/samples/postmortems)', () => {
    for (const exp of expected) {
      it(`reads ${exp.file} as the hand-written answer says`, () => {
        const text = readFileSync(resolve(dir, exp.file), 'utf8');
        expect(check(exp, toParseJson(exp.file, parsePostmortem(text)))).toEqual([]);
      });
    }
  });
}
