import { useEffect, useState, type ClipboardEvent, type DragEvent } from 'react';
import { Notice } from './Notice.tsx';
import { formatTime, fromLocalInput } from '../lib/format.ts';
import { deleteEvidence, evidencePath, filesOf, humanSize, reviseEvidence, uploadEvidence, verifyEvidence, type EvidenceItem, type EvidenceList } from '../lib/evidence.ts';
import { useApi, useChanged } from '../lib/useApi.ts';
import { can, useUser } from '../session.ts';

type Props = {
  incidentId: string;
  /** In the editor: puts an item's citation into the section being edited (the button says where). */
  onCite?: ((item: EvidenceItem) => void) | undefined;
  citeLabel?: string | undefined;
  /** Items added elsewhere (a screenshot pasted into a section) bump this to reload the list. */
  refresh?: number | undefined;
};

/**
 * Evidence kept with the incident: drop, choose or paste files and screenshots (with a caption,
 * the time range they cover, their source), the list with hash, size, who and when, cite, verify,
 * and delete with a reason. Only raster images get a preview; everything opens as a download.
 */
export function EvidencePanel({ incidentId, onCite, citeLabel, refresh = 0 }: Props) {
  const user = useUser();
  const load = useApi<EvidenceList>(evidencePath(incidentId));
  const changed = useChanged();
  // Evidence added elsewhere in the page (a pasted screenshot) bumps `refresh`.
  useEffect(() => { if (refresh) void changed({ paths: [evidencePath(incidentId)] }); }, [refresh, incidentId, changed]);
  const [caption, setCaption] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [source, setSource] = useState('');
  const [isPublic, setPublic] = useState(false);
  const [text, setText] = useState('');
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ error: unknown; ok: string | null }>({ error: null, ok: null });
  const [deleting, setDeleting] = useState<{ id: string; reason: string } | null>(null);
  const canAdd = can(user, 'responder');

  const meta = (fallback: string) => ({
    caption: caption.trim() || fallback, from: from ? fromLocalInput(from) : null, to: to ? fromLocalInput(to) : null,
    source: source.trim() || undefined, public: isPublic,
  });
  const done = (items: EvidenceItem[]): void => {
    setOutcome({ error: null, ok: `Added ${items.map((i) => `${i.name ?? i.id} (sha256 ${i.sha256.slice(0, 12)}…)`).join(', ')}.` });
    setCaption('');
    setText('');
    void changed({ incident: incidentId });
  };
  const send = async (files: File[]): Promise<void> => {
    if (files.length === 0) return;
    setBusy(true);
    setOutcome({ error: null, ok: null });
    try {
      const added: EvidenceItem[] = [];
      for (const f of files) added.push(await uploadEvidence(incidentId, f, { ...meta(f.name || 'Pasted file'), name: f.name || undefined }));
      done(added);
    } catch (error) {
      setOutcome({ error, ok: null });
    } finally {
      setBusy(false);
    }
  };
  const sendText = async (): Promise<void> => {
    setBusy(true);
    try {
      done([await uploadEvidence(incidentId, text, { ...meta(''), kind: 'text' })]);
    } catch (error) {
      setOutcome({ error, ok: null });
    } finally {
      setBusy(false);
    }
  };
  const onDrop = (e: DragEvent): void => {
    e.preventDefault();
    setOver(false);
    if (canAdd) void send(filesOf(e.dataTransfer));
  };
  const onPaste = (e: ClipboardEvent): void => {
    const files = filesOf(e.clipboardData);
    if (files.length === 0 || !canAdd) return;
    e.preventDefault();
    void send(files.map((f) => (f.name && f.name !== 'image.png' ? f : new File([f], `screenshot-${new Date().toISOString().replace(/[:.]/g, '-')}.png`, { type: f.type }))));
  };
  const verify = async (): Promise<void> => {
    try {
      const r = await verifyEvidence(incidentId);
      setOutcome(r.failed.length === 0
        ? { error: null, ok: `All ${r.checked} item(s) match their SHA-256.` }
        : { error: new Error(`${r.failed.length} of ${r.checked} item(s) failed verification: ${r.failed.map((f) => `${f.id}: ${f.problem}`).join('; ')}`), ok: null });
    } catch (error) {
      setOutcome({ error, ok: null });
    }
  };
  const remove = async (item: EvidenceItem, reason: string): Promise<void> => {
    try {
      await deleteEvidence(item, reason);
      setDeleting(null);
      setOutcome({ error: null, ok: `Deleted ${item.id}; the tombstone keeps who and why.` });
      void changed({ incident: incidentId });
    } catch (error) {
      setOutcome({ error, ok: null });
    }
  };

  const togglePublic = async (item: EvidenceItem): Promise<void> => {
    try {
      const next = await reviseEvidence(item, { public: !item.public });
      setOutcome({ error: null, ok: `${next.id} replaces ${item.id}: ${next.public ? 'may be published externally (after redaction)' : 'internal only'}.` });
      void changed({ incident: incidentId });
    } catch (error) {
      setOutcome({ error, ok: null });
    }
  };

  const list: EvidenceList | null = load.data;
  return (
    <section className={`panel evidence${over ? ' over' : ''}`} aria-labelledby="evidence-h"
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop} onPaste={onPaste}>
      <h2 id="evidence-h">Evidence{list ? ` (${list.items.length}, ${humanSize(list.totalBytes)})` : ''}</h2>
      {canAdd && (
        <div className="evidence-add">
          <p className="muted">Drop files here, paste a screenshot, or choose files: logs, screenshots, exports, query output. Each is hashed (SHA-256) and kept with the incident.</p>
          <div className="row wrap">
            <label>Caption (what it shows)<input value={caption} onChange={(e) => setCaption(e.target.value)} placeholder="Error rate on checkout, 14:00–14:30" /></label>
            <label>Covers from<input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
            <label>to<input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} /></label>
            <label>Source<input value={source} onChange={(e) => setSource(e.target.value)} placeholder="grafana, kubectl, psql…" /></label>
            <label className="check"><input type="checkbox" checked={isPublic} onChange={(e) => setPublic(e.target.checked)} /> May be published externally</label>
          </div>
          <div className="row wrap">
            <label>Files<input type="file" multiple disabled={busy} onChange={(e) => { void send([...(e.target.files ?? [])]); e.target.value = ''; }} /></label>
          </div>
          <label>Pasted text (log excerpt, query and its output)<textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} /></label>
          <button type="button" disabled={busy || text.trim() === '' || caption.trim() === ''} onClick={() => void sendText()}>Add text</button>
        </div>
      )}
      {busy && <p role="status">Uploading…</p>}
      <Notice error={outcome.error ?? load.error} ok={outcome.ok} />
      {list && list.items.length > 0 && (
        <ul className="evidence-list">
          {list.items.map((i) => (
            <li key={i.id} data-evidence={i.id}>
              {i.preview && <img src={i.links.content} alt={i.caption} className="evidence-thumb" loading="lazy" />}
              <div className="evidence-body">
                <strong>{i.caption}</strong>{' '}
                <span className="muted">{i.kind === 'link' ? i.url : `${i.name ?? i.kind} · ${i.contentType.split(';')[0]} · ${humanSize(i.size)}`}</span>
                <div className="muted small">
                  <code title={`sha256 ${i.sha256}`}>{i.id}</code> · sha256 {i.sha256.slice(0, 12)}… · {i.addedBy} · {formatTime(i.addedAt)}
                  {(i.covers.from || i.covers.to) && <> · covers {formatTime(i.covers.from)} – {formatTime(i.covers.to)}</>}
                  {i.source && <> · {i.source}</>}{i.public && <> · public</>}
                </div>
                <div className="row">
                  {i.kind === 'link' && i.url
                    ? <a href={i.url} target="_blank" rel="noopener noreferrer">Open link</a>
                    : <a href={`${i.links.content}?download=true`} download={i.name ?? i.id}>Download</a>}
                  {onCite && <button type="button" onClick={() => onCite(i)}>{citeLabel ?? 'Cite'}</button>}
                  {canAdd && <button type="button" className="link-button" onClick={() => void togglePublic(i)}>{i.public ? 'Make internal' : 'Allow external'}</button>}
                  {can(user, 'editor') && deleting?.id !== i.id && <button type="button" className="link-button" onClick={() => setDeleting({ id: i.id, reason: '' })}>Delete…</button>}
                </div>
                {deleting?.id === i.id && (
                  <form className="row" onSubmit={(e) => { e.preventDefault(); void remove(i, deleting.reason); }}>
                    <label>Why delete {i.id}?<input value={deleting.reason} required minLength={3} onChange={(e) => setDeleting({ id: i.id, reason: e.target.value })} /></label>
                    <button type="submit">Delete</button>
                    <button type="button" className="link-button" onClick={() => setDeleting(null)}>Cancel</button>
                  </form>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {list && list.items.length === 0 && <p className="muted">No evidence kept yet.</p>}
      <button type="button" onClick={() => void verify()}>Verify hashes</button>
    </section>
  );
}
