/** The search index and what learning reads from it: documents, postings, counters, repeats, vocabulary. */
import { sql } from 'drizzle-orm';
import { pgTable, text, integer, boolean, jsonb, index, customType, doublePrecision, primaryKey } from 'drizzle-orm/pg-core';
import { ts } from './columns.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * One denormalized search row per incident (title, summary, post-mortem, action items,
 * timeline) with a weighted tsvector. Triggers mark a row dirty when its sources change;
 * the reindex step (before a search, and on a timer) rebuilds dirty rows in batches.
 */
export const searchDocs = pgTable('search_docs', {
  incidentId: text('incident_id').primaryKey(),
  dirty: boolean('dirty').notNull().default(true),
  doc: tsvector('doc'),
  title: text('title').notNull().default(''),
  summary: text('summary').notNull().default(''),
  /** Root cause, impact and contributing factors (weight B, and the similarity failure terms). */
  causeText: text('cause_text').notNull().default(''),
  postmortemText: text('postmortem_text').notNull().default(''),
  actionsText: text('actions_text').notNull().default(''),
  timelineText: text('timeline_text').notNull().default(''),
}, (t) => [
  index('search_docs_doc_idx').using('gin', t.doc),
  // The reindex step's "which rows are dirty": only the few dirty rows are in this index.
  index('search_docs_dirty_rows_idx').on(t.incidentId).where(sql`${t.dirty}`),
]);

/**
 * Postings of the cause terms: for each indexed incident, the lexemes (its 256 most frequent at
 * most) of weights A and B of its search document (title, summary, impact, root cause,
 * contributing factors, 5 whys), with when it began. Kept by the reindex step, so the candidates
 * for similar incidents are the incidents sharing the most of those terms, read from the most
 * recent postings of each term (an index range per term), not from whole documents.
 */
export const searchPostings = pgTable('search_postings', {
  term: text('term').notNull(),
  incidentId: text('incident_id').notNull(),
  began: ts('began'),
}, (t) => [
  primaryKey({ columns: [t.incidentId, t.term] }),
  index('search_postings_term_idx').on(t.term, t.began.desc(), t.incidentId),
]);

/** Counters kept by the reindex step (`documents`: search rows with a document), so IDF needs no count(*) over the index. */
export const searchStats = pgTable('search_stats', {
  key: text('key').primaryKey(),
  value: integer('value').notNull().default(0),
});

/**
 * Repeats, as reports found them: for each checked incident, the earlier incident it repeats
 * (null: none) and its distinctive failure terms. A row goes when the incident, or an incident
 * that began up to a year before it, is reindexed; reports recompute the missing rows.
 */
export const incidentRepeats = pgTable('incident_repeats', {
  incidentId: text('incident_id').primaryKey(),
  repeatOf: text('repeat_of'),
  score: doublePrecision('score'),
  earlierStartedAt: ts('earlier_started_at'),
  terms: jsonb('terms').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  /** Contributing-factor categories of the incident's summary and cause text (null: a check from before they were stored, done again). */
  factors: text('factors').array(),
  checkedAt: ts('checked_at').notNull().defaultNow(),
});

/** The indexed vocabulary (stemmed lexemes) with document frequencies: typo expansion and IDF. */
export const searchVocab = pgTable('search_vocab', {
  word: text('word').primaryKey(),
  df: integer('df').notNull().default(0),
}, (t) => [index('search_vocab_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`)]);
