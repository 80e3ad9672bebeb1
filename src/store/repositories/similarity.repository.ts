/**
 * The reads behind similar incidents: candidates from the postings of an incident's cause terms and
 * from the incidents on its services, and the fields the domain's similarity scoring needs.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { rows, textArray } from './sql-rows.ts';

/** The most recent postings read per query term. */
const POSTINGS_PER_TERM = 500;

export type SimilarSource = {
  incidentId: string; title: string; type: string; severity: string; services: string[];
  startedAt: number | null; causeText: string; summary: string; postmortemText: string; timelineText: string;
  lexemes: string[]; causeLexemes: string[];
};

const SOURCE_COLUMNS = sql`
  d.incident_id as "incidentId", i.title, i.type, i.severity, i.services,
  (extract(epoch from coalesce(i.started_at, i.declared_at)) * 1000)::float8 as "startedAt",
  d.cause_text as "causeText", d.summary, d.postmortem_text as "postmortemText", d.timeline_text as "timelineText",
  coalesce(tsvector_to_array(d.doc), '{}') as lexemes,
  coalesce(tsvector_to_array(ts_filter(d.doc, '{b}')), '{}') as "causeLexemes"`;

/** The fields similarity scoring needs, for the given incidents. */
export async function similaritySources(db: Db, ids: string[]): Promise<SimilarSource[]> {
  if (ids.length === 0) return [];
  // One JSON text for all of them: the driver reads one value, not some 700 texts and lexeme arrays
  // (PGlite parses each array in JavaScript; this read was a third of the similar-incidents request).
  const [first] = await rows<{ sources: string | null }>(db, sql`
    select json_agg(s)::text as sources from (
      select ${SOURCE_COLUMNS} from search_docs d join incidents i on i.id = d.incident_id
      where d.incident_id in (select unnest(${textArray(ids)}))) s`);
  return first?.sources ? JSON.parse(first.sources) as SimilarSource[] : [];
}

/** An incident's cause terms: the lexemes of weights A and B of its document (title, summary, impact, root cause…). */
export async function causeTermsOf(db: Db, incidentId: string): Promise<string[]> {
  const r = await rows<{ terms: string[] | null }>(db, sql`
    select tsvector_to_array(ts_filter(doc, '{a,b}')) as terms from search_docs where incident_id = ${incidentId}`);
  return r[0]?.terms ?? [];
}

/**
 * Candidate ids: the incidents sharing the most of the weighted terms (the weight of each shared
 * term summed, best first; ties: the later incident), read from the postings of each term, its
 * `POSTINGS_PER_TERM` most recent incidents (before `before` when given: an index range per term,
 * so a failure shared by thousands of incidents costs no more than a rare one). Then incidents
 * sharing a service that began most recently (before `before`): read backwards from `before` on
 * incidents_began_idx (ordered by the declaration time, the walk skipped every incident declared
 * after `before` first: 68,000 rows for one request at 100k incidents).
 */
export async function similarCandidates(
  db: Db, incidentId: string, terms: { term: string; weight: number }[], services: string[], limit: number, before: Date | null = null,
): Promise<string[]> {
  const out = new Set<string>();
  const earlier = before === null ? sql`true` : sql`began < ${before.toISOString()}::timestamptz`;
  if (terms.length > 0) {
    // One range per term, each with the term as a bound value: the planner then knows how common the term is and
    // reads the newest postings in the order of search_postings_term_idx. (Terms unnested into a lateral join were
    // priced at the average term, 22 postings at 100k incidents: every posting of a common term was read through a
    // bitmap and sorted, 17,000 rows and 1.4 s on PGlite for two terms; 28 ms read in order.)
    const perTerm = terms.map((t) => sql`(select incident_id, ${t.weight}::float8 as weight from search_postings
      where term = ${t.term} and ${earlier} order by began desc nulls last limit ${POSTINGS_PER_TERM})`);
    for (const r of await rows<{ id: string }>(db, sql`
      select p.incident_id as id from (${sql.join(perTerm, sql` union all `)}) p
      where p.incident_id <> ${incidentId}
      group by p.incident_id order by sum(p.weight) desc, p.incident_id desc limit ${limit}`)) out.add(r.id);
  }
  if (services.length > 0) {
    for (const r of await rows<{ id: string }>(db, sql`
      select i.id from incidents i where i.services ?| ${textArray(services)} and i.id <> ${incidentId}
        and ${before === null ? sql`true` : sql`coalesce(i.started_at, i.declared_at) < ${before.toISOString()}::timestamptz`}
      order by coalesce(i.started_at, i.declared_at) desc limit ${Math.ceil(limit / 4)}`)) out.add(r.id);
  }
  return [...out];
}
