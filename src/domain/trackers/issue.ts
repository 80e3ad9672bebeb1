/**
 * What an action item's tracker issue says (seed 000: "Label with `postmortem` and
 * incident ID"; seed 001: `[Post-Mortem]` title, a link back, the action, priority and
 * due date), and how a tracker's report of the issue changes the item (closure by
 * evidence). Pure: values in, values out.
 */
import { actionLabels, closureBlockers, type Checklist } from '../lifecycle/action-item.ts';

export type TrackedItem = {
  postmortemId: string; incidentId: string; key: string; title: string; priority: string;
  dueDate: string | null; owner: string | null; category: string; postmortemTitle: string;
};

export type IssueContent = {
  title: string;
  /** Paragraphs of plain text (GitHub Markdown, Jira ADF paragraphs or wiki text). */
  paragraphs: string[];
  labels: string[];
  /** Found in the body: how a retried creation recognises the issue it made before. */
  marker: string;
  link: string | null;
};

/** The marker written into every issue's body: `debrief:<post-mortem>/<key>`. */
export const issueMarker = (postmortemId: string, key: string): string => `debrief:${postmortemId}/${key}`;

/** Jira and GitHub labels: no spaces, at most 50 characters. */
const label = (s: string): string => s.trim().replace(/\s+/g, '-').slice(0, 50);

export function issueContent(item: TrackedItem, baseUrl: string | null, extraLabels: readonly string[]): IssueContent {
  const link = baseUrl ? `${baseUrl.replace(/\/$/, '')}/postmortems/${encodeURIComponent(item.postmortemId)}#action-${encodeURIComponent(item.key)}` : null;
  const marker = issueMarker(item.postmortemId, item.key);
  const paragraphs = [
    `From post-mortem: ${item.postmortemTitle} (${item.incidentId})${link ? ` ${link}` : ''}`,
    `Action: ${item.title}`,
    [`Priority: ${item.priority}`, `Due: ${item.dueDate ?? 'none'}`, `Owner: ${item.owner ?? 'unassigned'}`, `Category: ${item.category}`].join('\n'),
    `Closing this issue marks "Code/fix is deployed" on ${item.postmortemId} ${item.key} in Debrief; reopening it reopens the item. (${marker})`,
  ];
  const labels = [...new Set([...actionLabels(item.incidentId), item.priority, ...extraLabels].map(label).filter((l) => l.length > 0))];
  return { title: `[Post-Mortem] ${item.title}`.slice(0, 250), paragraphs, labels, marker, link };
}

export type ItemState = { status: string; checklist: Checklist };
export type EvidenceChange = { status: string; checklist: Checklist; completed: boolean } | null;

/**
 * The item after its issue closed (`closed`) or reopened: closing ticks "fix deployed" and
 * moves an open item to in progress, or to done when nothing else on the closure checklist
 * is left; reopening unticks it and reopens a done item. Null when nothing changes.
 */
export function applyEvidence(item: ItemState, event: 'closed' | 'reopened'): EvidenceChange {
  if (item.status === 'wont_do') return null;
  if (event === 'closed') {
    const checklist: Checklist = { ...item.checklist, fixDeployed: true };
    const done = closureBlockers(checklist).length === 0;
    const status = done ? 'done' : item.status === 'open' ? 'in_progress' : item.status;
    if (item.checklist.fixDeployed === true && status === item.status) return null;
    return { status, checklist, completed: done };
  }
  const checklist: Checklist = { ...item.checklist, fixDeployed: false };
  const status = item.status === 'done' ? 'open' : item.status;
  if (item.checklist.fixDeployed !== true && status === item.status) return null;
  return { status, checklist, completed: false };
}
