/**
 * Jira issues over its REST API with fetch (Cloud v3 with an Atlassian Document Format
 * description, or Server / Data Center v2 with plain text): one POST to create, one JQL
 * search on a marker label to find an issue a killed try already made.
 */
import type { JiraTrackerConfig, TrackersConfig } from '../../domain/trackers/config.ts';
import type { IssueContent, TrackedItem } from '../../domain/trackers/issue.ts';
import { throwForStatus } from '../notify/channel.ts';
import type { IssueRef, Tracker } from './tracker.ts';

/** The label that finds an item's issue again: `debrief-<post-mortem>-<key>`. */
export const jiraMarkerLabel = (item: TrackedItem): string => `debrief-${item.postmortemId}-${item.key}`.replace(/\s+/g, '-');

function headers(j: JiraTrackerConfig): Record<string, string> {
  const auth = j.email ? `Basic ${Buffer.from(`${j.email}:${j.apiToken ?? ''}`).toString('base64')}` : `Bearer ${j.apiToken ?? ''}`;
  return { authorization: auth, accept: 'application/json', 'content-type': 'application/json' };
}

const root = (j: JiraTrackerConfig): string => `${(j.baseUrl ?? '').replace(/\/$/, '')}/rest/api/${j.apiVersion}`;

function description(j: JiraTrackerConfig, content: IssueContent): unknown {
  if (j.apiVersion === 2) return content.paragraphs.join('\n\n');
  return {
    type: 'doc', version: 1,
    content: content.paragraphs.map((p) => ({
      type: 'paragraph',
      content: p.split('\n').flatMap((line, i) => [...(i > 0 ? [{ type: 'hardBreak' }] : []), ...(line ? [{ type: 'text', text: line }] : [])]),
    })),
  };
}

async function call(cfg: TrackersConfig, url: string, init: RequestInit): Promise<Response> {
  const res = await fetch(url, { ...init, headers: headers(cfg.jira), signal: AbortSignal.timeout(cfg.timeoutMs), redirect: 'error' });
  await throwForStatus(res, 'Jira', new Date());
  return res;
}

export const jiraTracker: Tracker = {
  name: 'jira',
  unconfigured: (cfg) => (!cfg.jira.baseUrl ? 'trackers.jira.baseUrl is not set' : !cfg.jira.apiToken ? 'trackers.jira.apiToken is not set' : !cfg.jira.projectKey ? 'trackers.jira.projectKey is not set' : null),

  async findExisting(cfg, _content, item): Promise<IssueRef | null> {
    const j = cfg.jira;
    const jql = `project = "${j.projectKey}" AND labels = "${jiraMarkerLabel(item)}"`;
    // Cloud moved JQL search to /search/jql; Server keeps /search.
    const path = j.apiVersion === 3 ? 'search/jql' : 'search';
    const res = await call(cfg, `${root(j)}/${path}?${new URLSearchParams({ jql, fields: 'summary', maxResults: '5' }).toString()}`, { method: 'GET' });
    const body = (await res.json().catch(() => ({}))) as { issues?: { key?: unknown }[] };
    const key = body.issues?.find((i) => typeof i.key === 'string')?.key;
    return typeof key === 'string' ? { externalId: key, url: `${(j.baseUrl ?? '').replace(/\/$/, '')}/browse/${key}` } : null;
  },

  async create(cfg, content, item): Promise<IssueRef> {
    const j = cfg.jira;
    const priority = j.priorities[item.priority];
    const fields: Record<string, unknown> = {
      project: { key: j.projectKey }, issuetype: { name: j.issueType }, summary: content.title,
      description: description(j, content), labels: [...content.labels, jiraMarkerLabel(item)],
      ...(item.dueDate ? { duedate: item.dueDate } : {}), ...(priority ? { priority: { name: priority } } : {}),
    };
    const res = await call(cfg, `${root(j)}/issue`, { method: 'POST', body: JSON.stringify({ fields }) });
    const body = (await res.json().catch(() => ({}))) as { key?: unknown };
    if (typeof body.key !== 'string') throw new Error('Jira created the issue but did not answer its key');
    return { externalId: body.key, url: `${(j.baseUrl ?? '').replace(/\/$/, '')}/browse/${body.key}` };
  },
};
