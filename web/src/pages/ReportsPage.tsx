/**
 * Reports: the monthly / quarterly / annual review of seed 000 with charts, the definitions
 * behind every number, the "Metrics and Goals" targets, repeats, and the exports.
 */
import { useState } from 'react';
import type { Report } from '../../../src/domain/learning/contract.ts';
import { nextPeriod, parsePeriod, periodOf, previousPeriod, REPORT_KINDS, type ReportKind } from '../../../src/domain/learning/period.ts';
import { query } from '../api.ts';
import { Link } from '../components/Link.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { ReportChart } from '../components/ReportChart.tsx';
import { useApi } from '../lib/useApi.ts';
import { navigate, useLocation } from '../router.ts';

const pct = (r: number | null): string => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);
const num = (n: number | null, unit = ''): string => (n === null ? '—' : `${n}${unit}`);
const entries = (r: Record<string, number>, max = 12): [string, number][] => Object.entries(r).slice(0, max);
const TREND: Record<string, string> = { down: 'falling', up: 'rising', flat: 'flat' };
const DEFINED: Record<string, string> = {
  period: 'Period', mttd: 'Mean time to detect', mttr: 'Mean time to resolve', postmortemRequired: 'Post-mortem required',
  draftWithin48h: 'Drafted within 48 hours', actionItemsDue: 'Action items due', repeat: 'Repeat',
};

function validPeriod(kind: ReportKind, text: string): string | null {
  try { return parsePeriod(kind, text).label; } catch { return null; }
}

export function ReportsPage() {
  const { search } = useLocation();
  const kind: ReportKind = (REPORT_KINDS as readonly string[]).includes(search.get('kind') ?? '') ? (search.get('kind') as ReportKind) : 'quarterly';
  const period = validPeriod(kind, search.get('period') ?? '') ?? periodOf(kind, new Date()).label;
  const [typed, setTyped] = useState(period);
  const go = (k: ReportKind, p: string): void => { setTyped(p); navigate(`/reports${query({ kind: k, period: p })}`, true); };
  const load = useApi<Report>(`/api/v1/reports/${kind}${query({ period })}`);
  const href = (format: string): string => `/api/v1/reports/${kind}${query({ period, format })}`;
  const typedOk = validPeriod(kind, typed);

  return (
    <section className="reports">
      <div className="page-head"><h1>Reports</h1></div>
      <form className="filters" onSubmit={(e) => { e.preventDefault(); if (typedOk) go(kind, typedOk); }}>
        <label>Review
          <select value={kind} onChange={(e) => { const k = e.target.value as ReportKind; go(k, periodOf(k, parsePeriod(kind, period).start).label); }}>
            <option value="monthly">Monthly</option><option value="quarterly">Quarterly</option><option value="annual">Annual</option>
          </select>
        </label>
        <button type="button" onClick={() => go(kind, previousPeriod(parsePeriod(kind, period)).label)} aria-label="Previous period">←</button>
        <label>Period<input value={typed} onChange={(e) => setTyped(e.target.value)} aria-invalid={typedOk ? undefined : true}
          placeholder={kind === 'monthly' ? '2026-05' : kind === 'quarterly' ? '2026-Q2' : '2026'} /></label>
        <button type="submit" disabled={!typedOk}>Show</button>
        <button type="button" onClick={() => go(kind, nextPeriod(parsePeriod(kind, period)).label)} aria-label="Next period">→</button>
        {!typedOk && <p className="field-error" role="alert">Write the period as {kind === 'monthly' ? 'YYYY-MM (2026-05)' : kind === 'quarterly' ? 'YYYY-Qn (2026-Q2)' : 'YYYY (2026)'}.</p>}
        <span className="grow" />
        <a className="button" href={href('md')} download>Markdown</a>
        <a className="button" href={href('csv')} download>CSV</a>
        <a className="button" href={href('pdf')} download>PDF</a>
      </form>
      <Loadable load={load} what="the report">
        {(r) => <ReportView report={r} />}
      </Loadable>
    </section>
  );
}

