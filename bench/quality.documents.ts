/**
 * Whole documents (issue 16, "every document's expected findings present and none of the
 * forbidden ones"): the post-mortems in test/fixtures/quality/documents-eval/, written by a
 * separate writer who never saw the linter, linted as `debrief lint` and the server do it
 * (Markdown parser, template, default rules, score), against the writer's expected.json:
 *
 * - an expected finding is present when a finding of its rule lies on the line holding its
 *   quote (or anywhere, for rules about the whole document); printed apart, the looser match
 *   that also takes a finding whose own quote and the expected one overlap (a sentence wrapped
 *   over lines, reported where it starts);
 * - a forbidden one is violated when a finding of its rule lies on the line holding its
 *   quote, or anywhere when it has no quote;
 * - a score bound holds when the document's score is within it.
 *
 * Evaluation only: the figures are printed per rule and per document, never the sentences,
 * so that nobody tunes the rules on them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { loadConfig } from '../src/config/config.ts';
import * as quality from '../src/domain/quality/index.ts';
import { lintMarkdownWith } from '../src/services/postmortem/postmortem-doc.ts';
import type { ServiceContext } from '../src/services/context.ts';

/** The writer's evaluation set; a training set of documents in the same format can be measured by passing its folder. */
export const EVAL_DIR = new URL('../test/fixtures/quality/documents-eval/', import.meta.url);
/** A second writer's set, written while the sixth round was under way: measured once after it, training since round 7. */
export const EVAL_DIR_2 = new URL('../test/fixtures/quality/documents-eval-2/', import.meta.url);

/** A third writer's set, written while the seventh round was under way: measured once after it (86 / 124 expected), training since round 8. */
export const EVAL_DIR_3 = new URL('../test/fixtures/quality/documents-eval-3/', import.meta.url);

/** A fourth writer's set, written while the eighth round was under way: measured once after it (105 / 146 expected), training since round 9. */
export const EVAL_DIR_4 = new URL('../test/fixtures/quality/documents-eval-4/', import.meta.url);

/** A fifth writer's set, written while the ninth round was under way: measured once after it (114 / 155 expected), training since round 10. */
export const EVAL_DIR_5 = new URL('../test/fixtures/quality/documents-eval-5/', import.meta.url);

/** A sixth and a seventh writer's sets, written while the tenth round was under way: measured once after it (119 / 149 and 115 / 160 expected), training since round 11. */
export const EVAL_DIR_6 = new URL('../test/fixtures/quality/documents-eval-6/', import.meta.url);
export const EVAL_DIR_7 = new URL('../test/fixtures/quality/documents-eval-7/', import.meta.url);

/** An eighth and a ninth writer's sets, written while the eleventh round was under way: measured once after it (130 / 160 and 120 / 136 expected), training since round 12. */
export const EVAL_DIR_8 = new URL('../test/fixtures/quality/documents-eval-8/', import.meta.url);
export const EVAL_DIR_9 = new URL('../test/fixtures/quality/documents-eval-9/', import.meta.url);

/** A tenth and an eleventh writer's sets, written while the twelfth round was under way: measured once after it (124 / 148 and 115 / 153 expected), training since round 13. */
export const EVAL_DIR_10 = new URL('../test/fixtures/quality/documents-eval-10/', import.meta.url);
export const EVAL_DIR_11 = new URL('../test/fixtures/quality/documents-eval-11/', import.meta.url);

/** A twelfth and a thirteenth writer's sets, written while the thirteenth round was under way: measured once after it (142 / 159 and 135 / 149 expected), training since round 14. */
export const EVAL_DIR_12 = new URL('../test/fixtures/quality/documents-eval-12/', import.meta.url);
export const EVAL_DIR_13 = new URL('../test/fixtures/quality/documents-eval-13/', import.meta.url);

