import { describe, expect, it } from 'vitest';
import { parseKind, parsePeriod, previousPeriod } from './period.ts';
import { buildReport, trend, type ReportActionItem, type ReportIncident } from './report.ts';
import { reportCsv, reportMarkdown } from './report-export.ts';

const T = (s: string) => Date.parse(s);
const inc = (id: string, over: Partial<ReportIncident>): ReportIncident => ({
  id, title: `Incident ${id}`, severity: 'SEV-3', severityRank: 3, type: 'other', services: ['api'],
  startedAt: T('2026-05-10T10:00:00Z'), detectedAt: null, resolvedAt: null, postmortem: null, causeText: '', terms: [],
  repeatOf: null, recurredAfterFix: false, ...over,
});
const item = (key: string, over: Partial<ReportActionItem>): ReportActionItem => ({
  postmortemId: 'A', key, title: key, category: 'prevent', owner: 'ann', team: null, dueDate: null, status: 'open', completedAt: null, ...over,
});
const opts = { actionItemTarget: 0.9, now: T('2026-07-01T00:00:00Z'), previousRepeatMeanDays: null };

describe('report periods', () => {
  it('parses months, quarters and years into UTC half-open ranges', () => {
    expect(parsePeriod('monthly', '2026-05')).toMatchObject({ start: new Date('2026-05-01T00:00:00Z'), end: new Date('2026-06-01T00:00:00Z'), months: ['2026-05'] });
    expect(parsePeriod('quarterly', '2026-Q4')).toMatchObject({ start: new Date('2026-10-01T00:00:00Z'), end: new Date('2027-01-01T00:00:00Z'), months: ['2026-10', '2026-11', '2026-12'] });
    expect(parsePeriod('annual', '2026').months).toHaveLength(12);
    expect(previousPeriod(parsePeriod('quarterly', '2026-Q1')).label).toBe('2025-Q4');
  });
  it('names the accepted forms for a bad period or kind', () => {
    expect(() => parsePeriod('monthly', '2026-13')).toThrow(/YYYY-MM/);
    expect(() => parsePeriod('quarterly', '2026-05')).toThrow(/YYYY-Qn/);
    expect(() => parseKind('weekly')).toThrow(/monthly, quarterly or annual/);
  });
});

