/**
 * The search index: one weighted tsvector per incident (A title, B summary and cause,
 * C post-mortem, D action items and timeline), a vocabulary of lexemes with document
 * frequencies (typo expansion via trigrams, IDF for similarity), and the reindex step; the reads of
 * similar incidents are in similarity.repository.ts.
 * The tsquery is built by the caller from sanitized lexemes only; user text never reaches
 * to_tsquery.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { rows, textArray } from './sql-rows.ts';

/** The cause terms of a document that get postings, its most frequent first (a document's cause sections rarely hold more). */
const POSTINGS_PER_DOCUMENT = 256;

const DOC_SQL = sql`
  setweight(to_tsvector('english', d.title), 'A') ||
  setweight(to_tsvector('english', d.summary || ' ' || d.cause_text), 'B') ||
  setweight(to_tsvector('english', d.postmortem_text), 'C') ||
  setweight(to_tsvector('english', d.actions_text || ' ' || d.timeline_text), 'D')`;

/**
 * Creates the document counter from the rows when it is missing (a database from before the
 * counter, or a fresh one); never on a restore target, which must stay empty until restored.
 */
async function ensureDocumentCount(db: Db): Promise<void> {
  await db.execute(sql`
    insert into search_stats (key, value)
    select 'documents', (select count(*)::int from search_docs where doc is not null)
    where not exists (select 1 from search_stats where key = 'documents')
    on conflict (key) do nothing`);
}

/** Rebuilds up to `limit` dirty search rows; returns how many were rebuilt. */
export async function reindexDirty(db: Db, limit: number): Promise<number> {
  // \`where dirty\` matches the partial index search_docs_dirty_rows_idx: no scan of the clean rows.
  const ids = (await rows<{ id: string }>(db, sql`select incident_id as id from search_docs where dirty order by incident_id limit ${limit}`)).map((r) => r.id);
  if (ids.length === 0) return 0;
  await ensureDocumentCount(db);
  const indexed = async (): Promise<number> => (await rows<{ n: number }>(db, sql`
    select count(*)::int as n from search_docs where incident_id in (select unnest(${textArray(ids)})) and doc is not null`))[0]?.n ?? 0;
  const before = await indexed();
  // Take the old lexemes out of the document frequencies.
  await db.execute(sql`
    update search_vocab v set df = greatest(v.df - c.n, 0)
    from (select w, count(*)::int as n from search_docs s, unnest(tsvector_to_array(s.doc)) w
          where s.incident_id in (select unnest(${textArray(ids)})) and s.doc is not null group by w) c
    where v.word = c.w`);
  await db.execute(sql`
    update search_docs s set
      dirty = false,
      title = src.title, summary = src.summary, cause_text = src.cause_text,
      postmortem_text = src.postmortem_text, actions_text = src.actions_text, timeline_text = src.timeline_text
    from (
      select i.id,
        i.title,
        coalesce(i.summary, '') as summary,
        coalesce((select string_agg(sec->>'body', E'\n') from jsonb_array_elements(coalesce(p.doc->'sections', '[]'::jsonb)) sec
                  where sec->>'key' in ('summary', 'impact', 'rootCause', 'contributingFactors', 'fiveWhys')), '') as cause_text,
        coalesce(p.title, '') || E'\n' ||
        coalesce((select string_agg(sec->>'body', E'\n') from jsonb_array_elements(coalesce(p.doc->'sections', '[]'::jsonb)) sec
                  where coalesce(sec->>'key', '') not in ('summary', 'impact', 'rootCause', 'contributingFactors', 'fiveWhys', 'actionItems', 'timeline')), '') as postmortem_text,
        coalesce((select string_agg(a.title, E'\n' order by a.key) from action_items a where a.postmortem_id = p.id), '') as actions_text,
        coalesce((select string_agg(t.text, E'\n' order by t.at) from timeline_events t where t.incident_id = i.id and t.deleted_at is null), '') as timeline_text
      from incidents i left join postmortems p on p.incident_id = i.id
      where i.id in (select unnest(${textArray(ids)}))
    ) src
    where s.incident_id = src.id`);
  await db.execute(sql`update search_docs d set doc = ${DOC_SQL} where d.incident_id in (select unnest(${textArray(ids)}))`);
  // Rows whose incident is gone: no document.
  await db.execute(sql`update search_docs set dirty = false, doc = null where incident_id in (select unnest(${textArray(ids)})) and dirty`);
  await db.execute(sql`
    insert into search_vocab (word, df)
    select w, count(*)::int from search_docs s, unnest(tsvector_to_array(s.doc)) w
    where s.incident_id in (select unnest(${textArray(ids)})) and s.doc is not null group by w
    on conflict (word) do update set df = search_vocab.df + excluded.df`);
  // The postings of each document's cause terms (similar-incident candidates).
  await db.execute(sql`delete from search_postings where incident_id in (select unnest(${textArray(ids)}))`);
  await db.execute(sql`
    insert into search_postings (term, incident_id, began)
    select x.term, x.incident_id, x.began from (
      select u.lexeme as term, d.incident_id, coalesce(i.started_at, i.declared_at) as began,
        row_number() over (partition by d.incident_id order by cardinality(u.positions) desc, u.lexeme) as n
      from search_docs d join incidents i on i.id = d.incident_id
        cross join lateral unnest(ts_filter(d.doc, '{a,b}')) u
      where d.incident_id in (select unnest(${textArray(ids)})) and d.doc is not null and u.lexeme ~ '^[[:alnum:]]+$'
    ) x where x.n <= ${POSTINGS_PER_DOCUMENT}`);
  // Repeat checks of these incidents, and of those that began up to a year after them, are stale.
  // A new repeats generation first: a scan that found every incident checked before this point
  // cannot mark the checks complete after it (see markRepeatsComplete).
  await db.execute(sql`insert into search_stats (key, value) values ('repeats_generation', 1)
    on conflict (key) do update set value = search_stats.value + 1`);
  await db.execute(sql`
    delete from incident_repeats r using incidents i,
      (select min(coalesce(started_at, declared_at)) as lo, max(coalesce(started_at, declared_at)) as hi
       from incidents where id in (select unnest(${textArray(ids)}))) b
    where r.incident_id = i.id and (r.incident_id in (select unnest(${textArray(ids)}))
      or coalesce(i.started_at, i.declared_at) between b.lo and b.hi + interval '366 days')`);
  const delta = (await indexed()) - before;
  if (delta !== 0) {
    await db.execute(sql`insert into search_stats (key, value) values ('documents', ${delta})
      on conflict (key) do update set value = search_stats.value + excluded.value`);
  }
  return ids.length;
}