/** A fourteenth and a fifteenth writer's sets, written while the fourteenth round was under way: measured once after it (118 / 133 and 147 / 153 expected), training since round 15. */
export const EVAL_DIR_14 = new URL('../test/fixtures/quality/documents-eval-14/', import.meta.url);
export const EVAL_DIR_15 = new URL('../test/fixtures/quality/documents-eval-15/', import.meta.url);

/** A sixteenth and a seventeenth writer's sets, written while the fifteenth round was under way: measured once after it (140 / 160 and 117 / 137 expected), training since round 16. */
export const EVAL_DIR_16 = new URL('../test/fixtures/quality/documents-eval-16/', import.meta.url);
export const EVAL_DIR_17 = new URL('../test/fixtures/quality/documents-eval-17/', import.meta.url);

/** An eighteenth and a nineteenth writer's sets, written while the sixteenth round was under way: measured once after it (140 / 158 and 155 / 162 expected), training since round 17. */
export const EVAL_DIR_18 = new URL('../test/fixtures/quality/documents-eval-18/', import.meta.url);
export const EVAL_DIR_19 = new URL('../test/fixtures/quality/documents-eval-19/', import.meta.url);
export const EVAL_DIR_20 = new URL('../test/fixtures/quality/documents-eval-20/', import.meta.url);
export const EVAL_DIR_21 = new URL('../test/fixtures/quality/documents-eval-21/', import.meta.url);
/** A twenty-second and a twenty-third writer's sets, written while the twentieth round was under way: measured once after it (117 / 132 and 136 / 148 expected), training since round 21. */
export const EVAL_DIR_22 = new URL('../test/fixtures/quality/documents-eval-22/', import.meta.url);
export const EVAL_DIR_23 = new URL('../test/fixtures/quality/documents-eval-23/', import.meta.url);
/** A twenty-fourth and a twenty-fifth writer's sets, written while the twenty-second round was under way: measured once after it. */
export const EVAL_DIR_24 = new URL('../test/fixtures/quality/documents-eval-24/', import.meta.url);
export const EVAL_DIR_25 = new URL('../test/fixtures/quality/documents-eval-25/', import.meta.url);
/** A twenty-sixth and a twenty-seventh writer's sets, written while the twenty-third round was under way: measured once after it (114 / 158 and 117 / 137 expected); held by floors, the models not yet trained with the voices measured beside them. */
export const EVAL_DIR_26 = new URL('../test/fixtures/quality/documents-eval-26/', import.meta.url);
export const EVAL_DIR_27 = new URL('../test/fixtures/quality/documents-eval-27/', import.meta.url);
/** A twenty-eighth and a twenty-ninth writer's sets, written while the twenty-fourth round was under way: measured once after it. */
export const EVAL_DIR_28 = new URL('../test/fixtures/quality/documents-eval-28/', import.meta.url);
export const EVAL_DIR_29 = new URL('../test/fixtures/quality/documents-eval-29/', import.meta.url);
/** A thirtieth and a thirty-first writer's sets, written while the twenty-fifth round was under way: measured once after it (150 / 160 and 134 / 166 expected), held by floors. */
export const EVAL_DIR_30 = new URL('../test/fixtures/quality/documents-eval-30/', import.meta.url);
export const EVAL_DIR_31 = new URL('../test/fixtures/quality/documents-eval-31/', import.meta.url);
/** A thirty-second and a thirty-third writer's sets, written while the twenty-sixth round was under way: measured once after it (112 / 136 and 147 / 164 expected), held by floors. */
export const EVAL_DIR_32 = new URL('../test/fixtures/quality/documents-eval-32/', import.meta.url);
export const EVAL_DIR_33 = new URL('../test/fixtures/quality/documents-eval-33/', import.meta.url);
/** A thirty-fourth and a thirty-fifth writer's sets, written while the twenty-seventh round was under way: measured once after it (116 / 135 and 89 / 120 expected), held by floors. */
export const EVAL_DIR_34 = new URL('../test/fixtures/quality/documents-eval-34/', import.meta.url);
export const EVAL_DIR_35 = new URL('../test/fixtures/quality/documents-eval-35/', import.meta.url);
/** A thirty-sixth and a thirty-seventh writer's sets, written while the twenty-eighth round was under way: measured once after it (147 / 181 and 109 / 159 expected), held by floors. */
export const EVAL_DIR_36 = new URL('../test/fixtures/quality/documents-eval-36/', import.meta.url);
export const EVAL_DIR_37 = new URL('../test/fixtures/quality/documents-eval-37/', import.meta.url);
/** A thirty-eighth and a thirty-ninth writer's sets, written while the twenty-ninth round was under way: measured once after it (87 / 94 and 125 / 152 expected), held by floors. */
export const EVAL_DIR_38 = new URL('../test/fixtures/quality/documents-eval-38/', import.meta.url);
export const EVAL_DIR_39 = new URL('../test/fixtures/quality/documents-eval-39/', import.meta.url);
/** A fortieth and a forty-first writer's sets, written while the thirtieth round was under way: measured once after it (118 / 132 and 158 / 174 expected), held by floors. */
export const EVAL_DIR_40 = new URL('../test/fixtures/quality/documents-eval-40/', import.meta.url);
export const EVAL_DIR_41 = new URL('../test/fixtures/quality/documents-eval-41/', import.meta.url);
/** A forty-second and a forty-third writer's sets, written while the thirty-first round was under way: measured once after it (94 / 109 and 134 / 149 expected), held by floors. */
export const EVAL_DIR_42 = new URL('../test/fixtures/quality/documents-eval-42/', import.meta.url);
export const EVAL_DIR_43 = new URL('../test/fixtures/quality/documents-eval-43/', import.meta.url);
/** A forty-fourth and a forty-fifth writer's sets, written while the thirty-second round was under way: measured once after it (107 / 115 and 105 / 115 expected), held by floors. */
export const EVAL_DIR_44 = new URL('../test/fixtures/quality/documents-eval-44/', import.meta.url);
export const EVAL_DIR_45 = new URL('../test/fixtures/quality/documents-eval-45/', import.meta.url);
/** A forty-sixth and a forty-seventh writer's sets, written while the thirty-third round was under way: measured once after it. */
export const EVAL_DIR_46 = new URL('../test/fixtures/quality/documents-eval-46/', import.meta.url);
export const EVAL_DIR_47 = new URL('../test/fixtures/quality/documents-eval-47/', import.meta.url);
/** A forty-eighth and forty-ninth separate writers' sets (2026-12-07), wired in after the thirty-fourth round measured them. */
export const EVAL_DIR_48 = new URL('../test/fixtures/quality/documents-eval-48/', import.meta.url);
export const EVAL_DIR_49 = new URL('../test/fixtures/quality/documents-eval-49/', import.meta.url);
/** A fiftieth and a fifty-first writer's sets, written while the thirty-fifth round was under way: measured once after it. */
export const EVAL_DIR_50 = new URL('../test/fixtures/quality/documents-eval-50/', import.meta.url);
export const EVAL_DIR_51 = new URL('../test/fixtures/quality/documents-eval-51/', import.meta.url);
/** A fifty-second and a fifty-third writer's sets, written while the thirty-sixth round was under way: measured once after it. */
export const EVAL_DIR_52 = new URL('../test/fixtures/quality/documents-eval-52/', import.meta.url);
export const EVAL_DIR_53 = new URL('../test/fixtures/quality/documents-eval-53/', import.meta.url);
/** A fifty-fourth and a fifty-fifth writer's sets, written while the thirty-seventh round was under way: measured once after it. */
export const EVAL_DIR_54 = new URL('../test/fixtures/quality/documents-eval-54/', import.meta.url);
export const EVAL_DIR_55 = new URL('../test/fixtures/quality/documents-eval-55/', import.meta.url);
/** A fifty-sixth and a fifty-seventh writer's sets, written while the thirty-eighth round was under way: measured once after it. */
export const EVAL_DIR_56 = new URL('../test/fixtures/quality/documents-eval-56/', import.meta.url);
export const EVAL_DIR_57 = new URL('../test/fixtures/quality/documents-eval-57/', import.meta.url);
/** A fifty-eighth and a fifty-ninth writer's sets, written while the thirty-ninth round was under way: measured once after it. */
export const EVAL_DIR_58 = new URL('../test/fixtures/quality/documents-eval-58/', import.meta.url);
export const EVAL_DIR_59 = new URL('../test/fixtures/quality/documents-eval-59/', import.meta.url);

