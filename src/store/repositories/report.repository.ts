/** Reads behind the reports: incidents of a time window with their post-mortem facts, and action items. */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';

async function rows<T>(db: Db, q: SQL): Promise<T[]> {
  const result: unknown = await db.execute(q);
  return (result as { rows: T[] }).rows;
}

const ms = (col: SQL) => sql`(extract(epoch from ${col}) * 1000)::float8`;

export type ReportIncidentRow = {
  id: string; title: string; severity: string; type: string; services: string[];
  startedAt: number; detectedAt: number | null; resolvedAt: number | null;
  pmStatus: string | null; pmCreatedAt: number | null; pmPublishedAt: number | null;
  causeText: string;
};

/** What repeat detection compares (the inputs of similar incidents). */
export type RepeatInputRow = {
  id: string; title: string; type: string; services: string[]; startedAt: number;
  causeText: string; causeLexemes: string[]; fullText: string; lexemes: string[];
};

/** Incidents that started in [from, to) (declaration time when the start is unknown). */
export async function reportIncidents(db: Db, from: Date, to: Date): Promise<ReportIncidentRow[]> {
  return rows<ReportIncidentRow>(db, sql`
    select i.id, i.title, i.severity, i.type, i.services,
      ${ms(sql`coalesce(i.started_at, i.declared_at)`)} as "startedAt", ${ms(sql`i.detected_at`)} as "detectedAt", ${ms(sql`i.resolved_at`)} as "resolvedAt",
      p.status as "pmStatus", ${ms(sql`p.created_at`)} as "pmCreatedAt",
      ${ms(sql`(select min(pub.published_at) from publications pub where pub.postmortem_id = p.id)`)} as "pmPublishedAt",
      coalesce(d.summary || E'\n' || d.cause_text, '') as "causeText"
    from incidents i
      left join postmortems p on p.incident_id = i.id
      left join search_docs d on d.incident_id = i.id
    where coalesce(i.started_at, i.declared_at) >= ${from.toISOString()}::timestamptz
      and coalesce(i.started_at, i.declared_at) < ${to.toISOString()}::timestamptz`);
}

/** Repeat-detection inputs of the incidents that began in [from, to). */
export async function repeatInputs(db: Db, from: Date, to: Date): Promise<RepeatInputRow[]> {
  return rows<RepeatInputRow>(db, sql`
    select i.id, i.title, i.type, i.services, ${ms(sql`coalesce(i.started_at, i.declared_at)`)} as "startedAt",
      coalesce(d.summary || E'\n' || d.cause_text, '') as "causeText",
      coalesce(tsvector_to_array(ts_filter(d.doc, '{b}')), '{}') as "causeLexemes",
      coalesce(d.title || E'\n' || d.summary || E'\n' || d.cause_text || E'\n' || d.postmortem_text || E'\n' || d.timeline_text, '') as "fullText",
      coalesce(tsvector_to_array(d.doc), '{}') as lexemes
    from incidents i left join search_docs d on d.incident_id = i.id
    where coalesce(i.started_at, i.declared_at) >= ${from.toISOString()}::timestamptz
      and coalesce(i.started_at, i.declared_at) < ${to.toISOString()}::timestamptz`);
}

export type StoredRepeat = { incidentId: string; repeatOf: string | null; score: number | null; earlierStartedAt: number | null; terms: string[] };

/** How many incidents that began in [from, to) have no repeat check stored. */
export async function uncheckedRepeats(db: Db, from: Date, to: Date): Promise<number> {
  const [r] = await rows<{ n: number }>(db, sql`
    select count(*)::int as n from incidents i
    where coalesce(i.started_at, i.declared_at) >= ${from.toISOString()}::timestamptz
      and coalesce(i.started_at, i.declared_at) < ${to.toISOString()}::timestamptz
      and not exists (select 1 from incident_repeats r where r.incident_id = i.id)`);
  return r?.n ?? 0;
}

/** When the earliest incident without a stored repeat check began (null: every incident is checked). */
export async function firstUncheckedRepeat(db: Db): Promise<Date | null> {
  const [r] = await rows<{ at: string | null }>(db, sql`
    select min(coalesce(i.started_at, i.declared_at))::text as at from incidents i
    where not exists (select 1 from incident_repeats r where r.incident_id = i.id)`);
  return r?.at ? new Date(r.at) : null;
}

