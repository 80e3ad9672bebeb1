/**
 * Report maths (pure): incidents by severity / service / type, MTTR and MTTD per month,
 * post-mortem completion and timeliness, action items against their due dates, contributing
 * factors, repeats, and seed 000's "Metrics and Goals" targets. Rates are 0..1, or null when
 * nothing was counted. An incident belongs to the period in which it started.
 */
import { factorCategories, type FactorCategory } from './factors.ts';
import type { Report } from './contract.ts';
import type { Period } from './period.ts';

export type ReportIncident = {
  id: string; title: string; severity: string; severityRank: number; type: string; services: string[];
  /** Epoch ms; start falls back to declaration. */
  startedAt: number; detectedAt: number | null; resolvedAt: number | null;
  postmortem: { status: string; createdAt: number; publishedAt: number | null } | null;
  causeText: string;
  /** Distinctive failure terms of the root cause / impact (shown words). */
  terms: string[];
  repeatOf: { incidentId: string; startedAt: number; score: number } | null;
  /** The earlier incident had prevent-recurrence action items done before this one started. */
  recurredAfterFix: boolean;
};

export type ReportActionItem = {
  postmortemId: string; key: string; title: string; category: string; owner: string | null; team: string | null;
  dueDate: string | null; status: string; completedAt: number | null;
};

export type ReportOptions = { actionItemTarget: number; now: number; previousRepeatMeanDays: number | null };

const MIN = 60_000; const DAY = 86_400_000; const HOURS_48 = 48 * 3_600_000;

export const rate = (n: number, d: number): number | null => (d === 0 ? null : n / d);
const mean = (xs: number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const round = (x: number | null, digits = 1): number | null => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);
const monthOf = (ms: number) => new Date(ms).toISOString().slice(0, 7);
function countBy<T>(xs: T[], key: (x: T) => string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) for (const k of key(x)) out[k] = (out[k] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

/** Direction of a series of monthly means (least-squares slope), or null with fewer than 2 points. */
export function trend(points: (number | null)[]): 'down' | 'up' | 'flat' | null {
  const xs = points.map((y, x) => ({ x, y })).filter((p): p is { x: number; y: number } => p.y !== null);
  if (xs.length < 2) return null;
  const mx = mean(xs.map((p) => p.x))!; const my = mean(xs.map((p) => p.y))!;
  const slope = xs.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0) / xs.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  if (Math.abs(slope) < Math.max(1e-9, Math.abs(my) * 0.02)) return 'flat';
  return slope < 0 ? 'down' : 'up';
}

function durations(incidents: ReportIncident[], months: string[], f: (i: ReportIncident) => number | null) {
  const all: number[] = [];
  const per = new Map<string, number[]>(months.map((m) => [m, []]));
  for (const i of incidents) {
    const v = f(i);
    if (v === null || v < 0) continue;
    all.push(v);
    per.get(monthOf(i.startedAt))?.push(v);
  }
  const byMonth = months.map((month) => ({ month, mean: round(mean(per.get(month)!)), count: per.get(month)!.length }));
  return { mean: round(mean(all)), count: all.length, byMonth, trend: trend(byMonth.map((m) => m.mean)) };
}

/** The end of a due date's day (UTC), epoch ms. */
const endOfDay = (d: string) => Date.parse(`${d}T00:00:00Z`) + DAY;