const Expectation = z.object({ rule: z.string(), quote: z.string().optional() });
const DocumentCase = z.object({
  file: z.string(),
  expected: z.array(Expectation),
  forbidden: z.array(Expectation),
  score: z.object({ min: z.number().optional(), max: z.number().optional() }).nullable(),
});
type DocumentCase = z.infer<typeof DocumentCase>;

export type DocumentResult = {
  file: string;
  score: number;
  scoreBound: { min?: number; max?: number } | null;
  scoreHolds: boolean;
  /** `elsewhere`: lines from the quote's line to the nearest finding of the rule, when one was reported on another line. */
  expected: { rule: string; present: boolean; overlaps: boolean; elsewhere: number | null }[];
  forbidden: { rule: string; violated: boolean; anywhere: boolean }[];
  /** What the findings on forbidden lines said they found (the message's first clause), for the per-form count. */
  wrongForms: string[];
};

/** Lints each document of the set and checks it against its expectations. */
export function measureDocuments(dir: URL = EVAL_DIR): DocumentResult[] {
  const cases = loadCases(dir);
  const ctx: ServiceContext = { db: undefined as never, config: loadConfig({ env: {}, cwd: process.cwd() }), now: () => new Date(0) };
  return cases.map((c) => {
    const text = readFileSync(new URL(c.file, dir), 'utf8');
    const lines = text.split(/\r?\n/);
    const { findings, score } = lintMarkdownWith(quality, ctx, text);
    const on = (rule: string, quote: string | undefined): boolean =>
      findings.some((f) => f.rule === rule && (quote === undefined || (lines[f.line - 1] ?? '').includes(quote)));
    const bound = c.score;
    return {
      file: c.file,
      score: score.score,
      scoreBound: bound,
      scoreHolds: bound === null || ((bound.min === undefined || score.score >= bound.min) && (bound.max === undefined || score.score <= bound.max)),
      expected: c.expected.map((e) => {
        const present = on(e.rule, e.quote);
        const overlaps = present || (e.quote !== undefined && findings.some((f) => f.rule === e.rule && overlap(f.quote, e.quote!)));
        const at = e.quote === undefined ? -1 : lines.findIndex((l) => l.includes(e.quote!)) + 1;
        const others = findings.filter((f) => f.rule === e.rule).map((f) => Math.abs(f.line - at));
        return { rule: e.rule, present, overlaps, elsewhere: present || at <= 0 || others.length === 0 ? null : Math.min(...others) };
      }),
      forbidden: c.forbidden.map((e) => ({ rule: e.rule, violated: on(e.rule, e.quote), anywhere: e.quote === undefined })),
      wrongForms: [...new Set(c.forbidden.flatMap((e) => findings.filter((f) => f.rule === e.rule && (e.quote === undefined || (lines[f.line - 1] ?? '').includes(e.quote)))))]
        .map((f) => `${f.rule}: ${formOf(f.message)}`),
    };
  });
}

