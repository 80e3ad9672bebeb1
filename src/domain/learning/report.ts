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

export type ReportOptions = {
  actionItemTarget: number; now: number; previousRepeatMeanDays: number | null;
  /** The scale's two most severe levels, whose post-mortems are counted as required (default SEV-1, SEV-2). */
  majorSeverities?: readonly string[];
};

const MIN = 60_000; const DAY = 86_400_000; const HOURS_48 = 48 * 3_600_000;

export const rate = (n: number, d: number): number | null => (d === 0 ? null : n / d);
const mean = (xs: number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const round = (x: number | null, digits = 1): number | null => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);
const monthOf = (ms: number) => new Date(ms).toISOString().slice(0, 7);

/** Direction of a series of monthly means (least-squares slope), or null with fewer than 2 points. */
export function trend(points: (number | null)[]): 'down' | 'up' | 'flat' | null {
  const xs = points.map((y, x) => ({ x, y })).filter((p): p is { x: number; y: number } => p.y !== null);
  if (xs.length < 2) return null;
  const mx = mean(xs.map((p) => p.x))!; const my = mean(xs.map((p) => p.y))!;
  const slope = xs.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0) / xs.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  if (Math.abs(slope) < Math.max(1e-9, Math.abs(my) * 0.02)) return 'flat';
  return slope < 0 ? 'down' : 'up';
}

/** A sum and how many values it adds (a mean without the values). */
export type Tally = { sum: number; count: number };
/** Action items of one owner / team (or all): due in the period, done by their due date, open, overdue. */
export type ItemTally = { due: number; doneByDue: number; open: number; overdue: number };

/**
 * The figures behind a report, before the report's shape: what aggregate SQL computes over a
 * period (src/store/repositories/report.repository.ts) and what `figuresOf` computes from the
 * records. Counts are unsorted; durations in minutes, repeat gaps in days.
 */
export type ReportFigures = {
  severities: [string, number][]; services: [string, number][]; types: [string, number][];
  /** Per month that has incidents: how many, and the TTD / TTR tallies (values < 0 left out). */
  months: { month: string; count: number; ttd: Tally; ttr: Tally }[];
  ttd: Tally; ttr: Tally;
  postmortems: { required: number; published: number; written: number; draftWithin48h: number };
  actionItems: ItemTally & { byOwner: [string, ItemTally][]; byTeam: [string, ItemTally][] };
  factors: Record<FactorCategory, number>;
  /** Failure terms with the number of incidents that have each. */
  terms: [string, number][];
  /** The repeats, in incident order. */
  repeats: { incidentId: string; title: string; repeatOf: string; score: number; recurredAfterFix: boolean }[];
  repeatGapDays: Tally;
  /** SEV-1/2 incidents (required post-mortems), in incident order. */
  major: { incidentId: string; title: string; severity: string; severityRank: number; startedAt: number }[];
};

