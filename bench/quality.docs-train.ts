/**
 * documents-train (issue 16, round 6), documents-train-2 (round 7), documents-train-3 (round 11) and documents-train-4 (round 13): whole post-mortems written for training in many layouts,
 * measured as bench/quality.documents.ts measures the evaluation documents. Being training
 * documents, their findings may be printed: `--findings` prints every finding of every document.
 *   node bin/run-ts.js bench/quality.docs-train.ts [--findings]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../src/config/config.ts';
import * as quality from '../src/domain/quality/index.ts';
import { lintMarkdownWith } from '../src/services/postmortem/postmortem-doc.ts';
import type { ServiceContext } from '../src/services/context.ts';
import { runDocumentsBench } from './quality.documents.ts';

export const TRAIN_DIR = new URL('../test/fixtures/quality/documents-train/', import.meta.url);
/** Round 7's development documents: root-cause sections in many layouts (surface cause by what the root cause lacks). */
export const TRAIN_DIR_2 = new URL('../test/fixtures/quality/documents-train-2/', import.meta.url);
/** Round 11's development documents: blame inside documents, owners and due dates in many forms, timeline gaps, surface causes. */
export const TRAIN_DIR_3 = new URL('../test/fixtures/quality/documents-train-3/', import.meta.url);
/** Round 13's development documents: the exports least like a template (Notion toggles, Confluence leftovers, Google Docs suggestions, e-mail threads, wiki pages, Slack canvases, Jira markup), clean documents full of blame hard negatives. */
export const TRAIN_DIR_4 = new URL('../test/fixtures/quality/documents-train-4/', import.meta.url);

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runDocumentsBench(TRAIN_DIR, 'documents-train (written for round 6 in many layouts; trained on)');
  runDocumentsBench(TRAIN_DIR_2, 'documents-train-2 (written for round 7: root-cause sections in many layouts; trained on)');
  runDocumentsBench(TRAIN_DIR_3, 'documents-train-3 (written for round 11: blame in documents, owners and due dates, gaps, surface causes; trained on)');
  runDocumentsBench(TRAIN_DIR_4, 'documents-train-4 (written for round 13: exports least like a template, clean documents full of hard negatives; trained on)');
  if (process.argv.includes('--findings')) {
    const ctx: ServiceContext = { db: undefined as never, config: loadConfig({ env: {}, cwd: process.cwd() }), now: () => new Date(0) };
    for (const dir of [TRAIN_DIR, TRAIN_DIR_2, TRAIN_DIR_3, TRAIN_DIR_4]) for (const c of JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as { file: string }[]) {
      const { findings, score } = lintMarkdownWith(quality, ctx, readFileSync(new URL(c.file, dir), 'utf8'));
      console.log(`== ${c.file} score ${score.score}`);
      for (const f of findings) console.log(`  ${String(f.line).padStart(3)} ${f.rule}: ${f.message.slice(0, 90)} | ${f.quote}`);
    }
  }
}
