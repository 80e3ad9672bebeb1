import { useState } from 'react';
import { api } from '../api.ts';
import { can, useUser } from '../session.ts';
import type { ActionItem, ActionItemStatus, CHECKLIST_ITEMS, Checklist } from '../contract.ts';
import { Badge } from './Badge.tsx';
import { Link } from './Link.tsx';
import { Notice } from './Notice.tsx';

const STATUSES: [ActionItemStatus, string][] = [['open', 'Open'], ['in_progress', 'In progress'], ['done', 'Done'], ["wont_do", "Won't do"]];
const CHECKS: [(typeof CHECKLIST_ITEMS)[number], string][] = [['fixDeployed', 'Fix deployed'], ['docsUpdated', 'Docs updated'], ['teamNotified', 'Team notified'], ['effectivenessVerified', 'Effectiveness verified']];

/** One action item: status, closure checklist, won't-do reason (PATCH with the item's version). */
export function ActionItemCard({ item, onChanged, showPostmortem = true }: { item: ActionItem; onChanged: (item: ActionItem) => void; showPostmortem?: boolean }) {
  const user = useUser();
  const [error, setError] = useState<unknown>(null);
  const [reason, setReason] = useState(item.wontDoReason ?? '');
  const [askReason, setAskReason] = useState(false);
  const [due, setDue] = useState(item.dueDate ?? '');
  const [dueReason, setDueReason] = useState('');
  const writable = can(user, 'editor') || item.owner === user.username;
  const id = `ai-${item.postmortemId}-${item.key}`;
  // The checklist shows a click at once; controls wait while a change is on its way (each change carries the item's version).
  const [pending, setPending] = useState<Checklist | null>(null);
  const [busy, setBusy] = useState(false);
  const checklist: Checklist = pending ?? item.checklist ?? {};

  const patch = async (changes: Record<string, unknown>): Promise<void> => {
    setError(null);
    setBusy(true);
    try {
      onChanged(await api.patch<ActionItem>(`/api/v1/postmortems/${item.postmortemId}/action-items/${item.key}`, { ...changes, version: item.version }));
    } catch (e) {
      setError(e);
    } finally {
      setPending(null);
      setBusy(false);
    }
  };
  const check = (key: keyof Checklist, value: boolean): void => {
    const next = { ...checklist, [key]: value };
    setPending(next);
    void patch({ checklist: next });
  };
  const setStatus = (status: ActionItemStatus): void => {
    if (status === 'wont_do' && !reason.trim()) return setAskReason(true);
    void patch({ status, ...(status === 'wont_do' ? { wontDoReason: reason.trim() } : {}) });
  };

  return (
    <article className={`card${item.overdue ? ' overdue' : ''}`} aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`}><span className="muted">{item.key}</span> {item.title}</h3>
      <p className="badges">
        <Badge kind={item.priority}>{item.priority}</Badge> <Badge kind="category">{item.category}</Badge>
        {item.overdue && <> <Badge kind="overdue">overdue</Badge></>}
      </p>
      <p className="muted">
        {item.owner ?? 'no owner'} · due {item.dueDate ?? '—'}{item.dueReason ? ` (${item.dueReason})` : ''}
        {showPostmortem && <> · <Link to={`/postmortems/${item.postmortemId}`}>{item.postmortemId}</Link></>}
        {item.trackerUrl && <> · <a href={item.trackerUrl} target="_blank" rel="noreferrer noopener">tracker</a></>}
      </p>
      <label>Status
        <select value={item.status} disabled={!writable || busy} onChange={(e) => setStatus(e.target.value as ActionItemStatus)}>
          {STATUSES.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
      </label>
      {writable && (
        <details className="move-due">
          <summary>Change due date</summary>
          <div className="row wrap">
            <label>New due date<input type="date" value={due} onChange={(e) => setDue(e.target.value)} /></label>
            <label className="grow">Why this date<input value={dueReason} placeholder="needed when it is not the policy's date" onChange={(e) => setDueReason(e.target.value)} /></label>
            <button type="button" disabled={busy || !due || due === item.dueDate}
              onClick={() => void patch({ dueDate: due, ...(dueReason.trim() ? { dueReason: dueReason.trim() } : {}) })}>Save date</button>
          </div>
        </details>
      )}
      {(askReason || item.status === 'wont_do') && (
        // Wraps: in a board column the reason and its button do not fit side by side (issue 17 defect 5).
        <div className="row wrap">
          <label className="grow">Why not<input value={reason} disabled={!writable} onChange={(e) => setReason(e.target.value)} /></label>
          {askReason && <button type="button" disabled={!reason.trim()} onClick={() => { setAskReason(false); void patch({ status: 'wont_do', wontDoReason: reason.trim() }); }}>Save won't do</button>}
        </div>
      )}
      <fieldset className="checklist">
        <legend>Closure checklist</legend>
        {CHECKS.map(([k, label]) => (
          <div key={k} className="check-row">
            <label className="check">
              <input type="checkbox" checked={checklist[k] === true} disabled={!writable || busy} onChange={(e) => check(k, e.target.checked)} />{label}
            </label>
            <label className="check na" title="does not apply to this item">
              <input type="checkbox" aria-label={`${label}: not applicable`} checked={checklist[`${k}NotApplicable`] === true} disabled={!writable || busy}
                onChange={(e) => check(`${k}NotApplicable`, e.target.checked)} />n/a
            </label>
          </div>
        ))}
      </fieldset>
      <Notice error={error} />
    </article>
  );
}
