/**
 * GitHub issues through @octokit/rest; `trackers.github.baseUrl` points it at GitHub
 * Enterprise Server (https://<host>/api/v3) or, in tests, a recording server.
 */
import type { Octokit } from '@octokit/rest';
import { PermanentJobError, RetryLaterError } from '../../jobs/job-errors.ts';
import type { TrackersConfig } from '../../domain/trackers/config.ts';
import type { IssueRef, Tracker } from './tracker.ts';

/** A client for the configured repository (@octokit/rest is loaded on first use: most servers never call GitHub, and it costs start time and memory). */
async function client(cfg: TrackersConfig): Promise<{ octokit: Octokit; owner: string; repo: string }> {
  const { Octokit } = await import('@octokit/rest');
  const g = cfg.github;
  const [owner, repo] = (g.repo ?? '/').split('/') as [string, string];
  const silent = (): void => undefined;
  const octokit = new Octokit({
    auth: g.token ?? undefined, baseUrl: g.baseUrl.replace(/\/$/, ''), userAgent: 'debrief',
    log: { debug: silent, info: silent, warn: silent, error: silent },
    request: { fetch: (url: string | URL | Request, init?: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(cfg.timeoutMs), redirect: 'error' }) },
  });
  return { octokit, owner, repo };
}

/** Octokit's RequestError → the job outcome: rate limits wait, other 4xx are permanent (with the body), 5xx and network failures retry. */
export function githubFailure(e: unknown): Error {
  const err = e as { status?: number; message?: string; response?: { data?: unknown; headers?: Record<string, string | undefined> } };
  const status = typeof err.status === 'number' ? err.status : 0;
  const data = err.response?.data;
  const body = (typeof data === 'string' ? data : data === undefined ? '' : JSON.stringify(data)).slice(0, 500);
  const msg = `GitHub answered ${status || 'no answer'}${body ? `: ${body}` : err.message ? `: ${err.message}` : ''}`;
  const h = err.response?.headers ?? {};
  const ra = h['retry-after'];
  if (status === 429 || (status === 403 && (ra !== undefined || h['x-ratelimit-remaining'] === '0'))) {
    const reset = Number(h['x-ratelimit-reset']);
    const wait = ra !== undefined && /^\d+$/.test(ra) ? Number(ra) * 1000 : Number.isFinite(reset) && reset > 0 ? reset * 1000 - Date.now() : 60_000;
    return new RetryLaterError(msg, Math.min(Math.max(wait, 1000), 3600_000));
  }
  if (status >= 400 && status < 500 && status !== 408) return new PermanentJobError(msg);
  return new Error(msg);
}

export const githubTracker: Tracker = {
  name: 'github',
  unconfigured: (cfg) => (!cfg.github.token ? 'trackers.github.token is not set' : !cfg.github.repo ? 'trackers.github.repo is not set' : null),

  async findExisting(cfg, content, item): Promise<IssueRef | null> {
    const { octokit, owner, repo } = await client(cfg);
    try {
      const res = await octokit.rest.issues.listForRepo({ owner, repo, labels: item.incidentId, state: 'all', per_page: 100 });
      const hit = res.data.find((i) => !i.pull_request && (i.body ?? '').includes(content.marker));
      return hit ? { externalId: `${owner}/${repo}#${hit.number}`, url: hit.html_url } : null;
    } catch (e) {
      throw githubFailure(e);
    }
  },

  async create(cfg, content, _item, assignee): Promise<IssueRef> {
    const { octokit, owner, repo } = await client(cfg);
    try {
      const res = await octokit.rest.issues.create({
        owner, repo, title: content.title, body: content.paragraphs.join('\n\n'), labels: content.labels,
        ...(assignee ? { assignees: [assignee] } : {}),
      });
      return { externalId: `${owner}/${repo}#${res.data.number}`, url: res.data.html_url };
    } catch (e) {
      throw githubFailure(e);
    }
  },
};
