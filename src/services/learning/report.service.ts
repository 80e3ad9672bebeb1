/**
 * Monthly / quarterly / annual reports: the figures by aggregate SQL over the period (repeat
 * checks and factor categories stored beforehand), shaped by the pure report maths; the
 * records behind them (incidents, action items) read only for the CSV export.
 */
import type { Principal } from '../../domain/access/roles.ts';
import { findSeverity } from '../../domain/policy/index.ts';
import { factorCategories } from '../../domain/learning/factors.ts';
import { parseKind, parsePeriod, periodOf, previousPeriod, type Period } from '../../domain/learning/period.ts';
import { buildReport, reportFromFigures, type Report, type ReportActionItem, type ReportFigures, type ReportIncident } from '../../domain/learning/report.ts';
import { reportCsv, reportMarkdown } from '../../domain/learning/report-export.ts';
import { displayTerm, idfFrom, REPEAT_THRESHOLD, scoreSimilar, type SimilarInput } from '../../domain/learning/similarity.ts';
import { documentFrequencies, reindexDirty } from '../../store/repositories/search.repository.ts';
import {
  doneActionItems, firstUncheckedRepeat, markRepeatsComplete, periodActionItemTallies, periodAggregates, periodIncidentsOfSeverities, periodRepeatGaps, preventFixesDone, repeatInputs, reportActionItems, reportIncidents, repeatsState, storedRepeats, storeRepeats, uncheckedRepeats,
  type RepeatInputRow, type StoredRepeat,
} from '../../store/repositories/report.repository.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { REINDEX_BATCH } from './search.service.ts';

const YEAR = 365 * 86_400_000;
/** Earlier incidents compared with each one (most recent first) when looking for repeats. */
const REPEAT_CANDIDATES = 20;

export type ReportRequest = { kind: string; period: string; actionItemTarget?: number };
export type ReportBundle = {
  report: Report; improvements: { key: string; title: string }[];
  /** The incidents and action items behind the figures (read on demand: the CSV export). */
  records: () => Promise<{ incidents: ReportIncident[]; actionItems: ReportActionItem[] }>;
};

const day = (d: Date) => d.toISOString().slice(0, 10);

function toInput(r: RepeatInputRow): SimilarInput {
  // The same inputs as similar incidents (similar.service.ts), so that a repeat means the same thing in both.
  return { incidentId: r.id, title: r.title, type: r.type, services: r.services ?? [], startedAt: r.startedAt, causeText: r.causeText, fullText: r.fullText, lexemes: r.lexemes ?? [], causeLexemes: r.causeLexemes ?? [] };
}

/** For each incident of the period, the most similar earlier incident above the repeat threshold, and its failure terms. */
/** Lets other work (requests, a stop) run between slices of a long computation. */
const yieldToOthers = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const SLICE = 250;

/**
 * The repeat checks of a period. Long (a year of candidates per month): the loop yields every
 * few hundred incidents so requests are answered meanwhile, and gives up (null) once
 * `stopping()` says the server is stopping.
 */
async function computeRepeats(ctx: ServiceContext, period: Period, stopping: () => boolean = () => false): Promise<StoredRepeat[] | null> {
  const window = await repeatInputs(ctx.db, new Date(period.start.getTime() - YEAR), period.end);
  window.sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id));
  const words = [...new Set(window.flatMap((r) => r.lexemes ?? []))];
  const { total, df } = await documentFrequencies(ctx.db, words);
  const idf = idfFrom(total, df);
  const inputs = window.map(toInput);
  // Candidate pairs: same service, or a shared distinctive cause term (an inverted index over the window).
  const byKey = new Map<string, number[]>();
  const keysOf = (x: SimilarInput) => [
    ...x.services.map((s) => `s:${s}`),
    ...x.causeLexemes.filter((t) => (df.get(t) ?? 0) >= 2 && (df.get(t) ?? 0) <= Math.max(2, total * 0.05)).sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0)).slice(0, 5).map((t) => `t:${t}`),
  ];
  const out: StoredRepeat[] = [];
  const start = period.start.getTime();
  for (const [idx, x] of inputs.entries()) {
    if (idx % SLICE === SLICE - 1) {
      await yieldToOthers();
      if (stopping()) return null;
    }
    const keys = keysOf(x);
    if (x.startedAt !== null && x.startedAt >= start) {
      const terms = x.causeLexemes.filter((t) => idf(t) > 2.5 && (df.get(t) ?? 0) >= 2).sort((a, b) => idf(b) - idf(a)).slice(0, 5).map((t) => displayTerm(t, x.causeText));
      const cands = new Set<number>();
      for (const k of keys) for (const j of (byKey.get(k) ?? []).slice(-REPEAT_CANDIDATES)) cands.add(j);
      let best: { incidentId: string; startedAt: number; score: number } | null = null;
      for (const j of cands) {
        const e = inputs[j]!;
        if (e.startedAt === null || e.startedAt >= x.startedAt) continue;
        const sc = scoreSimilar(x, e, idf).score;
        if (sc >= REPEAT_THRESHOLD && (!best || sc > best.score)) best = { incidentId: e.incidentId, startedAt: e.startedAt, score: sc };
      }
      const factors = factorCategories(x.causeText).map((f) => f.category);
      out.push({ incidentId: x.incidentId, repeatOf: best?.incidentId ?? null, score: best?.score ?? null, earlierStartedAt: best?.startedAt ?? null, terms, factors });
    }
    for (const k of keys) { const l = byKey.get(k) ?? []; l.push(idx); byKey.set(k, l); }
  }
  return out;
}

