/**
 * Round 30 (issue 16): the sentences of whole clean documents as negatives for the blame model. The labelled sentence
 * sets are half blame and short; a post-mortem is long neutral technical prose where perhaps one sentence in a hundred
 * blames anyone ("The projector should have parked the malformed event", "Card authorisations read the core ledger").
 * That genre is what the model lacked: every sentence of a document whose writer forbade the blame rule everywhere
 * (score bound `{ min }`, `blame` forbidden with no quote) is a negative — only those the model can be asked about
 * (a person reference or the writer as "I", at least four lower-case words), read line by line as the linter reads prose.
 *
 * Only the document sets named here: never a check set kept out for the round (documents-eval-34 to -39 in round 30),
 * nor a set not yet measured. They are not a writer's sentence set, so leave one writer out trains every fold with them
 * and tests none on them.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parsePostmortem } from '../src/formats/postmortem/index.ts';
import { readSource } from '../src/domain/quality/source-text.ts';
import { proseLines } from '../src/domain/quality/lint.context.ts';
import { personSpans } from '../src/domain/quality/person-references.ts';
import { atLeastFourLowerWords, firstPerson } from '../src/domain/quality/blame.gates.ts';

/** The document sets whose clean documents give negatives: training documents and evaluation sets measured before round 27. */
export const NEGATIVE_DOCUMENT_SETS: readonly string[] = [
  'documents-train', 'documents-train-2', 'documents-train-3', 'documents-train-4', 'documents-eval',
  ...Array.from({ length: 32 }, (_, i) => `documents-eval-${i + 2}`),
];

const Case = z.object({ file: z.string(), expected: z.array(z.object({ rule: z.string(), quote: z.string().optional() })), forbidden: z.array(z.object({ rule: z.string(), quote: z.string().optional() })), score: z.object({ min: z.number().optional() }).passthrough().nullable() });
const ROOT = new URL('../test/fixtures/quality/', import.meta.url);

let cache: string[] | undefined;

/** The negatives' sentences (whitespace collapsed), each once, in a fixed order. */
export function documentNegatives(): readonly string[] {
  if (cache !== undefined) return cache;
  const seen = new Set<string>();
  for (const set of NEGATIVE_DOCUMENT_SETS) {
    const dir = new URL(`${set}/`, ROOT);
    const cases = z.array(Case).parse(JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')));
    for (const c of cases) {
      if (c.score?.min === undefined || !c.forbidden.some((f) => f.rule === 'blame' && f.quote === undefined)) continue;
      const text = readFileSync(new URL(c.file, dir), 'utf8');
      const src = readSource(text, parsePostmortem(text).doc);
      for (const p of proseLines(src)) {
        for (const raw of p.sentences) {
          const s = raw.replace(/\s+/g, ' ').trim();
          if (s.length > 600 || seen.has(s) || !atLeastFourLowerWords(s)) continue;
          if (personSpans(s).length === 0 && firstPerson(s).length === 0) continue;
          seen.add(s);
        }
      }
    }
  }
  cache = [...seen];
  return cache;
}

let positives: string[] | undefined;

/**
 * The same sets' blaming sentences: the sentence of each expected `blame` finding's quote, as the linter reads it. The
 * hard negatives alone moved the model's prior (expected blame present 465 -> 453 on the tuning sets: "which was
 * frankly careless", "Because the technician Jonas K. was not careful"); the documents' own blame, as many, keeps it.
 */
export function documentPositives(): readonly string[] {
  if (positives !== undefined) return positives;
  const seen = new Set<string>();
  for (const set of NEGATIVE_DOCUMENT_SETS) {
    const dir = new URL(`${set}/`, ROOT);
    const cases = z.array(Case).parse(JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')));
    for (const c of cases) {
      const quotes = c.expected.filter((e) => e.rule === 'blame' && e.quote !== undefined).map((e) => e.quote!.replace(/\s+/g, ' ').trim());
      if (quotes.length === 0) continue;
      const text = readFileSync(new URL(c.file, dir), 'utf8');
      const sentences = proseLines(readSource(text, parsePostmortem(text).doc)).flatMap((p) => p.sentences.map((x) => x.replace(/\s+/g, ' ').trim()));
      for (const q of quotes) {
        const s = sentences.find((x) => x.includes(q)) ?? sentences.find((x) => x.length >= 12 && q.includes(x));
        if (s !== undefined && s.length <= 600) seen.add(s);
      }
    }
  }
  positives = [...seen];
  return positives;
}

if (process.argv[1]?.endsWith('quality.doc-negatives.ts')) {
  const n = documentNegatives();
  console.log(`${n.length} document sentences as negatives, ${documentPositives().length} as positives`);
  for (const s of n.slice(0, 20)) console.log(`  ${s}`);
}