/**
 * Refreshes the planner statistics of the tables learning queries read, and vacuums the search tables the reindex
 * rewrites (PGlite runs no autovacuum). The vacuum removes the rows each rebuild leaves dead and sets the visibility
 * map, without which every index-only scan of the postings (similar incidents' candidates) read each row's heap page
 * too: 500 heap fetches a term; at 100,000 incidents the candidates' median went from 16.6-19.1 to 12.0-12.7 ms.
 */
export async function analyzeSearchTables(db: Db): Promise<void> {
  await db.execute(sql`vacuum (analyze) search_docs, search_postings, search_vocab`);
  await db.execute(sql`analyze incidents, postmortems, action_items`);
}

/** Whether a table the search and list queries plan on has never been analyzed (no planner statistics yet). */
export async function searchTablesUnanalyzed(db: Db): Promise<boolean> {
  const [r] = await rows<{ n: number }>(db, sql`
    select count(*)::int as n from pg_class
    where relname in ('incidents', 'postmortems', 'action_items', 'search_docs', 'search_postings', 'search_vocab')
      and relkind = 'r' and relnamespace = current_schema()::regnamespace and reltuples < 0`);
  return (r?.n ?? 0) > 0;
}

/** How many search rows wait for a rebuild. */
export async function countDirty(db: Db): Promise<number> {
  const [r] = await rows<{ n: number }>(db, sql`select count(*)::int as n from search_docs where dirty`);
  return r?.n ?? 0;
}

/** The english lexemes of each word ([] for a stop word). */
export async function lexemesOf(db: Db, words: string[]): Promise<{ word: string; lexemes: string[] }[]> {
  if (words.length === 0) return [];
  return rows(db, sql`select w as word, tsvector_to_array(to_tsvector('english', w)) as lexemes from unnest(${textArray(words)}) w`);
}

/** Which of these lexemes are in the vocabulary (in at least one document). */
export async function knownWords(db: Db, words: string[]): Promise<Set<string>> {
  if (words.length === 0) return new Set();
  const r = await rows<{ word: string }>(db, sql`select word from search_vocab where word in (select unnest(${textArray(words)})) and df > 0`);
  return new Set(r.map((x) => x.word));
}

/** The vocabulary words nearest to `word` by trigram distance (a shortlist for edit distance). */
export async function nearWords(db: Db, word: string, limit: number): Promise<string[]> {
  const r = await rows<{ word: string }>(db, sql`
    select word from search_vocab where df > 0 and word % ${word} order by word <-> ${word}, df desc limit ${limit}`);
  return r.map((x) => x.word);
}

