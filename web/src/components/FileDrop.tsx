import { useState, type DragEvent } from 'react';
import { ApiError, api, query } from '../api.ts';
import { formatTime } from '../lib/format.ts';
import { detectFileSource, importSummary } from '../lib/ingest-source.ts';
import { Notice } from './Notice.tsx';
import type { DeletedEvents, FileIngestOutcome } from '../contract.ts';

const SOURCES = ['slack', 'alertmanager', 'grafana', 'pagerduty', 'opsgenie', 'github', 'git'] as const;

/** The content type the server expects for a dropped file. */
export function contentTypeFor(name: string): string {
  if (/\.zip$/i.test(name)) return 'application/zip';
  if (/\.json$/i.test(name)) return 'application/json';
  return 'text/plain';
}

/** An imported event outside the incident's window, as the import answers it. */
type OutlierAnswer = Pick<FileIngestOutcome, 'outliers' | 'window'>;

/** The import's events outside the incident's window: keep them (stored, flagged) or drop them (deleted, a revision each). */
function OutlierChoice({ incidentId, answer, onDone }: { incidentId: string; answer: OutlierAnswer; onDone: (note: string, changed: boolean) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const ids = answer.outliers.map((o) => o.id).filter((id): id is string => id !== null);
  const drop = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const r = await api.post<DeletedEvents>(`/api/v1/incidents/${incidentId}/events/delete`, { ids });
      onDone(`Dropped ${r.deleted} event(s) from outside the incident window.`, true);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  const basis = answer.window.basis === 'key_times' ? "the incident's key times" : answer.window.basis === 'other_events' ? 'its other events' : 'when it was declared';
  return (
    <section className="outliers" aria-labelledby="outliers-h">
      <h3 id="outliers-h">{answer.outliers.length} event(s) outside the incident window</h3>
      <p>These events are dated outside {formatTime(answer.window.from)} – {formatTime(answer.window.to)} (around {basis}): perhaps the export covers other days or years. Keep them, or drop them from the timeline?</p>
      <ul>
        {answer.outliers.slice(0, 50).map((o, i) => <li key={o.id ?? i}><time dateTime={o.at}>{formatTime(o.at)}</time> · {o.source}: {o.text.slice(0, 160)}</li>)}
        {answer.outliers.length > 50 && <li>… and {answer.outliers.length - 50} more</li>}
      </ul>
      <div className="row wrap">
        <button type="button" onClick={() => onDone(`Kept ${answer.outliers.length} event(s) from outside the window; exclude or delete them in the table any time.`, false)} disabled={busy}>Keep them</button>
        <button type="button" className="danger" onClick={() => void drop()} disabled={busy || ids.length === 0}>Drop them</button>
      </div>
      <Notice error={error} />
    </section>
  );
}

/** Drop (or choose) a Slack export or a webhook payload: the server parses it into events. */
export function FileDrop({ incidentId, onImported }: { incidentId: string; onImported: () => void }) {
  const [source, setSource] = useState<string>('auto');
  const [over, setOver] = useState(false);
  const [state, setState] = useState<{ busy: boolean; error: unknown; ok: string | null }>({ busy: false, error: null, ok: null });
  const [outliers, setOutliers] = useState<OutlierAnswer | null>(null);

  const send = async (file: File): Promise<void> => {
    setState({ busy: true, error: null, ok: null });
    setOutliers(null);
    try {
      // The content decides when it clearly belongs to a source (a git log dropped with "slack" selected is read as git).
      const text = /\.zip$/i.test(file.name) ? null : await file.text();
      const detected = detectFileSource(file.name, text);
      const chosen = detected ?? (source === 'auto' ? null : source);
      if (!chosen) throw new Error(`Could not tell which tool ${file.name} comes from; choose its source and drop it again.`);
      const res = await api.post<FileIngestOutcome>(`/api/v1/incidents/${incidentId}/ingest-file${query({ source: chosen, name: file.name })}`, undefined, {
        raw: text ?? file, contentType: contentTypeFor(file.name),
      });
      const note = source !== 'auto' && detected && detected !== source ? ` Read as ${detected} (from its content), not ${source}.` : '';
      setState({ busy: false, error: null, ok: `${importSummary(file.name, res ?? {})}${note}` });
      if (res?.outliers.length) setOutliers({ outliers: res.outliers, window: res.window });
      onImported();
    } catch (error) {
      const missing = error instanceof ApiError && error.status === 404 && /no route/.test(error.message);
      setState({ busy: false, error: missing ? new Error('This server cannot import files yet: it has no POST /api/v1/incidents/:id/ingest-file route. Add events by hand meanwhile.') : error, ok: null });
    }
  };
  const onDrop = (e: DragEvent): void => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void send(file);
  };

  return (
    <section className={`drop${over ? ' over' : ''}`} aria-labelledby="drop-h"
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}>
      <h2 id="drop-h">Import events</h2>
      <p>Drop a Slack export (.zip or .json), a webhook payload or a git log here, or choose a file; the source is read from the content.</p>
      <div className="row wrap">
        <label>Source
          <select value={source} onChange={(e) => setSource(e.target.value)}><option value="auto">detect from the content</option>{SOURCES.map((s) => <option key={s} value={s}>{s}</option>)}</select>
        </label>
        <label>File<input type="file" accept=".zip,.json,.txt,.log" disabled={state.busy}
          onChange={(e) => { const f = e.target.files?.[0]; if (f) void send(f); e.target.value = ''; }} /></label>
      </div>
      {state.busy && <p role="status">Importing…</p>}
      <Notice error={state.error} ok={state.ok} />
      {outliers && <OutlierChoice incidentId={incidentId} answer={outliers} onDone={(note, changed) => {
        setOutliers(null);
        setState((st) => ({ ...st, ok: `${st.ok ?? ''} ${note}`.trim() }));
        if (changed) onImported();
      }} />}
    </section>
  );
}