/** What a message says was found, without the document's words (quoted text is dropped). */
function formOf(message: string): string {
  return message.replace(/"[^"]*"|“[^”]*”|'[^']*'/g, '…').split(/[:;.(—]/)[0]!.replace(/\s+/g, ' ').trim();
}

/** Two quotes of the same text: one holds the other (at least 12 characters of it, spaces evened out). */
function overlap(a: string, b: string): boolean {
  const x = a.replace(/\s+/g, ' ').replace(/[…]$/, '').trim();
  const y = b.replace(/\s+/g, ' ').trim();
  if (x.length < 12 || y.length < 12) return false;
  return x.includes(y) || y.includes(x) || x.includes(y.slice(0, 40)) || y.includes(x.slice(0, 40));
}

function loadCases(dir: URL): DocumentCase[] {
  return z.array(DocumentCase).parse(JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')));
}

/** Prints the document figures: per rule, per document, and in all. */
export function runDocumentsBench(dir: URL = EVAL_DIR, title = 'documents-eval (a separate writer\'s 16 post-mortems and expectations; evaluation only, sentences never printed)'): void {
  const results = measureDocuments(dir);
  const perRule = new Map<string, { expected: number; present: number; forbidden: number; violated: number }>();
  const row = (rule: string) => perRule.get(rule) ?? perRule.set(rule, { expected: 0, present: 0, forbidden: 0, violated: 0 }).get(rule)!;
  for (const r of results) {
    for (const e of r.expected) { row(e.rule).expected++; if (e.present) row(e.rule).present++; }
    for (const f of r.forbidden) { row(f.rule).forbidden++; if (f.violated) row(f.rule).violated++; }
  }
  const sum = (pick: (x: { expected: number; present: number; forbidden: number; violated: number }) => number): number =>
    [...perRule.values()].reduce((n, x) => n + pick(x), 0);
  console.log(`-- ${title}`);
  console.log(`documents: expected findings present ${sum((x) => x.present)} of ${sum((x) => x.expected)}; forbidden findings reported ${sum((x) => x.violated)} of ${sum((x) => x.forbidden)}; score bounds held ${results.filter((r) => r.scoreHolds).length} of ${results.length}`);
  for (const [rule, x] of [...perRule].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${rule.padEnd(26)} expected ${String(x.present).padStart(3)} / ${String(x.expected).padEnd(3)}  forbidden reported ${String(x.violated).padStart(3)} / ${x.forbidden}`);
  }
  const loose = results.flatMap((r) => r.expected.filter((e) => e.overlaps)).length;
  console.log(`expected findings present by line or by an overlapping quote: ${loose} of ${sum((x) => x.expected)}`);
  const away = results.flatMap((r) => r.expected.filter((e) => e.elsewhere !== null));
  console.log(`of the expected findings missing, ${away.length} were reported by their rule on another line of the document (the writer's anchor differs: heading, item or entry)`);
  const forms = new Map<string, number>();
  for (const f of results.flatMap((r) => r.wrongForms)) forms.set(f, (forms.get(f) ?? 0) + 1);
  console.log('forbidden findings by what they said they found:');
  for (const [form, n] of [...forms].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${form}`);
  // Only the evaluation set's file names and rules are printed, never its lines.
  const complete = results.filter((r) => r.scoreHolds && r.expected.every((e) => e.present) && r.forbidden.every((f) => !f.violated));
  console.log(`documents with every expected finding, no forbidden one and the score in bounds: ${complete.length} of ${results.length}`);
  for (const r of results) {
    const missing = r.expected.filter((e) => !e.present).map((e) => (e.elsewhere === null ? e.rule : `${e.rule} (reported ${e.elsewhere} line${e.elsewhere === 1 ? '' : 's'} away)`));
    const wrong = r.forbidden.filter((f) => f.violated).map((f) => f.rule);
    const bound = r.scoreBound === null ? '' : ` (bound ${r.scoreBound.min !== undefined ? `≥ ${r.scoreBound.min}` : `≤ ${r.scoreBound.max ?? ''}`}${r.scoreHolds ? '' : ', not held'})`;
    console.log(`  ${r.file} score ${r.score}${bound}; missing: ${missing.join(', ') || 'none'}; forbidden reported: ${wrong.join(', ') || 'none'}`);
  }
}

/** The documents-eval sets: the first two training since round 7, the third since round 8, the fourth since round 9, the fifth since round 10, the sixth and seventh since round 11, the eighth and ninth since round 12, the tenth and eleventh since round 13, the twelfth and thirteenth since round 14, the fourteenth and fifteenth since round 15; the sixteenth and seventeenth the evaluation. */
export function runAllDocumentsBench(): void {
  runDocumentsBench(EVAL_DIR, 'documents-eval (a separate writer\'s 16 post-mortems; measured once after the fifth round, training since round 7)');
  runDocumentsBench(EVAL_DIR_2, 'documents-eval-2 (another separate writer\'s 16 post-mortems; measured once after the sixth round, training since round 7)');
  runDocumentsBench(EVAL_DIR_3, 'documents-eval-3 (a third separate writer\'s 16 post-mortems; measured once after the seventh round, training since round 8)');
  runDocumentsBench(EVAL_DIR_4, 'documents-eval-4 (a fourth separate writer\'s 16 post-mortems; measured once after the eighth round, training since round 9)');
  runDocumentsBench(EVAL_DIR_5, 'documents-eval-5 (a fifth separate writer\'s 16 post-mortems; measured once after the ninth round, training since round 10)');
  runDocumentsBench(EVAL_DIR_6, 'documents-eval-6 (a sixth separate writer\'s 16 post-mortems; measured once after the tenth round, training since round 11)');
  runDocumentsBench(EVAL_DIR_7, 'documents-eval-7 (a seventh separate writer\'s 16 post-mortems; measured once after the tenth round, training since round 11)');
  for (const [dir, title] of [
    [EVAL_DIR_8, 'documents-eval-8 (an eighth separate writer\'s 16 post-mortems; measured once after the eleventh round, training since round 12)'],
    [EVAL_DIR_9, 'documents-eval-9 (a ninth separate writer\'s 16 post-mortems; measured once after the eleventh round, training since round 12)'],
    [EVAL_DIR_10, 'documents-eval-10 (a tenth separate writer\'s 16 post-mortems; measured once after the twelfth round, training since round 13)'],
    [EVAL_DIR_11, 'documents-eval-11 (an eleventh separate writer\'s 16 post-mortems; measured once after the twelfth round, training since round 13)'],
    [EVAL_DIR_12, 'documents-eval-12 (a twelfth separate writer\'s 16 post-mortems; measured once after the thirteenth round, training since round 14)'],
    [EVAL_DIR_13, 'documents-eval-13 (a thirteenth separate writer\'s 16 post-mortems; measured once after the thirteenth round, training since round 14)'],
    [EVAL_DIR_14, 'documents-eval-14 (a fourteenth separate writer\'s 16 post-mortems; measured once after the fourteenth round, training since round 15)'],
    [EVAL_DIR_15, 'documents-eval-15 (a fifteenth separate writer\'s 16 post-mortems; measured once after the fourteenth round, training since round 15)'],
    [EVAL_DIR_16, 'documents-eval-16 (a sixteenth separate writer\'s 16 post-mortems; measured once after the fifteenth round, training since round 16)'],
    [EVAL_DIR_17, 'documents-eval-17 (a seventeenth separate writer\'s 16 post-mortems; measured once after the fifteenth round, training since round 16)'],
    [EVAL_DIR_18, 'documents-eval-18 (an eighteenth separate writer\'s 16 post-mortems; measured once after the sixteenth round, training since round 17)'],
    [EVAL_DIR_19, 'documents-eval-19 (a nineteenth separate writer\'s 16 post-mortems; measured once after the sixteenth round, training since round 17)'],
    [EVAL_DIR_20, 'documents-eval-20 (a twentieth separate writer\'s 16 post-mortems; measured once after the eighteenth round, training since round 19)'],
    [EVAL_DIR_21, 'documents-eval-21 (a twenty-first separate writer\'s 16 post-mortems; measured once after the eighteenth round, training since round 19)'],
    [EVAL_DIR_22, 'documents-eval-22 (a twenty-second separate writer\'s 16 post-mortems; measured once after the twentieth round, training since round 21)'],
    [EVAL_DIR_23, 'documents-eval-23 (a twenty-third separate writer\'s 16 post-mortems; measured once after the twentieth round, training since round 21)'],
    [EVAL_DIR_24, 'documents-eval-24 (a twenty-fourth separate writer\'s 16 post-mortems; measured once after the twenty-second round, training since round 23)'],
    [EVAL_DIR_25, 'documents-eval-25 (a twenty-fifth separate writer\'s 16 post-mortems; measured once after the twenty-second round, training since round 23)'],
    [EVAL_DIR_26, 'documents-eval-26 (a twenty-sixth separate writer\'s 16 post-mortems; measured once after the twenty-third round, training since round 24)'],
    [EVAL_DIR_27, 'documents-eval-27 (a twenty-seventh separate writer\'s 16 post-mortems; measured once after the twenty-third round, training since round 24)'],
    [EVAL_DIR_28, 'documents-eval-28 (a twenty-eighth separate writer\'s 16 post-mortems; measured once after the twenty-fourth round)'],
    [EVAL_DIR_29, 'documents-eval-29 (a twenty-ninth separate writer\'s 16 post-mortems; measured once after the twenty-fourth round)'],
    [EVAL_DIR_30, 'documents-eval-30 (a thirtieth separate writer\'s 16 post-mortems; measured once after the twenty-fifth round)'],
    [EVAL_DIR_31, 'documents-eval-31 (a thirty-first separate writer\'s 16 post-mortems; measured once after the twenty-fifth round)'],
    [EVAL_DIR_32, 'documents-eval-32 (a thirty-second separate writer\'s 16 post-mortems; measured once after the twenty-sixth round)'],
    [EVAL_DIR_33, 'documents-eval-33 (a thirty-third separate writer\'s 16 post-mortems; measured once after the twenty-sixth round)'],
    [EVAL_DIR_34, 'documents-eval-34 (a thirty-fourth separate writer\'s 16 post-mortems; measured once after the twenty-seventh round)'],
    [EVAL_DIR_35, 'documents-eval-35 (a thirty-fifth separate writer\'s 16 post-mortems; measured once after the twenty-seventh round)'],
    [EVAL_DIR_36, 'documents-eval-36 (a thirty-sixth separate writer\'s 16 post-mortems; measured once after the twenty-eighth round)'],
    [EVAL_DIR_37, 'documents-eval-37 (a thirty-seventh separate writer\'s 16 post-mortems; measured once after the twenty-eighth round)'],
    [EVAL_DIR_38, 'documents-eval-38 (a thirty-eighth separate writer\'s 16 post-mortems; measured once after the twenty-ninth round)'],
    [EVAL_DIR_39, 'documents-eval-39 (a thirty-ninth separate writer\'s 16 post-mortems; measured once after the twenty-ninth round)'],
    [EVAL_DIR_40, 'documents-eval-40 (a fortieth separate writer\'s 16 post-mortems; measured once after the thirtieth round)'],
    [EVAL_DIR_41, 'documents-eval-41 (a forty-first separate writer\'s 16 post-mortems; measured once after the thirtieth round)'],
    [EVAL_DIR_42, 'documents-eval-42 (a forty-second separate writer\'s 16 post-mortems; measured once after the thirty-first round)'],
    [EVAL_DIR_43, 'documents-eval-43 (a forty-third separate writer\'s 16 post-mortems; measured once after the thirty-first round)'],
    [EVAL_DIR_44, 'documents-eval-44 (a forty-fourth separate writer\'s 16 post-mortems; measured once after the thirty-second round)'],
    [EVAL_DIR_45, 'documents-eval-45 (a forty-fifth separate writer\'s 16 post-mortems; measured once after the thirty-second round)'],
    [EVAL_DIR_46, 'documents-eval-46 (a forty-sixth separate writer\'s 16 post-mortems; measured once after the thirty-third round: 96 / 123 present, 8 forbidden, 13 of 16 in bounds)'],
    [EVAL_DIR_47, 'documents-eval-47 (a forty-seventh separate writer\'s 16 post-mortems; measured once after the thirty-third round: 87 / 110 present, 17 forbidden, 11 of 16 in bounds)'],
    [EVAL_DIR_48, 'documents-eval-48 (a forty-eighth separate writer\'s 16 post-mortems; measured once after the thirty-fourth round: 74 / 93 present, 21 forbidden, 10 of 16 in bounds)'],
    [EVAL_DIR_49, 'documents-eval-49 (a forty-ninth separate writer\'s 16 post-mortems; measured once after the thirty-fourth round: 92 / 113 present, 26 forbidden, 10 of 16 in bounds)'],
    [EVAL_DIR_50, 'documents-eval-50 (a fiftieth separate writer\'s 16 post-mortems; measured once after the thirty-fifth round: 64 / 88 present, 24 forbidden, 10 of 16 in bounds)'],
    [EVAL_DIR_51, 'documents-eval-51 (a fifty-first separate writer\'s 16 post-mortems; measured once after the thirty-fifth round: 80 / 114 present, 31 forbidden, 12 of 16 in bounds)'],
    [EVAL_DIR_52, 'documents-eval-52 (a fifty-second separate writer\'s 16 post-mortems; measured once after the thirty-sixth round: 86 / 108 present, 12 forbidden, 13 of 16 in bounds)'],
    [EVAL_DIR_53, 'documents-eval-53 (a fifty-third separate writer\'s 16 post-mortems; measured once after the thirty-sixth round: 63 / 93 present, 23 forbidden, 10 of 16 in bounds)'],
    [EVAL_DIR_54, 'documents-eval-54 (a fifty-fourth separate writer\'s 16 post-mortems; measured once after the thirty-seventh round: 76 / 89 present, 16 forbidden, 9 of 16 in bounds)'],
    [EVAL_DIR_55, 'documents-eval-55 (a fifty-fifth separate writer\'s 16 post-mortems; measured once after the thirty-seventh round: 83 / 100 present, 19 forbidden, 10 of 16 in bounds)'],
    [EVAL_DIR_56, 'documents-eval-56 (a fifty-sixth separate writer\'s 16 post-mortems; measured once after the thirty-eighth round: 88 / 112 present, 12 forbidden, 9 of 16 in bounds)'],
    [EVAL_DIR_57, 'documents-eval-57 (a fifty-seventh separate writer\'s 16 post-mortems; measured once after the thirty-eighth round: 71 / 96 present, 13 forbidden, 8 of 16 in bounds)'],
    [EVAL_DIR_58, 'documents-eval-58 (a fifty-eighth separate writer\'s 16 post-mortems; measured once after the thirty-ninth round: 44 -> 46 / 79 present, 33 -> 31 forbidden, 7 of 16 in bounds)'],
    [EVAL_DIR_59, 'documents-eval-59 (a fifty-ninth separate writer\'s 16 post-mortems; measured once after the thirty-ninth round: 52 -> 57 / 72 present, 17 -> 15 forbidden, 10 -> 9 of 16 in bounds)'],
  ] as const) {
    if (existsSync(dir)) runDocumentsBench(dir, title);
    else console.log(`-- ${title}: not in the repository yet`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runAllDocumentsBench();