/** Stores repeat checks (replacing earlier ones of the same incidents). */
export async function storeRepeats(db: Db, checks: StoredRepeat[]): Promise<void> {
  for (let i = 0; i < checks.length; i += 1000) {
    const part = checks.slice(i, i + 1000);
    await db.execute(sql`
      insert into incident_repeats (incident_id, repeat_of, score, earlier_started_at, terms)
      select x.incident_id, x.repeat_of, x.score, to_timestamp(x.earlier / 1000.0), x.terms
      from jsonb_to_recordset(${JSON.stringify(part.map((c) => ({ incident_id: c.incidentId, repeat_of: c.repeatOf, score: c.score, earlier: c.earlierStartedAt, terms: c.terms })))}::jsonb)
        as x(incident_id text, repeat_of text, score float8, earlier float8, terms jsonb)
      on conflict (incident_id) do update set repeat_of = excluded.repeat_of, score = excluded.score,
        earlier_started_at = excluded.earlier_started_at, terms = excluded.terms, checked_at = now()`);
  }
}

/** The stored repeat checks of the incidents that began in [from, to). */
export async function storedRepeats(db: Db, from: Date, to: Date): Promise<StoredRepeat[]> {
  return rows<StoredRepeat>(db, sql`
    select r.incident_id as "incidentId", r.repeat_of as "repeatOf", r.score, ${ms(sql`r.earlier_started_at`)} as "earlierStartedAt", r.terms
    from incidents i join incident_repeats r on r.incident_id = i.id
    where coalesce(i.started_at, i.declared_at) >= ${from.toISOString()}::timestamptz
      and coalesce(i.started_at, i.declared_at) < ${to.toISOString()}::timestamptz`);
}

export type ReportActionItemRow = {
  postmortemId: string; key: string; title: string; category: string; owner: string | null; team: string | null;
  dueDate: string | null; status: string; completedAt: number | null;
};

/** Action items due in [fromDay, toDay) or belonging to the given incidents' post-mortems. */
export async function reportActionItems(db: Db, fromDay: string, toDay: string, incidentFrom: Date, incidentTo: Date): Promise<ReportActionItemRow[]> {
  return rows<ReportActionItemRow>(db, sql`
    select a.postmortem_id as "postmortemId", a.key, a.title, a.category, a.owner, a.team,
      to_char(a.due_date, 'YYYY-MM-DD') as "dueDate", a.status, ${ms(sql`a.completed_at`)} as "completedAt"
    from action_items a
    where (a.due_date >= ${fromDay}::date and a.due_date < ${toDay}::date)
       or a.postmortem_id in (select p.id from postmortems p join incidents i on i.id = p.incident_id
            where coalesce(i.started_at, i.declared_at) >= ${incidentFrom.toISOString()}::timestamptz
              and coalesce(i.started_at, i.declared_at) < ${incidentTo.toISOString()}::timestamptz)`);
}

/** When each incident's prevent-recurrence action items were done (epoch ms), per incident. */
export async function preventFixesDone(db: Db, incidentIds: string[]): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  if (incidentIds.length === 0) return out;
  const r = await rows<{ id: string; at: number }>(db, sql`
    select p.incident_id as id, ${ms(sql`a.completed_at`)} as at
    from postmortems p
      cross join lateral (select x.completed_at from action_items x where x.postmortem_id = p.id
                          and x.category = 'prevent' and x.status = 'done' and x.completed_at is not null) a
    where p.incident_id = any(${sql.param(incidentIds)}::text[])`);
  for (const x of r) out.set(x.id, [...(out.get(x.id) ?? []), x.at]);
  return out;
}

/** Done action items of incidents in the window (the year's "process improvements implemented"). */
export async function doneActionItems(db: Db, from: Date, to: Date): Promise<{ key: string; title: string }[]> {
  return rows(db, sql`
    select a.postmortem_id || '/' || a.key as key, a.title from action_items a
    where a.status = 'done' and a.completed_at >= ${from.toISOString()}::timestamptz and a.completed_at < ${to.toISOString()}::timestamptz
    order by a.completed_at limit 500`);
}
