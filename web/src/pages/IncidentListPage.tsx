import { useState } from 'react';
import { query } from '../api.ts';
import { Badge } from '../components/Badge.tsx';
import { Link } from '../components/Link.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { Notice } from '../components/Notice.tsx';
import { formatTime, fromLocalInput, relative } from '../lib/format.ts';
import { useDebounced } from '../lib/useDebounced.ts';
import { useApiPages } from '../lib/useApiPages.ts';
import { can, useUser } from '../session.ts';
import { INCIDENT_STATUSES } from '../../../src/domain/incident/incident-status.ts';
import { severityChoices, typeChoices, type Choice } from '../lib/policy-choices.ts';
import { usePolicy } from '../lib/usePolicy.ts';
import type { CompactVerdict, IncidentListItem as Item } from '../../../src/domain/incident/incident-list.view.ts';


/** The post-mortem column: the verdict and, when a post-mortem is expected, its next deadline. */
function PostmortemCell({ verdict }: { verdict: CompactVerdict }) {
  const next = verdict.level === 'required' || verdict.level === 'recommended' ? verdict.nextDeadline : null;
  return (
    <>
      <Badge kind={verdict.level}>{verdict.level.replace('_', ' ')}</Badge>
      {next && (
        <><br /><small className={next.overdue ? 'overdue' : 'muted'} title={formatTime(next.at)}>
          {next.label}: {next.overdue ? <strong>{relative(next.at).replace(' ago', '')} late</strong> : relative(next.at)}
        </small></>
      )}
    </>
  );
}

/** Incidents, newest first, with filters, a search box and "load more". */
export function IncidentListPage() {
  const user = useUser();
  const [filters, setFilters] = useState({ status: '', severity: '', type: '', service: '' });
  const [q, setQ] = useState('');
  const search = useDebounced(q, 300);
  // The time range, as typed in local time; sent as UTC ISO times (incidents active in the range).
  const [range, setRange] = useState({ from: '', to: '' });
  const rangeError = range.from && range.to && range.from > range.to ? '"From" is after "To": no incident can match.' : null;
  const params = { ...filters, q: search.trim(), from: fromLocalInput(range.from), to: fromLocalInput(range.to), limit: 50 };
  // Every page loaded so far is one cached query: a change refetches them all (load more is kept).
  const list = useApiPages<Item>(`/api/v1/incidents${query(params)}`);

  // Severities and types from the team's policy (its own scale shows here too).
  const policy = usePolicy();
  const select = (name: keyof typeof filters, label: string, options: readonly Choice[]) => (
    <label>{label}
      <select value={filters[name]} onChange={(e) => setFilters({ ...filters, [name]: e.target.value })}>
        <option value="">any</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );

  return (
    <section>
      <div className="page-head">
        <h1>Incidents</h1>
        {can(user, 'responder') && <Link to="/incidents/new" className="button primary">Declare an incident</Link>}
      </div>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="grow">Search<input type="search" placeholder="title, summary, id…" value={q} onChange={(e) => setQ(e.target.value)} /></label>
        {select('status', 'Status', INCIDENT_STATUSES.map((s) => ({ value: s, label: s })))}
        {select('severity', 'Severity', severityChoices(policy))}
        {select('type', 'Type', typeChoices(policy))}
        <label>Service<input value={filters.service} onChange={(e) => setFilters({ ...filters, service: e.target.value })} /></label>
        <fieldset className="range">
          <legend>Active between</legend>
          <label>From<input type="datetime-local" name="from" value={range.from} max={range.to || undefined} aria-invalid={rangeError ? true : undefined}
            onChange={(e) => setRange({ ...range, from: e.target.value })} /></label>
          <label>To<input type="datetime-local" name="to" value={range.to} min={range.from || undefined} aria-invalid={rangeError ? true : undefined}
            onChange={(e) => setRange({ ...range, to: e.target.value })} /></label>
          {(range.from || range.to) && <button type="button" className="small" onClick={() => setRange({ from: '', to: '' })}>Clear dates</button>}
        </fieldset>
        {rangeError && <p className="field-error" role="alert">{rangeError}</p>}
      </form>
      <Loadable load={list} what="incidents">
        {(page) => page.items.length === 0 ? (
          Object.values(params).some((v) => v !== '' && v !== null && v !== 50)
            ? <p className="empty">No incidents match these filters.</p>
            : <div className="empty"><p>No incidents yet.</p>{can(user, 'responder') ? <p><Link to="/incidents/new">Declare the first incident</Link>, or import past ones from <Link to="/">My work</Link>.</p> : <p>When a responder declares one it shows here.</p>}</div>
        ) : (
          <>
            <div className="table-wrap">
              <table className="incidents cards">
                <caption className="sr-only">Incidents, newest first</caption>
                <thead><tr><th scope="col">Incident</th><th scope="col">Severity</th><th scope="col">Status</th><th scope="col">Services</th><th scope="col">Declared</th><th scope="col">Post-mortem</th></tr></thead>
                <tbody>
                  {page.items.map((i) => (
                    <tr key={i.id}>
                      <td><Link to={`/incidents/${i.id}`}>{i.title}</Link><br /><small className="muted">{i.id}</small></td>
                      <td data-label="Severity"><Badge kind={i.severity}>{i.severity}</Badge></td>
                      <td data-label="Status"><Badge kind={i.status}>{i.status}</Badge></td>
                      <td data-label="Services">{i.services.join(', ') || '—'}</td>
                      <td data-label="Declared">{formatTime(i.declaredAt)}</td>
                      <td data-label="Post-mortem"><PostmortemCell verdict={i.verdict} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {list.hasMore && <button type="button" disabled={list.loadingMore} onClick={list.loadMore}>{list.loadingMore ? 'Loading…' : 'Load more'}</button>}
            <Notice error={list.moreError} />
          </>
        )}
      </Loadable>
    </section>
  );
}
