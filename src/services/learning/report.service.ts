/**
 * Monthly / quarterly / annual reports: loads the period's incidents (and the year before,
 * for repeats), the action items behind the figures, and hands them to the pure report maths.
 */
import type { Principal } from '../../domain/access/roles.ts';
import { findSeverity } from '../../domain/policy/index.ts';
import { parseKind, parsePeriod, periodOf, previousPeriod, type Period } from '../../domain/learning/period.ts';
import { buildReport, type Report, type ReportActionItem, type ReportIncident } from '../../domain/learning/report.ts';
import { reportCsv, reportMarkdown } from '../../domain/learning/report-export.ts';
import { displayTerm, idfFrom, REPEAT_THRESHOLD, scoreSimilar, type SimilarInput } from '../../domain/learning/similarity.ts';
import { documentFrequencies, reindexDirty } from '../../store/repositories/search.repository.ts';
import {
  doneActionItems, firstUncheckedRepeat, preventFixesDone, repeatInputs, reportActionItems, reportIncidents, storedRepeats, storeRepeats, uncheckedRepeats,
  type RepeatInputRow, type StoredRepeat,
} from '../../store/repositories/report.repository.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { REINDEX_BATCH } from './search.service.ts';

const YEAR = 365 * 86_400_000;
/** Earlier incidents compared with each one (most recent first) when looking for repeats. */
const REPEAT_CANDIDATES = 20;

export type ReportRequest = { kind: string; period: string; actionItemTarget?: number };
export type ReportBundle = { report: Report; incidents: ReportIncident[]; actionItems: ReportActionItem[]; improvements: { key: string; title: string }[] };

const day = (d: Date) => d.toISOString().slice(0, 10);

function toInput(r: RepeatInputRow): SimilarInput {
  // The same inputs as similar incidents (similar.service.ts), so that a repeat means the same thing in both.
  return { incidentId: r.id, title: r.title, type: r.type, services: r.services ?? [], startedAt: r.startedAt, causeText: r.causeText, fullText: r.fullText, lexemes: r.lexemes ?? [], causeLexemes: r.causeLexemes ?? [] };
}

/** For each incident of the period, the most similar earlier incident above the repeat threshold, and its failure terms. */
async function computeRepeats(ctx: ServiceContext, period: Period): Promise<StoredRepeat[]> {
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
  inputs.forEach((x, idx) => {
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
      out.push({ incidentId: x.incidentId, repeatOf: best?.incidentId ?? null, score: best?.score ?? null, earlierStartedAt: best?.startedAt ?? null, terms });
    }
    for (const k of keys) { const l = byKey.get(k) ?? []; l.push(idx); byKey.set(k, l); }
  });
  return out;
}

/** The period's repeat checks: stored ones, the missing ones computed (for the whole period) and stored first. */
async function periodRepeats(ctx: ServiceContext, period: Period): Promise<Map<string, StoredRepeat>> {
  if ((await uncheckedRepeats(ctx.db, period.start, period.end)) > 0) await storeRepeats(ctx.db, await computeRepeats(ctx, period));
  return new Map((await storedRepeats(ctx.db, period.start, period.end)).map((r) => [r.incidentId, r]));
}

/**
 * The background warm-up: computes and stores the repeat checks of the earliest month that
 * has unchecked incidents, so that reports only read them. Returns false when all are checked.
 */
export async function warmRepeats(ctx: ServiceContext): Promise<boolean> {
  const first = await firstUncheckedRepeat(ctx.db);
  if (!first) return false;
  const month = periodOf('monthly', first);
  await storeRepeats(ctx.db, await computeRepeats(ctx, month));
  return true;
}

/** Builds the report and the records behind it. */
export async function buildPeriodReport(ctx: ServiceContext, actor: Principal, req: ReportRequest): Promise<ReportBundle> {
  requireRole(actor, 'viewer', 'reading reports');
  const period = parsePeriod(parseKind(req.kind), req.period);
  await reindexDirty(ctx.db, REINDEX_BATCH);
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
  const prev = previousPeriod(period);
  const prevRows = await reportIncidents(ctx.db, prev.start, prev.end);
  const prevChecks = await periodRepeats(ctx, prev);
  const gaps = prevRows.flatMap((row) => {
    const c = prevChecks.get(row.id);
    return c && c.repeatOf !== null && c.earlierStartedAt !== null ? [(row.startedAt - c.earlierStartedAt) / 86_400_000] : [];
  });
  const previousRepeatMeanDays = gaps.length ? Math.round((gaps.reduce((a, b) => a + b, 0) / gaps.length) * 10) / 10 : null;
  const report = buildReport(period, incidents, actionItems, { actionItemTarget: req.actionItemTarget ?? ctx.config.reports.actionItemTarget, now: ctx.now().getTime(), previousRepeatMeanDays });
  const improvements = period.kind === 'annual' ? await doneActionItems(ctx.db, period.start, period.end) : [];
  return { report, incidents, actionItems, improvements };
}

/** The report as Markdown (the annual one is the year-end summary draft). */
export function bundleMarkdown(b: ReportBundle): string {
  return reportMarkdown(b.report, b.improvements);
}

/** The records behind the report as CSV. */
export function bundleCsv(b: ReportBundle): string {
  return reportCsv(b.incidents, b.actionItems);
}
