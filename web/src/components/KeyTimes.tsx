import { useEffect, useRef, useState } from 'react';
import { api } from '../api.ts';
import { formatTime, fromLocalInput, toLocalInput } from '../lib/format.ts';
import { can, useUser } from '../session.ts';
import { KEY_TIMES, type Incident, type KeyTime } from '../contract.ts';
import { Notice } from './Notice.tsx';

/** The key times of an incident, editable by responders (PATCH with the version). */
export function KeyTimes({ incident, onChanged }: { incident: Incident; onChanged: (i: Incident) => void }) {
  const user = useUser();
  const [editing, setEditing] = useState<Record<KeyTime, string> | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Keyboard focus: the first field when the form opens, the "Edit key times" button when it closes.
  const first = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (editing && !opened.current) first.current?.focus();
    else if (!editing && opened.current) editButton.current?.focus();
    opened.current = editing !== null;
  }, [editing]);

  const save = async (): Promise<void> => {
    if (!editing) return;
    setError(null);
    const changes: Record<string, string | null> = {};
    for (const [k] of KEY_TIMES) {
      if (editing[k] !== toLocalInput(incident[k])) changes[k] = fromLocalInput(editing[k]);
    }
    try {
      onChanged(await api.patch<Incident>(`/api/v1/incidents/${incident.id}`, { ...changes, version: incident.version }));
      setEditing(null);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="panel" aria-labelledby="times-h">
      <h2 id="times-h">Key times</h2>
      <dl className="pairs" onKeyDown={(e) => { if (e.key === 'Escape' && editing) setEditing(null); }}>
        <div className="pair"><dt>Declared</dt><dd>{formatTime(incident.declaredAt)}</dd></div>
        {KEY_TIMES.map(([k, label], i) => (
          <div key={k} className="pair">
            <dt>{editing ? <label htmlFor={`kt-${k}`}>{label}</label> : label}</dt>
            <dd>{editing
              ? <input id={`kt-${k}`} ref={i === 0 ? first : undefined} type="datetime-local" value={editing[k]} onChange={(e) => setEditing({ ...editing, [k]: e.target.value })} />
              : formatTime(incident[k])}</dd>
          </div>
        ))}
      </dl>
      {can(user, 'responder') && (editing
        ? <div className="row"><button type="button" className="primary" onClick={() => void save()}>Save times</button><button type="button" onClick={() => setEditing(null)}>Cancel</button></div>
        : <button ref={editButton} type="button" onClick={() => setEditing(Object.fromEntries(KEY_TIMES.map(([k]) => [k, toLocalInput(incident[k])])) as Record<KeyTime, string>)}>Edit key times</button>)}
      <Notice error={error} />
    </section>
  );
}