export function buildReport(period: Period, incidentsAll: ReportIncident[], items: ReportActionItem[], opt: ReportOptions): Report {
  const inPeriod = (ms: number) => ms >= period.start.getTime() && ms < period.end.getTime();
  const incidents = incidentsAll.filter((i) => inPeriod(i.startedAt));
  const required = incidents.filter((i) => i.severityRank <= 2);
  const published = required.filter((i) => i.postmortem?.status === 'published');
  const withPm = incidents.filter((i) => i.postmortem !== null);
  const draftWithin48h = withPm.filter((i) => i.postmortem!.createdAt - (i.resolvedAt ?? i.startedAt) <= HOURS_48);
  const due = items.filter((a) => a.dueDate !== null && inPeriod(Date.parse(`${a.dueDate}T00:00:00Z`)) && a.status !== 'wont_do');
  const doneByDue = due.filter((a) => a.status === 'done' && a.completedAt !== null && a.completedAt < endOfDay(a.dueDate!));
  const open = items.filter((a) => a.status === 'open' || a.status === 'in_progress');
  const overdue = open.filter((a) => a.dueDate !== null && endOfDay(a.dueDate) <= opt.now);
  const group = (key: (a: ReportActionItem) => string) => {
    const out: Record<string, { due: number; doneByDue: number; completionRate: number | null; open: number; overdue: number }> = {};
    const get = (k: string) => (out[k] ??= { due: 0, doneByDue: 0, completionRate: null, open: 0, overdue: 0 });
    for (const a of due) get(key(a)).due++;
    for (const a of doneByDue) get(key(a)).doneByDue++;
    for (const a of open) get(key(a)).open++;
    for (const a of overdue) get(key(a)).overdue++;
    for (const v of Object.values(out)) v.completionRate = rate(v.doneByDue, v.due);
    return out;
  };
  const factors: Record<FactorCategory, number> = { technical: 0, process: 0, organizational: 0 };
  for (const i of incidents) for (const f of factorCategories(i.causeText)) factors[f.category]++;
  const termCounts = countBy(incidents, (i) => [...new Set(i.terms)]);
  const repeats = incidents.filter((i) => i.repeatOf !== null);
  const gaps = repeats.map((i) => (i.startedAt - i.repeatOf!.startedAt) / DAY);
  const repeatMean = round(mean(gaps));
  const completionRate = rate(published.length, required.length);
  const timeliness = rate(draftWithin48h.length, withPm.length);
  const aiRate = rate(doneByDue.length, due.length);
  return {
    kind: period.kind,
    period: { label: period.label, start: period.start.toISOString(), end: period.end.toISOString() },
    definitions: {
      period: 'an incident belongs to the period in which it started (declaration time when the start is unknown)',
      mttd: 'time to detect = start → detection, in minutes',
      mttr: 'time to resolve = detection → resolution, in minutes',
      postmortemRequired: 'SEV-1 and SEV-2 incidents (the two most severe levels of the scale)',
      draftWithin48h: 'post-mortem created within 48 h of resolution (of the start when unresolved)',
      actionItemsDue: 'action items (not won\'t do) whose due date falls in the period; done by due = completed by the end of that day',
      repeat: 'an incident similar (score ≥ threshold) to an earlier one; recurred after the fix = that earlier incident had prevent action items done before the repeat started',
    },
    incidents: {
      total: incidents.length,
      bySeverity: countBy(incidents, (i) => [i.severity]),
      byService: countBy(incidents, (i) => (i.services.length ? i.services : ['(none)'])),
      byType: countBy(incidents, (i) => [i.type]),
      byMonth: period.months.map((month) => ({ month, count: incidents.filter((i) => monthOf(i.startedAt) === month).length })),
    },
    mttdMinutes: durations(incidents, period.months, (i) => (i.detectedAt === null ? null : (i.detectedAt - i.startedAt) / MIN)),
    mttrMinutes: durations(incidents, period.months, (i) => (i.detectedAt === null || i.resolvedAt === null ? null : (i.resolvedAt - i.detectedAt) / MIN)),
    postmortems: {
      required: required.length, published: published.length, completionRate,
      written: withPm.length, draftWithin48h: draftWithin48h.length, timelinessRate: timeliness,
    },
    actionItems: {
      due: due.length, doneByDue: doneByDue.length, completionRate: aiRate, target: opt.actionItemTarget,
      open: open.length, overdue: overdue.length,
      byOwner: group((a) => a.owner ?? '(unassigned)'), byTeam: group((a) => a.team ?? '(no team)'),
    },
    contributingFactors: factors,
    topTerms: Object.entries(termCounts).filter(([, n]) => n >= 2).slice(0, 15).map(([term, count]) => ({ term, count })),
    repeats: {
      count: repeats.length,
      meanDaysBetween: repeatMean,
      list: repeats.map((i) => ({ incidentId: i.id, title: i.title, repeatOf: i.repeatOf!.incidentId, score: i.repeatOf!.score, recurredAfterFix: i.recurredAfterFix })),
      recurredAfterFix: repeats.filter((i) => i.recurredAfterFix).map((i) => i.id),
    },
    targets: [
      { metric: 'Post-mortem completion rate (SEV-1/2)', target: '100%', actual: completionRate, met: completionRate === null ? null : completionRate >= 1 },
      { metric: 'Post-mortem timeliness (draft within 48 hours)', target: '100%', actual: timeliness, met: timeliness === null ? null : timeliness >= 1 },
      { metric: 'Action item completion rate within deadline', target: `> ${Math.round(opt.actionItemTarget * 100)}%`, actual: aiRate, met: aiRate === null ? null : aiRate > opt.actionItemTarget },
      { metric: 'Mean time between repeat incidents (days)', target: `increasing (previous period: ${opt.previousRepeatMeanDays ?? 'none'})`, actual: repeatMean, met: repeatMean === null || opt.previousRepeatMeanDays === null ? null : repeatMean > opt.previousRepeatMeanDays },
    ],
    majorIncidents: required.sort((a, b) => a.severityRank - b.severityRank || a.startedAt - b.startedAt).map((i) => ({ incidentId: i.id, title: i.title, severity: i.severity, startedAt: new Date(i.startedAt).toISOString() })),
  };
}

export type { Report } from './contract.ts';
