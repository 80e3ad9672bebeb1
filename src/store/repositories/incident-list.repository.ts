/** The list's reads: incidents by filter, newest first (keyset pagination), the page with kept verdicts, and keeping them. */
import { desc, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { isoInstantOf, isoOrNull, textOrNull } from '../json-values.ts';
import { readRendered } from '../raw-insert.ts';
import { bindValues } from '../statement-shapes.ts';
import { textMemo } from '../text-memo.ts';
import { incidents, incidentVerdicts } from '../schema.ts';
import type { IncidentRow } from './incident-read.repository.ts';
import { filterWhere, listColumns, pageSql, pageStatement, type IncidentFilter, type VerdictUse } from './incident-list.statement.ts';

export type { IncidentFilter, VerdictUse };

/** Lists incidents newest first with keyset pagination. */
export async function listIncidents(db: Db, f: IncidentFilter): Promise<IncidentRow[]> {
  return db.select().from(incidents)
    .where(filterWhere(f))
    .orderBy(desc(incidents.declaredAt), desc(incidents.id))
    .limit(f.limit);
}

/** What a list shows of an incident, its times as ISO instants (as the list view writes them). */
export type IncidentListRow = {
  id: string; title: string; severity: string; status: string; type: string; primaryService: string | null; services: string[];
  commander: string | null; declaredAt: string; startedAt: string | null; detectedAt: string | null; mitigatedAt: string | null;
  resolvedAt: string | null; closedAt: string | null; version: number;
};

/** A listed incident: what a list shows of it and the verdict kept for it, if one can be used. */
export type ListedIncident = {
  row: IncidentListRow;
  /** The kept compact verdict, when computed under this policy and still within its time (else null). */
  stored: unknown;
};

/**
 * A page of incidents newest first (keyset pagination), each with its kept verdict where one
 * can be used: one statement, as cheap to plan as the bare page (the rows without a usable
 * verdict get their policy inputs from `incidentsWithInputs`, a second statement by key).
 *
 * Each row comes back as one JSON text (an array of `listColumns`, then the verdict): the
 * driver then reads one value per row instead of sixteen (PGlite's row parser in JavaScript cost
 * more than the query itself), and neither Drizzle's select builder nor its row mapper runs.
 * The kept verdict is a scalar subquery by key (a verdict row per incident at most): cheaper to
 * plan than a join. On 100k incidents this read is about half a bare `select *` of the same page.
 * Each value is decoded as Drizzle decodes its column.
 */
export async function listIncidentPage(db: Db, f: IncidentFilter, use: VerdictUse): Promise<ListedIncident[]> {
  const result = await readRendered(db, pageStatement({ f, use }), () => pageSql({ f, use }, bindValues));
  return (result.rows as { row: string }[]).map((r) => listedOfText(r.row));
}

/**
 * A list row's text parsed, memoized on the text (which holds every listed column, the version and the usable kept
 * verdict): an unchanged incident read again costs a Map lookup instead of a JSON parse and a new item, and a changed
 * one is another text. 2,000 rows (forty pages, about 3 MiB) keep the pages people read over and over.
 */
const listedOfText = textMemo(2_000, (text: string): ListedIncident => listedFromArray(JSON.parse(text) as unknown[]));

/** A list row as its JSON holds it: the columns of \`listColumns\` in order, then the usable verdict. */
function listedFromArray(v: unknown[]): ListedIncident {
  const row: IncidentListRow = {
    id: String(v[0]), title: String(v[1]), severity: String(v[2]), status: String(v[3]), type: String(v[4]),
    primaryService: textOrNull(v[5]), services: Array.isArray(v[6]) ? v[6].map(String) : [], commander: textOrNull(v[7]),
    declaredAt: isoInstantOf(String(v[8])), startedAt: isoOrNull(v[9]), detectedAt: isoOrNull(v[10]), mitigatedAt: isoOrNull(v[11]),
    resolvedAt: isoOrNull(v[12]), closedAt: isoOrNull(v[13]), version: Number(v[14]),
  };
  return { row, stored: v[listColumns.length] ?? null };
}

/** A verdict computed for a listed incident, to keep (see `incident_verdicts`). */
export type VerdictToStore = { incidentId: string; epoch: number; verdict: unknown; validUntil: Date | null };

/**
 * Keeps verdicts the list computed, in one statement. Each lands only if the incident's stored
 * epoch is still the one read with its inputs: a change committed in between (which moved the
 * epoch on) wins, and the verdict is computed again on the next read.
 */
export async function storeVerdicts(db: Db, policyKey: string, items: readonly VerdictToStore[]): Promise<void> {
  if (items.length === 0) return;
  const records = items.map((i) => ({ incident_id: i.incidentId, epoch: i.epoch, verdict: i.verdict, policy_key: policyKey, valid_until: i.validUntil?.toISOString() ?? null }));
  await db.execute(sql`
    insert into ${incidentVerdicts} (incident_id, epoch, verdict, policy_key, valid_until)
    select x.incident_id, x.epoch, x.verdict, x.policy_key, x.valid_until
    from json_to_recordset(${JSON.stringify(records)}::json) as x(incident_id text, epoch bigint, verdict jsonb, policy_key text, valid_until timestamptz)
    where exists (select 1 from ${incidents} i where i.id = x.incident_id)
    on conflict (incident_id) do update set verdict = excluded.verdict, policy_key = excluded.policy_key, valid_until = excluded.valid_until
    where ${incidentVerdicts}.epoch = excluded.epoch`);
}