/** Computes and stores a period's repeat checks (nothing when stopped part-way). */
async function refreshRepeats(ctx: ServiceContext, period: Period, stopping?: () => boolean): Promise<void> {
  const computed = await computeRepeats(ctx, period, stopping);
  if (computed !== null) await storeRepeats(ctx.db, computed);
}

/** The period's repeat checks: stored ones, the missing ones computed (for the whole period) and stored first. */
async function periodRepeats(ctx: ServiceContext, period: Period): Promise<Map<string, StoredRepeat>> {
  if ((await uncheckedRepeats(ctx.db, period.start, period.end)) > 0) await refreshRepeats(ctx, period);
  return new Map((await storedRepeats(ctx.db, period.start, period.end)).map((r) => [r.incidentId, r]));
}

/**
 * The background warm-up: computes and stores the repeat checks of the earliest month that
 * has unchecked incidents, so that reports only read them. Returns false when all are checked.
 */
export async function warmRepeats(ctx: ServiceContext, stopping: () => boolean = () => false): Promise<boolean> {
  // Known complete since the last reindex: no scan of every incident (at 100k it holds the connection for 100–300 ms).
  const state = await repeatsState(ctx.db);
  if (state.complete) return false;
  const first = await firstUncheckedRepeat(ctx.db);
  if (!first) {
    await markRepeatsComplete(ctx.db, state.generation);
    return false;
  }
  await refreshRepeats(ctx, periodOf('monthly', first), stopping);
  return !stopping();
}

/** The incidents and action items behind a report's figures (for the CSV export). */
async function reportRecords(ctx: ServiceContext, period: Period): Promise<{ incidents: ReportIncident[]; actionItems: ReportActionItem[] }> {
  const rows = await reportIncidents(ctx.db, period.start, period.end);
  const checks = await periodRepeats(ctx, period);
  const repeatOf = (id: string) => {
    const c = checks.get(id);
    return c && c.repeatOf !== null ? { incidentId: c.repeatOf, startedAt: c.earlierStartedAt ?? 0, score: c.score ?? 0 } : null;
  };
  const fixes = await preventFixesDone(ctx.db, [...new Set([...checks.values()].map((c) => c.repeatOf).filter((x): x is string => x !== null))]);
  const scale = ctx.config.policy.scale;
  const incidents: ReportIncident[] = rows.map((r) => {
    const rep = repeatOf(r.id);
    return {
      id: r.id, title: r.title, severity: r.severity, severityRank: findSeverity(scale, r.severity)?.rank ?? 99, type: r.type, services: r.services ?? [],
      startedAt: r.startedAt, detectedAt: r.detectedAt, resolvedAt: r.resolvedAt,
      postmortem: r.pmStatus === null ? null : { status: r.pmStatus, createdAt: r.pmCreatedAt ?? r.startedAt, publishedAt: r.pmPublishedAt },
      causeText: r.causeText, terms: checks.get(r.id)?.terms ?? [], repeatOf: rep,
      recurredAfterFix: rep !== null && (fixes.get(rep.incidentId) ?? []).some((at) => at < r.startedAt),
    };
  });
  const actionItems = await reportActionItems(ctx.db, day(period.start), day(period.end), period.start, period.end);
  return { incidents, actionItems };
}

/**
 * The figures of a period by aggregate SQL. When some incidents have no stored repeat check
 * (or one from before factor categories were stored), the period's checks are computed and
 * stored first, then the figures are read again.
 */