/** Document frequency of each word, and the number of indexed documents (one round trip once the counter exists). */
export async function documentFrequencies(db: Db, words: string[]): Promise<{ total: number; df: Map<string, number> }> {
  const read = async () => (await rows<{ total: number | null; df: Record<string, number> }>(db, sql`
    select (select value from search_stats where key = 'documents') as total,
      coalesce((select jsonb_object_agg(word, df) from search_vocab where word in (select unnest(${textArray(words)}))), '{}'::jsonb) as df`))[0]!;
  let r = await read();
  if (r.total === null) { await ensureDocumentCount(db); r = await read(); }
  return { total: r.total ?? 0, df: new Map(Object.entries(r.df)) };
}

export type SearchFilters = {
  severities?: string[];
  services?: string[];
  types?: string[];
  statuses?: string[];
  from?: Date;
  to?: Date;
};

function filterSql(f: SearchFilters): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.severities?.length) parts.push(sql`i.severity in (select unnest(${textArray(f.severities)}))`);
  if (f.types?.length) parts.push(sql`i.type in (select unnest(${textArray(f.types)}))`);
  if (f.statuses?.length) parts.push(sql`i.status in (select unnest(${textArray(f.statuses)}))`);
  if (f.services?.length) parts.push(sql`i.services ?| ${textArray(f.services)}`);
  if (f.from) parts.push(sql`coalesce(i.started_at, i.declared_at) >= ${f.from.toISOString()}::timestamptz`);
  if (f.to) parts.push(sql`coalesce(i.started_at, i.declared_at) < ${f.to.toISOString()}::timestamptz`);
  return sql.join(parts, sql` and `);
}

export type SearchHit = { incidentId: string; postmortemId: string | null; title: string; score: number };

/**
 * The best `limit` incidents matching the tsquery text (built from sanitized lexemes), best
 * first; ties: the later incident id first (ids carry the declaration date). Without filters
 * the ranking runs on the search rows alone and only the top rows are joined.
 */
export async function searchIndex(db: Db, tsquery: string, f: SearchFilters, limit: number): Promise<SearchHit[]> {
  const filtered = Boolean(f.severities?.length || f.types?.length || f.statuses?.length || f.services?.length || f.from || f.to);
  if (!filtered) {
    return rows<SearchHit>(db, sql`
      with top as (
        select d.incident_id, ts_rank_cd(d.doc, q, 1)::float8 as score
        from search_docs d, to_tsquery('simple', ${tsquery}) q
        where d.doc @@ q
        order by score desc, d.incident_id desc
        limit ${limit})
      select top.incident_id as "incidentId", p.id as "postmortemId", i.title, top.score
      from top join incidents i on i.id = top.incident_id left join postmortems p on p.incident_id = i.id
      order by top.score desc, top.incident_id desc`);
  }
  return rows<SearchHit>(db, sql`
    select d.incident_id as "incidentId", p.id as "postmortemId", i.title,
           ts_rank_cd(d.doc, q, 1)::float8 as score
    from search_docs d, to_tsquery('simple', ${tsquery}) q, incidents i
      left join postmortems p on p.incident_id = i.id
    where d.doc @@ q and i.id = d.incident_id and ${filterSql(f)}
    order by score desc, d.incident_id desc
    limit ${limit}`);
}

export type HitDetail = { incidentId: string; snippet: string; inTitle: boolean; inSummary: boolean; inPostmortem: boolean; inActions: boolean; inTimeline: boolean };

/** Snippet (ts_headline) and where the query matched, for a few incidents only. */
export async function hitDetails(db: Db, tsquery: string, ids: string[]): Promise<HitDetail[]> {
  if (ids.length === 0) return [];
  return rows<HitDetail>(db, sql`
    select d.incident_id as "incidentId",
      ts_headline('english', d.title || E'\n' || d.summary || E'\n' || d.cause_text || E'\n' || d.postmortem_text || E'\n' || d.actions_text || E'\n' || d.timeline_text,
                  q, 'StartSel=**, StopSel=**, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') as snippet,
      to_tsvector('english', d.title) @@ q as "inTitle",
      to_tsvector('english', d.summary || ' ' || d.cause_text) @@ q as "inSummary",
      to_tsvector('english', d.postmortem_text) @@ q as "inPostmortem",
      to_tsvector('english', d.actions_text) @@ q as "inActions",
      to_tsvector('english', d.timeline_text) @@ q as "inTimeline"
    from search_docs d, to_tsquery('simple', ${tsquery}) q
    where d.incident_id in (select unnest(${textArray(ids)}))`);
}
