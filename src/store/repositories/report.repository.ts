/** Reads behind the reports: incidents of a time window with their post-mortem facts, and action items. */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { rows } from './sql-rows.ts';

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

export type StoredRepeat = { incidentId: string; repeatOf: string | null; score: number | null; earlierStartedAt: number | null; terms: string[]; factors: string[] };

/** How many incidents that began in [from, to) have no repeat check stored. */
export async function uncheckedRepeats(db: Db, from: Date, to: Date): Promise<number> {
  const [r] = await rows<{ n: number }>(db, sql`
    select count(*)::int as n from incidents i
    where coalesce(i.started_at, i.declared_at) >= ${from.toISOString()}::timestamptz
      and coalesce(i.started_at, i.declared_at) < ${to.toISOString()}::timestamptz
      and not exists (select 1 from incident_repeats r where r.incident_id = i.id and r.factors is not null)`);
  return r?.n ?? 0;
}

/** When the earliest incident without a stored repeat check began (null: every incident is checked). */
export async function firstUncheckedRepeat(db: Db): Promise<Date | null> {
  const [r] = await rows<{ at: string | null }>(db, sql`
    select min(coalesce(i.started_at, i.declared_at))::text as at from incidents i
    where not exists (select 1 from incident_repeats r where r.incident_id = i.id and r.factors is not null)`);
  return r?.at ? new Date(r.at) : null;
}

/**
 * The repeats generation (bumped whenever a reindex makes repeat checks stale) and whether a
 * scan found every incident checked in this generation: then there is nothing to look for.
 */
export async function repeatsState(db: Db): Promise<{ generation: number; complete: boolean }> {
  const found = await rows<{ key: string; value: number }>(db, sql`
    select key, value from search_stats where key in ('repeats_generation', 'repeats_complete_generation')`);
  const generation = found.find((r) => r.key === 'repeats_generation')?.value ?? 0;
  const completeAt = found.find((r) => r.key === 'repeats_complete_generation')?.value;
  return { generation, complete: completeAt === generation };
}

/** Records that every incident had a repeat check in `generation` (read before the scan that found none missing). */
export async function markRepeatsComplete(db: Db, generation: number): Promise<void> {
  await db.execute(sql`insert into search_stats (key, value) values ('repeats_complete_generation', ${generation})
    on conflict (key) do update set value = excluded.value`);
}

/** Stores repeat checks (replacing earlier ones of the same incidents). */
export async function storeRepeats(db: Db, checks: StoredRepeat[]): Promise<void> {
  for (let i = 0; i < checks.length; i += 1000) {
    const part = checks.slice(i, i + 1000);
    await db.execute(sql`
      insert into incident_repeats (incident_id, repeat_of, score, earlier_started_at, terms, factors)
      select x.incident_id, x.repeat_of, x.score, to_timestamp(x.earlier / 1000.0), x.terms, array(select jsonb_array_elements_text(x.factors))
      from jsonb_to_recordset(${JSON.stringify(part.map((c) => ({ incident_id: c.incidentId, repeat_of: c.repeatOf, score: c.score, earlier: c.earlierStartedAt, terms: c.terms, factors: c.factors })))}::jsonb)
        as x(incident_id text, repeat_of text, score float8, earlier float8, terms jsonb, factors jsonb)
      on conflict (incident_id) do update set repeat_of = excluded.repeat_of, score = excluded.score,
        earlier_started_at = excluded.earlier_started_at, terms = excluded.terms, factors = excluded.factors, checked_at = now()`);
  }
}