async function periodFigures(ctx: ServiceContext, period: Period): Promise<ReportFigures> {
  let agg = await periodAggregates(ctx.db, period.start, period.end);
  if (agg.unchecked > 0) {
    await refreshRepeats(ctx, period);
    agg = await periodAggregates(ctx.db, period.start, period.end);
  }
  const scale = ctx.config.policy.scale;
  const rank = new Map(agg.severities.map((s) => [s.severity, findSeverity(scale, s.severity)?.rank ?? 99]));
  const required = agg.severities.filter((s) => rank.get(s.severity)! <= 2);
  const [major, actionItems] = await Promise.all([
    periodIncidentsOfSeverities(ctx.db, period.start, period.end, required.map((s) => s.severity)),
    periodActionItemTallies(ctx.db, day(period.start), day(period.end), period.start, period.end, ctx.now()),
  ]);
  const sum = (xs: typeof agg.severities, f: (s: (typeof agg.severities)[number]) => number) => xs.reduce((a, s) => a + f(s), 0);
  return {
    severities: agg.severities.map((s) => [s.severity, s.count]), services: agg.services, types: agg.types,
    months: agg.months, ttd: agg.ttd, ttr: agg.ttr,
    postmortems: {
      required: sum(required, (s) => s.count), published: sum(required, (s) => s.published),
      written: sum(agg.severities, (s) => s.written), draftWithin48h: sum(agg.severities, (s) => s.draftWithin48h),
    },
    actionItems, factors: agg.factors, terms: agg.terms, repeats: agg.repeats, repeatGapDays: agg.repeatGapDays,
    major: major.map((m) => ({ ...m, severityRank: rank.get(m.severity)! })),
  };
}

/** Mean days between repeats in a period (the previous period's, for the target's trend). */
async function repeatMeanDays(ctx: ServiceContext, period: Period): Promise<number | null> {
  let gaps = await periodRepeatGaps(ctx.db, period.start, period.end);
  if (gaps.unchecked > 0) {
    await refreshRepeats(ctx, period);
    gaps = await periodRepeatGaps(ctx.db, period.start, period.end);
  }
  return gaps.count ? Math.round((gaps.sum / gaps.count) * 10) / 10 : null;
}

/** Builds the report (aggregate SQL); the records behind it are read only when asked for (CSV). */
/** The scale's levels whose post-mortems a report counts as required (rank 1 and 2, as `periodFigures` counts them). */
function majorSeverities(ctx: ServiceContext): string[] {
  return ctx.config.policy.scale.levels.filter((l) => l.rank <= 2).map((l) => l.id);
}

export async function buildPeriodReport(ctx: ServiceContext, actor: Principal, req: ReportRequest): Promise<ReportBundle> {
  requireRole(actor, 'viewer', 'reading reports');
  const period = parsePeriod(parseKind(req.kind), req.period);
  await reindexDirty(ctx.db, REINDEX_BATCH);
  const figures = await periodFigures(ctx, period);
  const previousRepeatMeanDays = await repeatMeanDays(ctx, previousPeriod(period));
  const report = reportFromFigures(period, figures, { actionItemTarget: req.actionItemTarget ?? ctx.config.reports.actionItemTarget, now: ctx.now().getTime(), previousRepeatMeanDays, majorSeverities: majorSeverities(ctx) });
  const improvements = period.kind === 'annual' ? await doneActionItems(ctx.db, period.start, period.end) : [];
  return { report, improvements, records: () => reportRecords(ctx, period) };
}

/** The report of a period from its records, as before aggregate SQL (tests compare the two). */
export async function buildPeriodReportFromRecords(ctx: ServiceContext, actor: Principal, req: ReportRequest): Promise<Report> {
  requireRole(actor, 'viewer', 'reading reports');
  const period = parsePeriod(parseKind(req.kind), req.period);
  await reindexDirty(ctx.db, REINDEX_BATCH);
  const { incidents, actionItems } = await reportRecords(ctx, period);
  const prev = previousPeriod(period);
  const prevRows = await reportIncidents(ctx.db, prev.start, prev.end);
  const prevChecks = await periodRepeats(ctx, prev);
  const gaps = prevRows.flatMap((row) => {
    const c = prevChecks.get(row.id);
    return c && c.repeatOf !== null && c.earlierStartedAt !== null ? [(row.startedAt - c.earlierStartedAt) / 86_400_000] : [];
  });
  const previousRepeatMeanDays = gaps.length ? Math.round((gaps.reduce((a, b) => a + b, 0) / gaps.length) * 10) / 10 : null;
  return buildReport(period, incidents, actionItems, { actionItemTarget: req.actionItemTarget ?? ctx.config.reports.actionItemTarget, now: ctx.now().getTime(), previousRepeatMeanDays, majorSeverities: majorSeverities(ctx) });
}

/** The report as Markdown (the annual one is the year-end summary draft). */
export function bundleMarkdown(b: ReportBundle): string {
  return reportMarkdown(b.report, b.improvements);
}

/** The records behind the report as CSV. */
export async function bundleCsv(b: ReportBundle): Promise<string> {
  const { incidents, actionItems } = await b.records();
  return reportCsv(incidents, actionItems);
}