function ReportView({ report: r }: { report: Report }) {
  if (r.incidents.total === 0 && r.actionItems.due === 0) {
    return <p className="empty">No incident started in {r.period.label} and no action item was due. Import past incidents (<code>debrief import history</code> or a folder of post-mortems) to see trends from day one.</p>;
  }
  const months = r.mttrMinutes.byMonth.map((m) => m.month);
  const teams = Object.entries(r.actionItems.byTeam);
  return (
    <>
      <dl className="tiles">
        <div><dt>Incidents</dt><dd>{r.incidents.total}</dd></div>
        <div><dt>Mean time to detect</dt><dd>{num(r.mttdMinutes.mean, ' min')}</dd></div>
        <div><dt>Mean time to resolve</dt><dd>{num(r.mttrMinutes.mean, ' min')}{r.mttrMinutes.trend && <small> ({TREND[r.mttrMinutes.trend]})</small>}</dd></div>
        <div><dt>Post-mortems done ({r.postmortems.severities.join('/')})</dt><dd>{pct(r.postmortems.completionRate)}</dd></div>
        <div><dt>Action items done by due date</dt><dd>{pct(r.actionItems.completionRate)}</dd></div>
        <div><dt>Repeats</dt><dd>{r.repeats.count}</dd></div>
      </dl>

      <h2>Metrics and goals</h2>
      <div className="table-wrap">
        <table>
          <thead><tr><th scope="col">Metric</th><th scope="col">Target</th><th scope="col">Actual</th><th scope="col">Met</th></tr></thead>
          <tbody>{r.targets.map((t) => (
            <tr key={t.metric}><th scope="row">{t.metric}</th><td>{t.target}</td>
              <td>{t.actual === null ? '—' : t.metric.includes('days') ? `${t.actual} days` : pct(t.actual)}</td>
              <td>{t.met === null ? 'not enough data' : t.met ? '✓ met' : '✗ not met'}</td></tr>
          ))}</tbody>
        </table>
      </div>

      <h2>Incidents</h2>
      <div className="chart-grid">
        <ReportChart title="Incidents per month" type="bar" labels={r.incidents.byMonth.map((m) => m.month)} series={[{ label: 'incidents', data: r.incidents.byMonth.map((m) => m.count) }]} />
        <ReportChart title="By severity" type="bar" labels={entries(r.incidents.bySeverity).map(([k]) => k)} series={[{ label: 'incidents', data: entries(r.incidents.bySeverity).map(([, v]) => v) }]} />
        <ReportChart title="By service (top 12)" type="bar" horizontal labels={entries(r.incidents.byService).map(([k]) => k)} series={[{ label: 'incidents', data: entries(r.incidents.byService).map(([, v]) => v) }]} />
        <ReportChart title="By type" type="bar" horizontal labels={entries(r.incidents.byType).map(([k]) => k.replace('_', ' '))} series={[{ label: 'incidents', data: entries(r.incidents.byType).map(([, v]) => v) }]} />
        <ReportChart title="Mean time to detect and to resolve, per month" type="line" unit="minutes" labels={months}
          series={[{ label: 'MTTD', data: r.mttdMinutes.byMonth.map((m) => m.mean) }, { label: 'MTTR', data: r.mttrMinutes.byMonth.map((m) => m.mean) }]} />
        <ReportChart title="Contributing factors by category" type="bar" labels={['technical', 'process', 'organizational']}
          series={[{ label: 'incidents', data: [r.contributingFactors.technical, r.contributingFactors.process, r.contributingFactors.organizational] }]} />
      </div>

      <h2>Post-mortems</h2>
      <p>{r.postmortems.required} required ({r.postmortems.severities.join('/')}), {r.postmortems.published} published ({pct(r.postmortems.completionRate)}); {r.postmortems.written} written,
        {' '}{r.postmortems.draftWithin48h} drafted within 48 hours of resolution ({pct(r.postmortems.timelinessRate)}).</p>

      <h2>Action items</h2>
      <p>{r.actionItems.due} due in the period, {r.actionItems.doneByDue} done by their due date ({pct(r.actionItems.completionRate)}, target above {Math.round(r.actionItems.target * 100)}%); {r.actionItems.open} open, {r.actionItems.overdue} overdue.</p>
      {teams.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">Team</th><th scope="col">Due</th><th scope="col">Done by due</th><th scope="col">Rate</th><th scope="col">Open</th><th scope="col">Overdue</th></tr></thead>
            <tbody>{teams.map(([team, g]) => <tr key={team}><th scope="row">{team}</th><td>{g.due}</td><td>{g.doneByDue}</td><td>{pct(g.completionRate)}</td><td>{g.open}</td><td>{g.overdue}</td></tr>)}</tbody>
          </table>
        </div>
      )}

      <h2>Patterns and repeats</h2>
      {r.topTerms.length > 0 && <p>Recurring failure terms: {r.topTerms.map((t) => `${t.term} (${t.count})`).join(', ')}.</p>}
      <p>{r.repeats.count} repeat(s){r.repeats.meanDaysBetween !== null ? `, ${r.repeats.meanDaysBetween} days on average after the incident they repeat` : ''}; {r.repeats.recurredAfterFix.length} recurred after the fix shipped.</p>
      {r.repeats.list.length > 0 && (
        <ul>{r.repeats.list.slice(0, 50).map((x) => (
          <li key={x.incidentId}><Link to={`/incidents/${x.incidentId}`}>{x.incidentId}</Link> {x.title} — repeats <Link to={`/incidents/${x.repeatOf}`}>{x.repeatOf}</Link> (score {x.score.toFixed(2)}){x.recurredAfterFix && <strong> · recurred after the fix</strong>}</li>
        ))}</ul>
      )}

      {r.kind === 'annual' && (
        <>
          <h2>Major incidents</h2>
          {r.majorIncidents.length === 0 ? <p className="empty">No SEV-1 or SEV-2 incident this year.</p> : (
            <ul>{r.majorIncidents.map((m) => <li key={m.incidentId}><Link to={`/incidents/${m.incidentId}`}>{m.incidentId}</Link> {m.severity} {m.title} ({m.startedAt.slice(0, 10)})</li>)}</ul>
          )}
          <AnnualDraft period={r.period.label} />
        </>
      )}

      <details className="definitions">
        <summary>How each number is counted</summary>
        <dl>{Object.entries(r.definitions).map(([k, v]) => <div key={k}><dt>{DEFINED[k] ?? k}</dt><dd>{v}</dd></div>)}</dl>
      </details>
    </>
  );
}

/** The year-end summary as editable Markdown (seed 000's annual review): edit here, then copy or download. */
function AnnualDraft({ period }: { period: string }) {
  const load = useApi<string>(`/api/v1/reports/annual${query({ period, format: 'md' })}`);
  const [text, setText] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby="annual-h">
      <h2 id="annual-h">Year-end summary draft</h2>
      <p className="muted">Major incidents, lessons and the improvements done are filled in; the goals for next year are left for you to write.</p>
      <Loadable load={load} what="the year-end draft">
        {(md) => (
          <>
            <textarea aria-label="Year-end summary (Markdown)" rows={16} value={text ?? md} onChange={(e) => setText(e.target.value)} />
            <p>
              <button type="button" onClick={() => void navigator.clipboard?.writeText(text ?? md)}>Copy</button>{' '}
              <a className="button" download={`debrief-annual-${period}.md`} href={`data:text/markdown;charset=utf-8,${encodeURIComponent(text ?? md)}`}>Download .md</a>
            </p>
          </>
        )}
      </Loadable>
    </section>
  );
}
