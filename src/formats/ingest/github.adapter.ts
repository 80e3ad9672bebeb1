import { z } from 'zod';
import type { IngestedEvent, IngestResult, Warning } from '../../domain/timeline/event.types.ts';
import { emptyHint, makeEvent } from './event-builder.ts';
import { at, firstStr, header, obj, type JsonObject } from './json-shape.ts';
import type { AdapterContext } from './ingest.types.ts';
import { readGenericGithub, readPush } from './github-other.ts';
import { recognise, refuse } from './recognise.ts';
import { readIso } from './time.ts';

const GithubBody = z.looseObject({}, { error: 'the payload must be a JSON object' });

/** The event name: the X-GitHub-Event header over HTTP, else guessed from the payload's shape. */
function eventName(body: JsonObject, ctx: AdapterContext): string | null {
  const fromHeader = header(ctx.headers, 'x-github-event');
  if (fromHeader !== null) return fromHeader;
  if (obj(body['deployment_status']) !== null) return 'deployment_status';
  if (obj(body['deployment']) !== null) return 'deployment';
  if (typeof body['ref'] === 'string' && Array.isArray(body['commits'])) return 'push';
  if (obj(body['repository']) !== null || obj(body['sender']) !== null) return null;
  return refuse('github', 'deployment', 'must be an object (deployment / deployment_status webhook), or "ref" and "commits" given (push); no X-GitHub-Event header');
}

/** Objects a GitHub webhook is about, by the payload key that holds them (generic events). */
const SUBJECTS = ['workflow_run', 'workflow_job', 'check_run', 'check_suite', 'issue', 'pull_request', 'release', 'discussion', 'comment', 'review'];

/**
 * What a GitHub delivery is, read from its signed body alone (the X-GitHub-Event and
 * X-GitHub-Delivery headers are not signed): deployment id + status id, push repository +
 * ref + before/after shas, or a subject's id + action + updated_at. Null when the body names
 * nothing (the caller falls back to a digest of the raw body).
 */
export function githubPayloadIdentity(payload: unknown): string | null {
  const body = obj(payload);
  if (body === null) return null;
  const action = firstStr(body['action']) ?? '';
  const repo = firstStr(at(body, 'repository', 'id'), at(body, 'repository', 'full_name')) ?? '';
  const status = obj(body['deployment_status']);
  const dep = obj(body['deployment']);
  if (status !== null) return `deployment_status:${repo}:${firstStr(dep?.['id']) ?? ''}:${firstStr(status['id']) ?? ''}:${firstStr(status['state']) ?? ''}`;
  if (dep !== null) return `deployment:${repo}:${firstStr(dep['id']) ?? ''}:${action}`;
  if (typeof body['ref'] === 'string' && typeof body['after'] === 'string') {
    return `push:${repo}:${body['ref']}:${firstStr(body['before']) ?? ''}:${body['after']}`;
  }
  for (const key of SUBJECTS) {
    const subject = obj(body[key]);
    const id = firstStr(subject?.['id'], subject?.['node_id']);
    if (subject === null || id === null) continue;
    const updated = firstStr(subject['updated_at'], subject['completed_at'], subject['created_at']) ?? '';
    return `${key}:${repo}:${id}:${action}:${updated}:${firstStr(subject['status'], subject['conclusion'], subject['state']) ?? ''}`;
  }
  return null;
}

const STATE_KINDS: Record<string, string> = { success: 'deploy.success', failure: 'deploy.failure', error: 'deploy.failure' };

function readDeployment(body: JsonObject, ctx: AdapterContext, withStatus: boolean): IngestResult {
  const warnings: Warning[] = [];
  const dep = obj(body['deployment']);
  if (dep === null) refuse('github', 'deployment', 'must be an object');
  const status = obj(body['deployment_status']);
  if (withStatus && status === null) refuse('github', 'deployment_status', 'must be an object');
  const repo = obj(body['repository']);
  const repoName = firstStr(repo?.['full_name'], repo?.['name']);
  const sha = firstStr(dep['sha']);
  const ref = firstStr(dep['ref']);
  const env = firstStr(status?.['environment'], dep['environment']);
  const what = `${repoName ?? 'deployment'}${ref === null ? '' : ` ${ref}`}${sha === null ? '' : ` (${sha.slice(0, 7)})`}${env === null ? '' : ` to ${env}`}`;
  const state = firstStr(status?.['state'])?.toLowerCase() ?? null;
  const description = firstStr(status?.['description'], dep['description']);
  const time = withStatus ? readIso(status?.['created_at']) ?? readIso(status?.['updated_at']) : readIso(dep['created_at']);
  if (time === null) warnings.push({ field: withStatus ? 'deployment_status.created_at' : 'deployment.created_at', message: 'missing or unreadable; the event time is unknown' });
  const action = firstStr(body['action']) ?? 'created';
  const kind = withStatus ? (STATE_KINDS[state ?? ''] ?? `deploy.${state ?? 'status'}`) : `deploy.${action}`;
  const text = withStatus ? `Deploy of ${what}: ${state ?? 'status'}` : `Deploy of ${what} ${action}`;
  const repoUrl = firstStr(repo?.['html_url']);
  const link = withStatus
    ? firstStr(status?.['target_url'], status?.['log_url'], status?.['environment_url'], repoUrl, status?.['url'])
    : (repoUrl !== null && sha !== null ? `${repoUrl}/commit/${sha}` : firstStr(repoUrl, dep['url']));
  const depId = firstStr(dep['id']) ?? sha ?? 'unknown';
  // Keys come from what the signed payload identifies, never from the unsigned X-GitHub-Delivery
  // header: a captured body replayed with new delivery ids is the same event.
  const key =
    (withStatus ? `github:deployment_status:${depId}:${firstStr(status?.['id']) ?? 'no-id'}:${state ?? 'unknown'}` : `github:deployment:${depId}:${action}`);
  const event: IngestedEvent = makeEvent({
    time,
    source: 'github',
    kind,
    text: `${text}${description === null ? '' : ` — ${description}`}`,
    actor: firstStr(at(status, 'creator', 'login'), at(dep, 'creator', 'login'), at(body, 'sender', 'login')),
    link,
    idempotencyKey: key,
    sha,
  });
  const hint = {
    ...emptyHint(),
    groupKey: `github:deployment:${depId}`,
    title: `Deploy of ${what}`,
    service: repoName,
    environment: env,
    link: repoUrl,
  };
  return { events: [event], hints: [hint], warnings };
}

/** Reads a GitHub webhook: deployment, deployment_status and push in detail; any other event as a generic one. */
export function githubAdapter(payload: unknown, ctx: AdapterContext = {}): IngestResult {
  const body = recognise('github', GithubBody, payload);
  const name = eventName(body, ctx);
  if (name === 'deployment' || name === 'deployment_status') return readDeployment(body, ctx, name === 'deployment_status');
  if (name === 'push') return readPush(body, null);
  return readGenericGithub(body, name, null);
}
