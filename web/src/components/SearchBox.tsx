/**
 * The search box in the header: results as you type (debounced), arrow keys to move,
 * Enter to open the chosen incident or the full results page, Escape to close.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { SearchResponse } from '../../../src/domain/learning/contract.ts';
import { api, ApiError, query } from '../api.ts';
import { useDebounced } from '../lib/useDebounced.ts';
import { navigate } from '../router.ts';
import { Snippet } from './Snippet.tsx';

const SHOWN = 6;

type State = { q: string; results: SearchResponse['results']; error: string | null };

export function SearchBox() {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [state, setState] = useState<State>({ q: '', results: [], error: null });
  const q = useDebounced(text.trim(), 250);
  const listId = useId();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (q.length < 2) { setState({ q, results: [], error: null }); return; }
    const ctrl = new AbortController();
    api.get<SearchResponse>(`/api/v1/search${query({ q, limit: SHOWN })}`, { signal: ctrl.signal }).then(
      (r) => { setState({ q, results: r.results, error: null }); setActive(-1); },
      (e: unknown) => {
        if (ctrl.signal.aborted) return;
        setState({ q, results: [], error: e instanceof ApiError && e.status === 400 ? e.message : 'Search is unavailable right now.' });
      },
    );
    return () => ctrl.abort();
  }, [q]);

  // Close when focus or a click leaves the box.
  useEffect(() => {
    const away = (e: Event): void => { if (box.current && !box.current.contains(e.target as Node)) setOpen(false); };
    document.addEventListener('mousedown', away);
    document.addEventListener('focusin', away);
    return () => { document.removeEventListener('mousedown', away); document.removeEventListener('focusin', away); };
  }, []);

  const go = (to: string): void => { setOpen(false); setText(''); navigate(to); };
  const all = (): void => { if (text.trim()) go(`/search${query({ q: text.trim() })}`); };
  const shown = open && text.trim().length >= 2 && state.q === q;
  const options = state.results.length;

  return (
    <div className="search-box" ref={box}>
      <form role="search" onSubmit={(e) => { e.preventDefault(); const r = state.results[active]; if (r) go(`/incidents/${r.incidentId}`); else all(); }}>
        <label className="sr-only" htmlFor={`${listId}-input`}>Search incidents and post-mortems</label>
        <input id={`${listId}-input`} type="search" placeholder="Search incidents…" value={text} autoComplete="off"
          role="combobox" aria-expanded={shown} aria-controls={listId} aria-autocomplete="list"
          aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
          onChange={(e) => { setText(e.target.value); setOpen(true); }}
          onFocus={() => setOpen(true)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') { setOpen(false); return; }
            if (e.key === 'ArrowDown') { e.preventDefault(); setOpen(true); setActive((a) => Math.min(options, a + 1)); }
            if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(-1, a - 1)); }
          }} />
      </form>
      {shown && (
        <ul id={listId} role="listbox" className="search-results" aria-label="Search results">
          {state.error && <li className="muted" role="presentation">{state.error}</li>}
          {!state.error && options === 0 && <li className="muted" role="presentation">Nothing matches “{q}”.</li>}
          {state.results.map((r, i) => (
            <li key={r.incidentId} id={`${listId}-${i}`} role="option" aria-selected={i === active}
              onMouseDown={(e) => { e.preventDefault(); go(`/incidents/${r.incidentId}`); }}>
              <strong>{r.title}</strong> <small className="muted">{r.incidentId}</small>
              {r.snippet && <><br /><small><Snippet text={r.snippet} /></small></>}
            </li>
          ))}
          {!state.error && options > 0 && (
            <li id={`${listId}-${options}`} role="option" aria-selected={active === options} className="search-all"
              onMouseDown={(e) => { e.preventDefault(); all(); }}>All results for “{text.trim()}”</li>
          )}
        </ul>
      )}
    </div>
  );
}