describe('report maths on a hand-made month', () => {
  const period = parsePeriod('monthly', '2026-05');
  const incidents = [
    // a: started 10:00, detected 10:10 (TTD 10), resolved 11:10 (TTR 60); SEV-1 with a published post-mortem drafted 24 h after.
    inc('a', { severity: 'SEV-1', severityRank: 1, startedAt: T('2026-05-02T10:00:00Z'), detectedAt: T('2026-05-02T10:10:00Z'), resolvedAt: T('2026-05-02T11:10:00Z'),
      postmortem: { status: 'published', createdAt: T('2026-05-03T11:10:00Z'), publishedAt: T('2026-05-05T00:00:00Z') }, causeText: 'certificate expired, runbook out of date' }),
    // b: TTD 30, TTR 120; SEV-2, post-mortem still a draft, drafted 72 h after resolution.
    inc('b', { severity: 'SEV-2', severityRank: 2, services: ['api', 'db'], startedAt: T('2026-05-20T00:00:00Z'), detectedAt: T('2026-05-20T00:30:00Z'), resolvedAt: T('2026-05-20T02:30:00Z'),
      postmortem: { status: 'draft', createdAt: T('2026-05-23T02:30:00Z'), publishedAt: null }, causeText: 'team ownership unclear',
      repeatOf: { incidentId: 'a', startedAt: T('2026-05-02T10:00:00Z'), score: 0.6 }, recurredAfterFix: true }),
    // c: no detection time: counts in totals, not in MTTD/MTTR.
    inc('c', { type: 'deployment', startedAt: T('2026-05-31T23:59:00Z') }),
    // d: started in April (declared in May would not matter): not in the period.
    inc('d', { startedAt: T('2026-04-30T23:59:00Z'), detectedAt: T('2026-05-01T00:10:00Z') }),
  ];
  const items = [
    item('A1', { dueDate: '2026-05-10', status: 'done', completedAt: T('2026-05-10T23:00:00Z') }), // done by the end of the due day
    item('A2', { dueDate: '2026-05-15', status: 'done', completedAt: T('2026-05-16T00:00:01Z') }), // done late
    item('A3', { dueDate: '2026-05-20', status: 'open', owner: 'bob' }), // open, overdue at 2026-07-01
    item('A4', { dueDate: '2026-05-21', status: 'wont_do' }), // not counted as due
    item('A5', { dueDate: '2026-06-01', status: 'open' }), // due next month, open and overdue
  ];
  const r = buildReport(period, incidents, items, opts);

  it('counts the incidents that started in the period by severity, service and type', () => {
    expect(r.incidents.total).toBe(3);
    expect(r.incidents.bySeverity).toEqual({ 'SEV-3': 1, 'SEV-1': 1, 'SEV-2': 1 });
    expect(r.incidents.byService).toEqual({ api: 3, db: 1 });
    expect(r.incidents.byType).toEqual({ other: 2, deployment: 1 });
  });
  it('computes MTTD (start → detection) and MTTR (detection → resolution) over incidents that have the times', () => {
    expect(r.mttdMinutes.mean).toBe(20); // (10 + 30) / 2
    expect(r.mttrMinutes.mean).toBe(90); // (60 + 120) / 2
    expect(r.mttrMinutes.byMonth).toEqual([{ month: '2026-05', mean: 90, count: 2 }]);
  });
  it('computes post-mortem completion for SEV-1/2 and drafts within 48 h', () => {
    expect(r.postmortems).toMatchObject({ required: 2, published: 1, completionRate: 0.5, written: 2, draftWithin48h: 1, timelinessRate: 0.5 });
  });
  it('counts action items due in the period and done by their due date', () => {
    expect(r.actionItems).toMatchObject({ due: 3, doneByDue: 1, open: 2, overdue: 2 });
    expect(r.actionItems.completionRate).toBeCloseTo(1 / 3);
    expect(r.actionItems.byOwner['bob']).toMatchObject({ due: 1, doneByDue: 0, open: 1, overdue: 1 });
  });
  it('reports repeats, the mean days between them, and those that recurred after the fix', () => {
    expect(r.repeats.count).toBe(1);
    expect(r.repeats.meanDaysBetween).toBe(17.6); // 2026-05-02T10:00 → 2026-05-20T00:00 = 17.583 days
    expect(r.repeats.recurredAfterFix).toEqual(['b']);
  });
  it('names the team\'s own two most severe levels where post-mortems are counted as required', () => {
    expect(r.postmortems.severities).toEqual(['SEV-1', 'SEV-2']);
    const theirs = buildReport(period, incidents, items, { ...opts, majorSeverities: ['P1', 'P2'] });
    expect(theirs.postmortems.severities).toEqual(['P1', 'P2']);
    expect(theirs.targets[0]?.metric).toBe('Post-mortem completion rate (P1/P2)');
    expect(reportMarkdown(theirs, [])).toContain('Required (P1/P2): 2;');
  });
  it('states each target with its actual value and whether it was met', () => {
    expect(r.targets.map((t) => [t.actual === null ? null : Math.round(t.actual * 1000) / 1000, t.met])).toEqual([[0.5, false], [0.5, false], [0.333, false], [17.6, null]]);
  });
  it('puts contributing factors in categories', () => {
    expect(r.contributingFactors).toEqual({ technical: 1, process: 1, organizational: 1 });
  });
  it('writes Markdown and CSV with a row per record', () => {
    const md = reportMarkdown(r, []);
    expect(md).toContain('# Monthly post-mortem review 2026-05');
    expect(md).toContain('| Post-mortem completion rate (SEV-1/SEV-2) | 100% | 50% | no |');
    const csv = reportCsv(incidents.slice(0, 3), items);
    expect(csv.trim().split('\r\n')).toHaveLength(1 + 3 + 5);
  });
});

describe('report over an empty period', () => {
  it('is all zeros with rates null, never NaN', () => {
    const r = buildReport(parsePeriod('quarterly', '2030-Q1'), [], [], opts);
    expect(r.incidents.total).toBe(0);
    expect(r.mttrMinutes.mean).toBeNull();
    expect(r.postmortems.completionRate).toBeNull();
    expect(r.actionItems.completionRate).toBeNull();
    expect(r.targets.every((t) => t.actual === null && t.met === null)).toBe(true);
    expect(JSON.stringify(r)).not.toContain('NaN');
    const annual = reportMarkdown(buildReport(parsePeriod('annual', '2030'), [], [], opts), []);
    expect(annual).toContain('## Goals for next year');
  });
});

describe('trend of monthly means', () => {
  it('reads the direction of the least-squares slope', () => {
    expect(trend([90, 60, 30])).toBe('down');
    expect(trend([30, null, 90])).toBe('up');
    expect(trend([50, 50])).toBe('flat');
    expect(trend([50, null])).toBeNull();
  });
});