const sortCounts = (entries: Iterable<[string, number]>): Record<string, number> =>
  Object.fromEntries([...entries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
const tallyOf = (xs: number[]): Tally => ({ sum: xs.reduce((a, b) => a + b, 0), count: xs.length });
const meanOf = (t: Tally): number | null => (t.count === 0 ? null : t.sum / t.count);

function durations(months: string[], all: Tally, per: Map<string, Tally>) {
  const byMonth = months.map((month) => {
    const t = per.get(month) ?? { sum: 0, count: 0 };
    return { month, mean: round(meanOf(t)), count: t.count };
  });
  return { mean: round(meanOf(all)), count: all.count, byMonth, trend: trend(byMonth.map((m) => m.mean)) };
}

/** The end of a due date's day (UTC), epoch ms. */
const endOfDay = (d: string) => Date.parse(`${d}T00:00:00Z`) + DAY;

/** The figures of a period from its records (the incidents may include others: only those that started in the period count). */
export function figuresOf(period: Period, incidentsAll: ReportIncident[], items: ReportActionItem[], now: number): ReportFigures {
  const inPeriod = (ms: number) => ms >= period.start.getTime() && ms < period.end.getTime();
  const incidents = incidentsAll.filter((i) => inPeriod(i.startedAt));
  const required = incidents.filter((i) => i.severityRank <= 2);
  const published = required.filter((i) => i.postmortem?.status === 'published');
  const withPm = incidents.filter((i) => i.postmortem !== null);
  const draftWithin48h = withPm.filter((i) => i.postmortem!.createdAt - (i.resolvedAt ?? i.startedAt) <= HOURS_48);
  const due = items.filter((a) => a.dueDate !== null && inPeriod(Date.parse(`${a.dueDate}T00:00:00Z`)) && a.status !== 'wont_do');
  const doneByDue = due.filter((a) => a.status === 'done' && a.completedAt !== null && a.completedAt < endOfDay(a.dueDate!));
  const open = items.filter((a) => a.status === 'open' || a.status === 'in_progress');
  const overdue = open.filter((a) => a.dueDate !== null && endOfDay(a.dueDate) <= now);
  const group = (key: (a: ReportActionItem) => string): [string, ItemTally][] => {
    const out = new Map<string, ItemTally>();
    const get = (k: string) => { let v = out.get(k); if (!v) { v = { due: 0, doneByDue: 0, open: 0, overdue: 0 }; out.set(k, v); } return v; };
    for (const a of due) get(key(a)).due++;
    for (const a of doneByDue) get(key(a)).doneByDue++;
    for (const a of open) get(key(a)).open++;
    for (const a of overdue) get(key(a)).overdue++;
    return [...out];
  };
  const count = <T>(xs: T[], key: (x: T) => string[]): [string, number][] => {
    const out = new Map<string, number>();
    for (const x of xs) for (const k of key(x)) out.set(k, (out.get(k) ?? 0) + 1);
    return [...out];
  };
  const factors: Record<FactorCategory, number> = { technical: 0, process: 0, organizational: 0 };
  for (const i of incidents) for (const f of factorCategories(i.causeText)) factors[f.category]++;
  const ttdOf = (i: ReportIncident) => (i.detectedAt === null ? null : (i.detectedAt - i.startedAt) / MIN);
  const ttrOf = (i: ReportIncident) => (i.detectedAt === null || i.resolvedAt === null ? null : (i.resolvedAt - i.detectedAt) / MIN);
  const valid = (v: number | null): v is number => v !== null && v >= 0;
  const months = new Map<string, ReportIncident[]>();
  for (const i of incidents) { const m = monthOf(i.startedAt); const l = months.get(m); if (l) l.push(i); else months.set(m, [i]); }
  const repeats = incidents.filter((i) => i.repeatOf !== null);
  return {
    severities: count(incidents, (i) => [i.severity]),
    services: count(incidents, (i) => (i.services.length ? i.services : ['(none)'])),
    types: count(incidents, (i) => [i.type]),
    months: [...months].map(([month, xs]) => ({ month, count: xs.length, ttd: tallyOf(xs.map(ttdOf).filter(valid)), ttr: tallyOf(xs.map(ttrOf).filter(valid)) })),
    ttd: tallyOf(incidents.map(ttdOf).filter(valid)), ttr: tallyOf(incidents.map(ttrOf).filter(valid)),
    postmortems: { required: required.length, published: published.length, written: withPm.length, draftWithin48h: draftWithin48h.length },
    actionItems: {
      due: due.length, doneByDue: doneByDue.length, open: open.length, overdue: overdue.length,
      byOwner: group((a) => a.owner ?? '(unassigned)'), byTeam: group((a) => a.team ?? '(no team)'),
    },
    factors,
    terms: count(incidents, (i) => [...new Set(i.terms)]),
    repeats: repeats.map((i) => ({ incidentId: i.id, title: i.title, repeatOf: i.repeatOf!.incidentId, score: i.repeatOf!.score, recurredAfterFix: i.recurredAfterFix })),
    repeatGapDays: tallyOf(repeats.map((i) => (i.startedAt - i.repeatOf!.startedAt) / DAY)),
    major: required.map((i) => ({ incidentId: i.id, title: i.title, severity: i.severity, severityRank: i.severityRank, startedAt: i.startedAt })),
  };
}

/** The report of a period from its records. */
export function buildReport(period: Period, incidents: ReportIncident[], items: ReportActionItem[], opt: ReportOptions): Report {
  return reportFromFigures(period, figuresOf(period, incidents, items, opt.now), opt);
}

/** The report of a period from its figures (counts sorted, means rounded, rates, trends and targets). */
export function reportFromFigures(period: Period, f: ReportFigures, opt: ReportOptions): Report {
  const major = opt.majorSeverities ?? ['SEV-1', 'SEV-2'];
  const groups = (g: [string, ItemTally][]) => Object.fromEntries([...g].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => [k, { due: v.due, doneByDue: v.doneByDue, completionRate: rate(v.doneByDue, v.due), open: v.open, overdue: v.overdue }]));
  const perMonth = new Map(f.months.map((m) => [m.month, m]));
  const total = f.months.reduce((a, m) => a + m.count, 0);
  const repeatMean = round(meanOf(f.repeatGapDays));
  const completionRate = rate(f.postmortems.published, f.postmortems.required);
  const timeliness = rate(f.postmortems.draftWithin48h, f.postmortems.written);
  const aiRate = rate(f.actionItems.doneByDue, f.actionItems.due);
  const tallies = (pick: (m: ReportFigures['months'][number]) => Tally) => new Map(f.months.map((m) => [m.month, pick(m)]));
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
      total,
      bySeverity: sortCounts(f.severities),
      byService: sortCounts(f.services),
      byType: sortCounts(f.types),
      byMonth: period.months.map((month) => ({ month, count: perMonth.get(month)?.count ?? 0 })),
    },
    mttdMinutes: durations(period.months, f.ttd, tallies((m) => m.ttd)),
    mttrMinutes: durations(period.months, f.ttr, tallies((m) => m.ttr)),
    postmortems: {
      required: f.postmortems.required, published: f.postmortems.published, completionRate, severities: [...major],
      written: f.postmortems.written, draftWithin48h: f.postmortems.draftWithin48h, timelinessRate: timeliness,
    },
    actionItems: {
      due: f.actionItems.due, doneByDue: f.actionItems.doneByDue, completionRate: aiRate, target: opt.actionItemTarget,
      open: f.actionItems.open, overdue: f.actionItems.overdue,
      byOwner: groups(f.actionItems.byOwner), byTeam: groups(f.actionItems.byTeam),
    },
    contributingFactors: { technical: f.factors.technical, process: f.factors.process, organizational: f.factors.organizational },
    topTerms: Object.entries(sortCounts(f.terms)).filter(([, n]) => n >= 2).slice(0, 15).map(([term, count]) => ({ term, count })),
    repeats: {
      count: f.repeats.length,
      meanDaysBetween: repeatMean,
      list: f.repeats.map((i) => ({ incidentId: i.incidentId, title: i.title, repeatOf: i.repeatOf, score: i.score, recurredAfterFix: i.recurredAfterFix })),
      recurredAfterFix: f.repeats.filter((i) => i.recurredAfterFix).map((i) => i.incidentId),
    },
    targets: [
      { metric: `Post-mortem completion rate (${major.join('/')})`, target: '100%', actual: completionRate, met: completionRate === null ? null : completionRate >= 1 },
      { metric: 'Post-mortem timeliness (draft within 48 hours)', target: '100%', actual: timeliness, met: timeliness === null ? null : timeliness >= 1 },
      { metric: 'Action item completion rate within deadline', target: `> ${Math.round(opt.actionItemTarget * 100)}%`, actual: aiRate, met: aiRate === null ? null : aiRate > opt.actionItemTarget },
      { metric: 'Mean time between repeat incidents (days)', target: `increasing (previous period: ${opt.previousRepeatMeanDays ?? 'none'})`, actual: repeatMean, met: repeatMean === null || opt.previousRepeatMeanDays === null ? null : repeatMean > opt.previousRepeatMeanDays },
    ],
    majorIncidents: [...f.major].sort((a, b) => a.severityRank - b.severityRank || a.startedAt - b.startedAt).map((i) => ({ incidentId: i.incidentId, title: i.title, severity: i.severity, startedAt: new Date(i.startedAt).toISOString() })),
  };
}

export type { Report } from './contract.ts';
