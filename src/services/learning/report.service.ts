/**
 * Monthly / quarterly / annual reports: loads the period's incidents (and the year before,
 * for repeats), the action items behind the figures, and hands them to the pure report maths.
 */
import type { Principal } from '../../domain/access/roles.ts';
import { findSeverity } from '../../domain/policy/index.ts';
import { parseKind, parsePeriod, previousPeriod, type Period } from '../../domain/learning/period.ts';
import { buildReport, type Report, type ReportActionItem, type ReportIncident } from '../../domain/learning/report.ts';
import { reportCsv, reportMarkdown } from '../../domain/learning/report-export.ts';
import { displayTerm, idfFrom, REPEAT_THRESHOLD, scoreSimilar, type SimilarInput } from '../../domain/learning/similarity.ts';
import { documentFrequencies, reindexDirty } from '../../store/repositories/search.repository.ts';
import {
  doneActionItems, preventFixesDone, reportActionItems, reportIncidents, type ReportIncidentRow,
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

function toInput(r: ReportIncidentRow): SimilarInput {
  // The same inputs as similar incidents (similar.service.ts), so that a repeat means the same thing in both.
  return { incidentId: r.id, title: r.title, type: r.type, services: r.services ?? [], startedAt: r.startedAt, causeText: r.causeText, fullText: r.fullText, lexemes: r.lexemes ?? [], causeLexemes: r.causeLexemes ?? [] };
}

/** Finds, for each incident of the period, the most similar earlier incident above the repeat threshold. */
async function findRepeats(ctx: ServiceContext, period: Period): Promise<{ rows: ReportIncidentRow[]; repeatOf: Map<string, { incidentId: string; startedAt: number; score: number }>; terms: Map<string, string[]> }> {
  const window = await reportIncidents(ctx.db, new Date(period.start.getTime() - YEAR), period.end);
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
  const repeatOf = new Map<string, { incidentId: string; startedAt: number; score: number }>();
  const terms = new Map<string, string[]>();
  const start = period.start.getTime();
  inputs.forEach((x, idx) => {
    const keys = keysOf(x);
    if (x.startedAt !== null && x.startedAt >= start) {
      terms.set(x.incidentId, x.causeLexemes.filter((t) => idf(t) > 2.5 && (df.get(t) ?? 0) >= 2).sort((a, b) => idf(b) - idf(a)).slice(0, 5).map((t) => displayTerm(t, x.causeText)));
      const cands = new Set<number>();
      for (const k of keys) for (const j of (byKey.get(k) ?? []).slice(-REPEAT_CANDIDATES)) cands.add(j);
      let best: { incidentId: string; startedAt: number; score: number } | null = null;
      for (const j of cands) {
        const e = inputs[j]!;
        if (e.startedAt === null || e.startedAt >= x.startedAt) continue;
        const s = scoreSimilar(x, e, idf).score;
        if (s >= REPEAT_THRESHOLD && (!best || s > best.score)) best = { incidentId: e.incidentId, startedAt: e.startedAt, score: s };
      }
      if (best) repeatOf.set(x.incidentId, best);
    }
    for (const k of keys) { const l = byKey.get(k) ?? []; l.push(idx); byKey.set(k, l); }
  });
  return { rows: window.filter((r) => r.startedAt >= start), repeatOf, terms };
}

/** Builds the report and the records behind it. */
export async function buildPeriodReport(ctx: ServiceContext, actor: Principal, req: ReportRequest): Promise<ReportBundle> {
  requireRole(actor, 'viewer', 'reading reports');
  const period = parsePeriod(parseKind(req.kind), req.period);
  await reindexDirty(ctx.db, REINDEX_BATCH);
  const { rows, repeatOf, terms } = await findRepeats(ctx, period);
  const fixes = await preventFixesDone(ctx.db, [...new Set([...repeatOf.values()].map((r) => r.incidentId))]);
  const scale = ctx.config.policy.scale;
  const incidents: ReportIncident[] = rows.map((r) => {
    const rep = repeatOf.get(r.id) ?? null;
    return {
      id: r.id, title: r.title, severity: r.severity, severityRank: findSeverity(scale, r.severity)?.rank ?? 99, type: r.type, services: r.services ?? [],
      startedAt: r.startedAt, detectedAt: r.detectedAt, resolvedAt: r.resolvedAt,
      postmortem: r.pmStatus === null ? null : { status: r.pmStatus, createdAt: r.pmCreatedAt ?? r.startedAt, publishedAt: r.pmPublishedAt },
      causeText: r.causeText, terms: terms.get(r.id) ?? [], repeatOf: rep,
      recurredAfterFix: rep !== null && (fixes.get(rep.incidentId) ?? []).some((at) => at < r.startedAt),
    };
  });
  const actionItems = await reportActionItems(ctx.db, day(period.start), day(period.end), period.start, period.end);
  const prev = previousPeriod(period);
  const prevRepeats = await findRepeats(ctx, prev);
  const gaps = [...prevRepeats.repeatOf.entries()].map(([id, r]) => {
    const row = prevRepeats.rows.find((x) => x.id === id)!;
    return (row.startedAt - r.startedAt) / 86_400_000;
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