/** The stored repeat checks of the incidents that began in [from, to). */
export async function storedRepeats(db: Db, from: Date, to: Date): Promise<StoredRepeat[]> {
  return rows<StoredRepeat>(db, sql`
    select r.incident_id as "incidentId", r.repeat_of as "repeatOf", r.score, ${ms(sql`r.earlier_started_at`)} as "earlierStartedAt", r.terms, coalesce(r.factors, '{}') as factors
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

const began = sql`coalesce(i.started_at, i.declared_at)`;
const inWindow = (from: Date, to: Date) => sql`${began} >= ${from.toISOString()}::timestamptz and ${began} < ${to.toISOString()}::timestamptz`;
const num = (col: SQL) => sql`coalesce((${col})::float8, 0)`;

type Tally = { sum: number; count: number };
type ItemTally = { due: number; doneByDue: number; open: number; overdue: number };

/** The aggregates of a period's incidents, per severity (the caller knows which severities require a post-mortem). */
export type PeriodAggregates = {
  /** Incidents without a stored repeat check (or one from before factor categories): the caller stores them and asks again. */
  unchecked: number;
  severities: { severity: string; count: number; published: number; written: number; draftWithin48h: number }[];
  services: [string, number][]; types: [string, number][];
  months: { month: string; count: number; ttd: Tally; ttr: Tally }[];
  ttd: Tally; ttr: Tally;
  factors: { technical: number; process: number; organizational: number };
  terms: [string, number][];
  repeats: { incidentId: string; title: string; repeatOf: string; score: number; recurredAfterFix: boolean }[];
  repeatGapDays: Tally;
};

/**
 * One pass of aggregate SQL over the incidents that began in [from, to), with their
 * post-mortem and stored repeat check (failure terms, factor categories, the earlier incident): counts by severity,
 * service, type and month, TTD / TTR sums per month (minutes; negative durations left out),
 * post-mortem figures per severity, factor categories, failure terms, and the repeats with
 * "recurred after the fix". Rows are joined as `reportIncidents` joins them.
 */
export async function periodAggregates(db: Db, from: Date, to: Date): Promise<PeriodAggregates> {
  const [r] = await rows<{ a: PeriodAggregates }>(db, sql`
    with p as materialized (
      select i.id, i.title, i.severity, i.type, i.services, ${began} as began, i.detected_at, i.resolved_at,
        pm.status as pm_status, pm.created_at as pm_created,
        r.factors is not null as checked, r.factors, r.repeat_of, r.score, r.earlier_started_at, r.terms
      from incidents i
        left join postmortems pm on pm.incident_id = i.id
        left join incident_repeats r on r.incident_id = i.id
      where ${inWindow(from, to)}),
    m as (
      select to_char(began at time zone 'UTC', 'YYYY-MM') as month, count(*)::int as n,
        sum(extract(epoch from detected_at - began) / 60) filter (where detected_at >= began) as ttd_sum,
        count(*) filter (where detected_at >= began)::int as ttd_n,
        sum(extract(epoch from resolved_at - detected_at) / 60) filter (where resolved_at >= detected_at) as ttr_sum,
        count(*) filter (where resolved_at >= detected_at)::int as ttr_n
      from p group by 1),
    rep as (
      select p.id, p.title, p.repeat_of, coalesce(p.score, 0) as score, p.began,
        extract(epoch from p.began - coalesce(p.earlier_started_at, 'epoch'::timestamptz)) / 86400 as gap,
        exists (select 1 from postmortems ep join action_items a on a.postmortem_id = ep.id
                where ep.incident_id = p.repeat_of and a.category = 'prevent' and a.status = 'done' and a.completed_at < p.began) as after_fix
      from p where p.repeat_of is not null)
    select jsonb_build_object(
      'unchecked', (select count(*) filter (where not checked) from p),
      'severities', coalesce((select jsonb_agg(jsonb_build_object('severity', severity, 'count', n, 'published', pub, 'written', w, 'draftWithin48h', d48)) from (
          select severity, count(*) as n, count(*) filter (where pm_status = 'published') as pub, count(*) filter (where pm_status is not null) as w,
            count(*) filter (where pm_status is not null and coalesce(pm_created, began) <= coalesce(resolved_at, began) + interval '48 hours') as d48
          from p group by severity) x), '[]'::jsonb),
      'services', coalesce((select jsonb_agg(jsonb_build_array(s, n)) from (
          select s, count(*) as n from p, jsonb_array_elements_text(case when jsonb_typeof(p.services) = 'array' and jsonb_array_length(p.services) > 0 then p.services else '["(none)"]'::jsonb end) s
          group by s) x), '[]'::jsonb),
      'types', coalesce((select jsonb_agg(jsonb_build_array(type, n)) from (select type, count(*) as n from p group by type) x), '[]'::jsonb),
      'months', coalesce((select jsonb_agg(jsonb_build_object('month', month, 'count', n,
          'ttd', jsonb_build_object('sum', ${num(sql`ttd_sum`)}, 'count', ttd_n), 'ttr', jsonb_build_object('sum', ${num(sql`ttr_sum`)}, 'count', ttr_n))) from m), '[]'::jsonb),
      'ttd', (select jsonb_build_object('sum', ${num(sql`sum(ttd_sum)`)}, 'count', coalesce(sum(ttd_n), 0)) from m),
      'ttr', (select jsonb_build_object('sum', ${num(sql`sum(ttr_sum)`)}, 'count', coalesce(sum(ttr_n), 0)) from m),
      'factors', (select jsonb_build_object(
          'technical', count(*) filter (where 'technical' = any(factors)),
          'process', count(*) filter (where 'process' = any(factors)),
          'organizational', count(*) filter (where 'organizational' = any(factors))) from p),
      'terms', coalesce((select jsonb_agg(jsonb_build_array(t, n)) from (
          select t, count(*) as n from p, lateral (select distinct t from jsonb_array_elements_text(p.terms) t) x group by t having count(*) >= 2) x), '[]'::jsonb),
      'repeats', coalesce((select jsonb_agg(jsonb_build_object('incidentId', id, 'title', title, 'repeatOf', repeat_of, 'score', score, 'recurredAfterFix', after_fix) order by began, id) from rep), '[]'::jsonb),
      'repeatGapDays', (select jsonb_build_object('sum', ${num(sql`sum(gap)`)}, 'count', count(*)) from rep)
    ) as a`);
  return r!.a;
}

/** SEV-1/2 style incidents of [from, to): those of the given severities, by start. */
export async function periodIncidentsOfSeverities(db: Db, from: Date, to: Date, severities: string[]): Promise<{ incidentId: string; title: string; severity: string; startedAt: number }[]> {
  if (severities.length === 0) return [];
  return rows(db, sql`
    select i.id as "incidentId", i.title, i.severity, ${ms(began)} as "startedAt"
    from incidents i left join postmortems pm on pm.incident_id = i.id
    where ${inWindow(from, to)} and i.severity = any(${sql.param(severities)}::text[])
    order by ${began}, i.id`);
}

/**
 * Action items of a period (due in [fromDay, toDay), or of a post-mortem of an incident that
 * began in [from, to)), counted: due (not won't do), done by the end of their due day (UTC),
 * open, and open past that day at `now`; in all, per owner and per team.
 */
export async function periodActionItemTallies(db: Db, fromDay: string, toDay: string, from: Date, to: Date, now: Date): Promise<ItemTally & { byOwner: [string, ItemTally][]; byTeam: [string, ItemTally][] }> {
  const r = await rows<ItemTally & { owner: string | null; team: string | null; g: number }>(db, sql`
    with items as (
      select a.postmortem_id, a.key, a.owner, a.team, a.status, a.due_date, a.completed_at from action_items a
      where a.due_date >= ${fromDay}::date and a.due_date < ${toDay}::date
      union
      select a.postmortem_id, a.key, a.owner, a.team, a.status, a.due_date, a.completed_at
      from incidents i join postmortems pm on pm.incident_id = i.id join action_items a on a.postmortem_id = pm.id
      where ${inWindow(from, to)}),
    f as (
      select owner, team,
        (due_date >= ${fromDay}::date and due_date < ${toDay}::date and status <> 'wont_do') as due,
        (due_date >= ${fromDay}::date and due_date < ${toDay}::date and status = 'done' and completed_at < (due_date + 1)::timestamp at time zone 'UTC') as done_by_due,
        (status in ('open', 'in_progress')) as open,
        (status in ('open', 'in_progress') and (due_date + 1)::timestamp at time zone 'UTC' <= ${now.toISOString()}::timestamptz) as overdue
      from items)
    select grouping(owner, team)::int as g, owner, team,
      count(*) filter (where due)::int as due, count(*) filter (where done_by_due)::int as "doneByDue",
      count(*) filter (where open)::int as open, count(*) filter (where overdue)::int as overdue
    from f group by grouping sets ((owner), (team), ())`);
  const tally = (x: ItemTally): ItemTally => ({ due: x.due, doneByDue: x.doneByDue, open: x.open, overdue: x.overdue });
  const used = (x: ItemTally) => x.due > 0 || x.open > 0;
  // grouping(owner, team): 1 = grouped by owner, 2 = by team, 3 = all.
  const all = r.find((x) => x.g === 3);
  return {
    ...(all ? tally(all) : { due: 0, doneByDue: 0, open: 0, overdue: 0 }),
    byOwner: r.filter((x) => x.g === 1 && used(x)).map((x) => [x.owner ?? '(unassigned)', tally(x)]),
    byTeam: r.filter((x) => x.g === 2 && used(x)).map((x) => [x.team ?? '(no team)', tally(x)]),
  };
}

/** The repeat gaps (days, earlier start known) of the incidents that began in [from, to), and how many have no check stored. */
export async function periodRepeatGaps(db: Db, from: Date, to: Date): Promise<Tally & { unchecked: number }> {
  const [r] = await rows<Tally & { unchecked: number }>(db, sql`
    select ${num(sql`sum(extract(epoch from ${began} - r.earlier_started_at) / 86400) filter (where r.repeat_of is not null and r.earlier_started_at is not null)`)} as sum,
      count(*) filter (where r.repeat_of is not null and r.earlier_started_at is not null)::int as count,
      count(*) filter (where r.factors is null)::int as unchecked
    from incidents i left join postmortems pm on pm.incident_id = i.id left join incident_repeats r on r.incident_id = i.id
    where ${inWindow(from, to)}`);
  return r!;
}
