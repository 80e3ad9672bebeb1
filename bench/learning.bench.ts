/**
 * Learning benchmark on PGlite: a generated history of N incidents with post-mortems and
 * action items (default 100,000), then search p95 beside the raw SQL of the same query,
 * a quarterly report beside the raw aggregate SQL, and similar incidents for one incident,
 * each with its baseline and ratio. `npm run bench learning [count]`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config/config.ts';
import { SYSTEM_PRINCIPAL } from '../src/domain/access/roles.ts';
import { buildTsquery } from '../src/domain/learning/query.ts';
import { searchIncidents, searchQuerySchema, queryGroups } from '../src/services/learning/search.service.ts';
import { similarIncidents } from '../src/services/learning/similar.service.ts';
import { importPostmortem } from '../src/services/postmortem/import.service.ts';
import { buildPeriodReport, warmRepeats } from '../src/services/learning/report.service.ts';
import { openDatabase } from '../src/store/database.ts';
import { analyzeSearchTables, reindexDirty } from '../src/store/repositories/search.repository.ts';

const LABELLED = join(import.meta.dirname, '..', 'test', 'fixtures', 'learning');
const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;
const fmt = (n: number): string => n.toFixed(1);
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

const SERVICES = ['checkout', 'payments', 'search', 'gateway', 'orders', 'inventory', 'auth', 'notifications', 'ledger', 'catalog', 'cart', 'shipping'];
const CAUSES = [
  'an expired TLS certificate on the edge proxy', 'a memory leak in the session cache client', 'connection pool exhaustion on the primary database',
  'a bad configuration push to the resolvers', 'replication lag after a database upgrade', 'a cache stampede after keys expired together',
  'disk full on the log volume', 'a deadlock between two migrations', 'rate limiting by a third-party vendor', 'a regression in the release candidate',
  'CPU throttling after a quota change', 'a retry storm from mobile clients', 'a missing index on the orders table', 'a failed failover of the queue cluster',
];
const WORDS = ['alpha', 'bravo', 'delta', 'ember', 'falcon', 'granite', 'harbor', 'indigo', 'juniper', 'kestrel', 'lumen', 'marble', 'nebula', 'onyx', 'prairie', 'quartz', 'raven', 'sierra', 'tundra', 'umber', 'vortex', 'willow', 'xenon', 'yonder', 'zephyr'];

/** Inserts `count` incidents spread over 2025–2026 with post-mortems and two action items each (raw SQL, minutes not hours). */
export async function generate(db: Parameters<typeof reindexDirty>[0], count: number): Promise<void> {
  const arr = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(',')}]`;
  const batch = 10_000;
  for (let from = 1; from <= count; from += batch) {
    const to = Math.min(count, from + batch - 1);
    await db.execute(sql.raw(`
      with g as (
        select n, ('2025-01-01'::timestamptz + ((n * 7919) % (730 * 1440)) * interval '1 minute') as t,
          (${arr(SERVICES)})[1 + n % ${SERVICES.length}] as svc, (${arr(CAUSES)})[1 + (n * 31) % ${CAUSES.length}] as cause,
          (${arr(WORDS)})[1 + n % ${WORDS.length}] || ' ' || (${arr(WORDS)})[1 + (n / 7) % ${WORDS.length}] as code
        from generate_series(${from}, ${to}) n)
      insert into incidents (id, title, summary, severity, type, status, primary_service, services, declared_at, started_at, detected_at, resolved_at, created_by)
      select 'INC-B-' || n, initcap(svc) || ' degraded: ' || cause, 'Users of ' || svc || ' saw errors (' || code || ') caused by ' || cause || '.',
        'SEV-' || (1 + n % 4), (ARRAY['deployment','infrastructure','dependency','other'])[1 + n % 4], 'resolved', svc, jsonb_build_array(svc),
        t, t, t + ((n % 30) + 1) * interval '1 minute', t + ((n % 240) + 20) * interval '1 minute', 'bench'
      from g`));
    await db.execute(sql.raw(`
      insert into postmortems (id, incident_id, title, template, status, doc, created_by, created_at)
      select i.id, i.id, i.title, 'imported', case when n % 3 = 0 then 'draft' else 'published' end,
        jsonb_build_object('sections', jsonb_build_array(
          jsonb_build_object('key', 'rootCause', 'heading', 'Root Cause', 'body', 'The root cause was ' || substr(i.title, strpos(i.title, ':') + 2) || '. Monitoring missed it; the runbook was out of date.'),
          jsonb_build_object('key', 'impact', 'heading', 'Impact', 'body', i.summary),
          jsonb_build_object('key', 'lessons', 'heading', 'Lessons', 'body', 'We learned to check ' || i.primary_service || ' dashboards and alerts during rollouts.'))),
        'bench', i.resolved_at + ((n % 96) * interval '1 hour')
      from incidents i, generate_series(${from}, ${to}) n where i.id = 'INC-B-' || n`));
    await db.execute(sql.raw(`
      insert into action_items (postmortem_id, key, title, category, horizon, priority, owner, due_date, status, completed_at)
      select 'INC-B-' || n, k, case when k = 'A1' then 'Prevent recurrence of the ' || (n % 97) || ' failure' else 'Alert earlier on symptom ' || (n % 89) end,
        case when k = 'A1' then 'prevent' else 'detect' end, 'short-term', 'P2', (${arr(WORDS)})[1 + n % ${WORDS.length}],
        (i.started_at + interval '14 days')::date, case when n % 5 = 0 then 'open' else 'done' end,
        case when n % 5 = 0 then null else i.started_at + ((n % 20) * interval '1 day') end
      from generate_series(${from}, ${to}) n, (values ('A1'), ('A2')) k(k), incidents i where i.id = 'INC-B-' || n`));
  }
}

/** Runs the learning benchmark and prints each figure beside its baseline. */
export async function runLearningBench(count = Number(process.argv[3] ?? 100_000)): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-bench-learning-'));
  const database = await openDatabase({ dataDir: dir, databaseUrl: null, command: 'bench' });
  try {
    const ctx = { db: database.db, config: loadConfig({ env: {}, cwd: dir }), now: () => new Date('2026-12-01T00:00:00Z') };
    let t0 = process.hrtime.bigint();
    await generate(database.db, count);
    console.log(`generated ${count} incidents with post-mortems and ${count * 2} action items: ${fmt(ms(t0) / 1000)} s`);
    // The labelled set of the tests (test/fixtures/learning), imported among the generated history.
    const idOf = new Map<string, string>();
    for (const f of readdirSync(LABELLED).filter((x) => x.endsWith('.md')).sort()) {
      idOf.set(f, (await importPostmortem(ctx, SYSTEM_PRINCIPAL, readFileSync(join(LABELLED, f), 'utf8'), f)).postmortem.incidentId);
    }
    t0 = process.hrtime.bigint();
    let n = 0;
    for (;;) { const k = await reindexDirty(database.db, 5000); n += k; if (k === 0) break; }
    console.log(`search index built for ${n} incidents: ${fmt(ms(t0) / 1000)} s`);
    // What the background job does next: planner statistics, then the repeat checks a month at a time.
    t0 = process.hrtime.bigint();
    await analyzeSearchTables(database.db);
    console.log(`planner statistics (analyze): ${fmt(ms(t0) / 1000)} s`);
    t0 = process.hrtime.bigint();
    let months = 0;
    while (await warmRepeats(ctx)) months++;
    console.log(`repeat checks stored for ${months} months of incidents (background warm-up): ${fmt(ms(t0) / 1000)} s`);

    const queries = ['certificate expired', 'memory leak', 'database upgrade replication', 'cache stampede', 'disk full', 'deadlock migration',
      'vendor rate limiting', 'retry storm mobile', 'missing index orders', 'failover queue', 'certifcate', 'replicaton lag', 'checkout errors', 'kestrel zephyr'];
    const svc: number[] = []; const raw: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (const q of queries) {
        let t = process.hrtime.bigint();
        await searchIncidents(ctx, SYSTEM_PRINCIPAL, searchQuerySchema.parse({ q }));
        if (round > 0) svc.push(ms(t));
        // Baseline: the same ranked full-text query written by hand (the expanded tsquery, no snippets, no typo look-up).
        const { groups } = await queryGroups(ctx, q);
        const tsq = buildTsquery(groups, '&')!;
        t = process.hrtime.bigint();
        await database.db.execute(sql`select d.incident_id, ts_rank_cd(d.doc, q, 1) as r from search_docs d, to_tsquery('simple', ${tsq}) q where d.doc @@ q order by r desc limit 20`);
        if (round > 0) raw.push(ms(t));
      }
    }
    console.log(`search p95: ${fmt(p95(svc))} ms | raw SQL p95: ${fmt(p95(raw))} ms | ratio ${(p95(svc) / p95(raw)).toFixed(2)} (target ≤ 1.5)`);

    // The quarterly report beside the aggregate SQL a person would write by hand for the same
    // figures (incidents by severity / type / month with TTD, TTR and post-mortem counts, by
    // service, factor categories, failure terms, repeats with "recurred after the fix", major
    // incidents, action items by owner and team, the previous quarter's repeat gap), on the same
    // tables and indexes. Best of 3 runs each, after a warm-up run.
    const q = { from: '2026-04-01T00:00:00Z', to: '2026-07-01T00:00:00Z', prevFrom: '2026-01-01T00:00:00Z', fromDay: '2026-04-01', toDay: '2026-07-01', now: ctx.now().toISOString() };
    const began = sql`coalesce(i.started_at, i.declared_at)`;
    const rawReport = async (): Promise<void> => {
      await database.db.execute(sql`
        select grouping(i.severity, i.type, to_char(${began} at time zone 'UTC', 'YYYY-MM')) as g, i.severity, i.type, to_char(${began} at time zone 'UTC', 'YYYY-MM') as month, count(*),
          avg(extract(epoch from i.detected_at - ${began}) / 60) filter (where i.detected_at >= ${began}),
          avg(extract(epoch from i.resolved_at - i.detected_at) / 60) filter (where i.resolved_at >= i.detected_at),
          count(p.id), count(*) filter (where p.status = 'published'), count(*) filter (where p.created_at <= coalesce(i.resolved_at, ${began}) + interval '48 hours'),
          count(*) filter (where 'technical' = any(r.factors)), count(*) filter (where 'process' = any(r.factors)), count(*) filter (where 'organizational' = any(r.factors))
        from incidents i left join postmortems p on p.incident_id = i.id left join incident_repeats r on r.incident_id = i.id
        where ${began} >= ${q.from}::timestamptz and ${began} < ${q.to}::timestamptz
        group by grouping sets ((i.severity), (i.type), (to_char(${began} at time zone 'UTC', 'YYYY-MM')), ())`);
      await database.db.execute(sql`
        select s, count(*) from incidents i, jsonb_array_elements_text(i.services) s
        where ${began} >= ${q.from}::timestamptz and ${began} < ${q.to}::timestamptz group by s`);
      await database.db.execute(sql`
        select t, count(*) from incidents i join incident_repeats r on r.incident_id = i.id, lateral (select distinct t from jsonb_array_elements_text(r.terms) t) x
        where ${began} >= ${q.from}::timestamptz and ${began} < ${q.to}::timestamptz group by t having count(*) >= 2 order by count(*) desc, t limit 15`);
      await database.db.execute(sql`
        select i.id, i.title, r.repeat_of, r.score, extract(epoch from ${began} - r.earlier_started_at) / 86400 as gap_days,
          exists (select 1 from postmortems ep join action_items a on a.postmortem_id = ep.id
                  where ep.incident_id = r.repeat_of and a.category = 'prevent' and a.status = 'done' and a.completed_at < ${began}) as recurred_after_fix
        from incidents i join incident_repeats r on r.incident_id = i.id
        where r.repeat_of is not null and ${began} >= ${q.from}::timestamptz and ${began} < ${q.to}::timestamptz`);
      await database.db.execute(sql`
        select i.id, i.title, i.severity, ${began} as began from incidents i
        where i.severity in ('SEV-1', 'SEV-2') and ${began} >= ${q.from}::timestamptz and ${began} < ${q.to}::timestamptz order by i.severity, ${began}`);
      await database.db.execute(sql`
        with items as (
          select a.postmortem_id, a.key, a.owner, a.team, a.status, a.due_date, a.completed_at from action_items a
          where a.due_date >= ${q.fromDay}::date and a.due_date < ${q.toDay}::date
          union
          select a.postmortem_id, a.key, a.owner, a.team, a.status, a.due_date, a.completed_at
          from incidents i join postmortems p on p.incident_id = i.id join action_items a on a.postmortem_id = p.id
          where ${began} >= ${q.from}::timestamptz and ${began} < ${q.to}::timestamptz)
        select grouping(owner, team), owner, team,
          count(*) filter (where due_date >= ${q.fromDay}::date and due_date < ${q.toDay}::date and status <> 'wont_do') as due,
          count(*) filter (where due_date >= ${q.fromDay}::date and due_date < ${q.toDay}::date and status = 'done' and completed_at < (due_date + 1)::timestamp at time zone 'UTC') as done_by_due,
          count(*) filter (where status in ('open', 'in_progress')) as open,
          count(*) filter (where status in ('open', 'in_progress') and (due_date + 1)::timestamp at time zone 'UTC' <= ${q.now}::timestamptz) as overdue
        from items group by grouping sets ((owner), (team), ())`);
      await database.db.execute(sql`
        select avg(extract(epoch from ${began} - r.earlier_started_at) / 86400) from incidents i join incident_repeats r on r.incident_id = i.id
        where r.repeat_of is not null and ${began} >= ${q.prevFrom}::timestamptz and ${began} < ${q.from}::timestamptz`);
    };
    const best = async (f: () => Promise<unknown>): Promise<number> => {
      await f();
      let b = Infinity;
      for (let i = 0; i < 3; i++) { const t = process.hrtime.bigint(); await f(); b = Math.min(b, ms(t)); }
      return b;
    };
    const rep = await buildPeriodReport(ctx, SYSTEM_PRINCIPAL, { kind: 'quarterly', period: '2026-Q2' });
    const tr = await best(() => buildPeriodReport(ctx, SYSTEM_PRINCIPAL, { kind: 'quarterly', period: '2026-Q2' }));
    const ta = await best(rawReport);
    console.log(`quarterly report (${rep.report.incidents.total} incidents, ${rep.report.repeats.count} repeats): ${fmt(tr)} ms | raw aggregate SQL: ${fmt(ta)} ms | ratio ${(tr / ta).toFixed(2)} (target ≤ 2)`);

    // The labelled similar pairs, now among the whole generated history: the related incident first, and every related one in the top 3.
    const labels = (JSON.parse(readFileSync(join(LABELLED, 'labels.json'), 'utf8')) as { similar: { of: string; related: string[] }[] }).similar;
    let first = 0; let top3 = 0;
    for (const l of labels) {
      const got = (await similarIncidents(ctx, SYSTEM_PRINCIPAL, idOf.get(l.of)!, { limit: 10 })).similar.map((x) => x.incidentId);
      if (got[0] === idOf.get(l.related[0]!)) first++;
      if (l.related.every((r) => got.slice(0, 3).includes(idOf.get(r)!))) top3++;
    }
    console.log(`labelled similar (test/fixtures/learning among ${count} generated): related first ${first}/${labels.length}, all related in the top 3 ${top3}/${labels.length}`);

    const sim: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = process.hrtime.bigint();
      await similarIncidents(ctx, SYSTEM_PRINCIPAL, `INC-B-${1 + ((i * 4999) % count)}`, { limit: 10 });
      sim.push(ms(t));
    }
    console.log(`similar for one incident: p95 ${fmt(p95(sim))} ms, median ${fmt([...sim].sort((a, b) => a - b)[10]!)} ms (target < 200 ms; before the candidate pairs: p95 404 ms)`);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
