import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import type { ActionItem } from '../contract.ts';
import { priorityChoices, startingChoice } from '../lib/policy-choices.ts';
import { usePolicy } from '../lib/usePolicy.ts';
import { Notice } from './Notice.tsx';

const CATEGORIES = [['prevent', 'Prevent recurrence'], ['detect', 'Improve detection'], ['respond', 'Improve response'], ['process', 'Process']] as const;

/** Adds an action item to a post-mortem (due date from the priority unless given). */
export function ActionItemForm({ postmortemId, defaultOwner, onAdded }: { postmortemId: string; defaultOwner: string; onAdded: (item: ActionItem) => void }) {
  const empty = { title: '', category: 'prevent', priority: 'P1', owner: defaultOwner, dueDate: '', dueReason: '', trackerUrl: '' };
  const [f, setF] = useState(empty);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // The team's priorities in its order (policy.actionItems.priorities), each with the time it gives.
  const priorities = priorityChoices(usePolicy());
  const priority = startingChoice(priorities, f.priority);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const item = await api.post<ActionItem>(`/api/v1/postmortems/${postmortemId}/action-items`, {
        title: f.title, category: f.category, priority, owner: f.owner,
        ...(f.dueDate ? { dueDate: f.dueDate } : {}), ...(f.dueDate && f.dueReason.trim() ? { dueReason: f.dueReason.trim() } : {}),
        ...(f.trackerUrl.trim() ? { trackerUrl: f.trackerUrl.trim() } : {}),
      });
      setF({ ...empty, owner: f.owner });
      onAdded(item);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="grid-form" aria-label="Add an action item" onSubmit={(e) => void submit(e)}>
      <label className="wide">Action item<input required value={f.title} placeholder="Add an alert on checkout 5xx rate above 2% for 5 minutes" onChange={(e) => setF({ ...f, title: e.target.value })} /></label>
      <label>Category<select value={f.category} onChange={(e) => setF({ ...f, category: e.target.value })}>{CATEGORIES.map(([v, l]) => <option key={v} value={v}>{l}</option>)}</select></label>
      <label>Priority<select value={priority} onChange={(e) => setF({ ...f, priority: e.target.value })}>{priorities.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}</select></label>
      <label>Owner<input required value={f.owner} onChange={(e) => setF({ ...f, owner: e.target.value })} /></label>
      <label>Due date (optional: the priority sets it)<input type="date" value={f.dueDate} onChange={(e) => setF({ ...f, dueDate: e.target.value })} /></label>
      {f.dueDate && <label>Why this date<input value={f.dueReason} placeholder="needed unless it is the policy's date" onChange={(e) => setF({ ...f, dueReason: e.target.value })} /></label>}
      <label>Tracker link<input type="url" value={f.trackerUrl} onChange={(e) => setF({ ...f, trackerUrl: e.target.value })} /></label>
      <button type="submit" disabled={busy}>{busy ? 'Adding…' : 'Add action item'}</button>
      <Notice error={error} />
    </form>
  );
}
