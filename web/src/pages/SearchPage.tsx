/** Full search results with filters: severity, service, type, status and the date range the incident started in. */
import { useState } from 'react';
import type { SearchResponse } from '../../../src/domain/learning/contract.ts';
import { query } from '../api.ts';
import { Link } from '../components/Link.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { Snippet } from '../components/Snippet.tsx';
import { useDebounced } from '../lib/useDebounced.ts';
import { useApi } from '../lib/useApi.ts';
import { usePolicy } from '../lib/usePolicy.ts';
import { navigate, useLocation } from '../router.ts';
import { INCIDENT_STATUSES, INCIDENT_TYPES } from '../contract.ts';

const PLACES: Record<string, string> = { title: 'title', summary: 'summary and cause', postmortem: 'post-mortem', actionItems: 'action items', timeline: 'timeline' };

export function SearchPage() {
  const { search } = useLocation();
  const policy = usePolicy();
  const [text, setText] = useState(search.get('q') ?? '');
  const [f, setF] = useState({ severity: search.get('severity') ?? '', service: search.get('service') ?? '', type: search.get('type') ?? '', status: search.get('status') ?? '', from: search.get('from') ?? '', to: search.get('to') ?? '' });
  const q = useDebounced(text.trim(), 300);
  const params = { q, ...f, limit: 50 };
  const results = useApi<SearchResponse>(q ? `/api/v1/search${query(params)}` : null);
  const set = (next: typeof f, nextText = text): void => {
    setF(next);
    history.replaceState(null, '', `/search${query({ q: nextText.trim(), ...next })}`);
  };
  const select = (name: 'severity' | 'type' | 'status', label: string, options: readonly string[]) => (
    <label>{label}
      <select value={f[name]} onChange={(e) => set({ ...f, [name]: e.target.value })}>
        <option value="">any</option>
        {options.map((o) => <option key={o} value={o}>{o.replace('_', ' ')}</option>)}
      </select>
    </label>
  );
  return (
    <section>
      <h1>Search</h1>
      <form className="filters" role="search" onSubmit={(e) => { e.preventDefault(); navigate(`/search${query({ q: text.trim(), ...f })}`, true); }}>
        <label className="grow">Words<input type="search" value={text} autoFocus placeholder="certificate expired, replication lag…"
          onChange={(e) => { setText(e.target.value); history.replaceState(null, '', `/search${query({ q: e.target.value.trim(), ...f })}`); }} /></label>
        {select('severity', 'Severity', policy?.severity.levels.map((l) => l.id) ?? ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4'])}
        {select('type', 'Type', INCIDENT_TYPES)}
        {select('status', 'Status', INCIDENT_STATUSES)}
        <label>Service<input value={f.service} onChange={(e) => set({ ...f, service: e.target.value })} /></label>
        <label>Started from<input type="date" value={f.from} onChange={(e) => set({ ...f, from: e.target.value })} /></label>
        <label>until<input type="date" value={f.to} onChange={(e) => set({ ...f, to: e.target.value })} /></label>
      </form>
      {!q ? <p className="empty">Type a few words: a failure ("certificate expired"), a service, an alert name or an incident id. Plurals and small typos are found too.</p> : (
        <Loadable load={results} what="search results">
          {(r) => !r || r.results.length === 0 ? <p className="empty">Nothing matches “{q}”{Object.values(f).some(Boolean) ? ' with these filters' : ''}.</p> : (
            <>
              <p className="muted" aria-live="polite">
                {r.results.length} result(s), best first{r.query.mode === 'any' ? ' — no incident has every word, so these have some of them' : ''}.
                {r.query.searched.some((g) => g.length > 1) && <> Also searched: {r.query.searched.filter((g) => g.length > 1).map((g) => g.slice(1).join(', ')).join('; ')}.</>}
              </p>
              <ol className="search-list">
                {r.results.map((x) => (
                  <li key={x.incidentId}>
                    <Link to={`/incidents/${x.incidentId}`}><strong>{x.title}</strong></Link> <small className="muted">{x.incidentId}</small>
                    {x.postmortemId && <> · <Link to={`/postmortems/${x.postmortemId}`}>post-mortem</Link></>}
                    {x.snippet && <p><Snippet text={x.snippet} /></p>}
                    {x.matchedIn.length > 0 && <small className="muted">Found in {x.matchedIn.map((m) => PLACES[m] ?? m).join(', ')}</small>}
                  </li>
                ))}
              </ol>
            </>
          )}
        </Loadable>
      )}
    </section>
  );
}
