import type { IngestResult } from '../../domain/timeline/event.types.ts';
import { emptyHint, makeEvent } from './event-builder.ts';
import { arr, at, firstLine, firstStr, obj, shortHash, type JsonObject } from './json-shape.ts';
import { readEpoch, readIso } from './time.ts';

const ZERO_SHA = /^0+$/;

/** A push: one event for the whole push (branch, number of commits, head commit). */
export function readPush(body: JsonObject, deliveryKey: string | null): IngestResult {
  const repo = obj(body['repository']);
  const repoName = firstStr(repo?.['full_name'], repo?.['name']);
  const ref = firstStr(body['ref']) ?? '';
  const branch = ref.replace(/^refs\/(heads|tags)\//, '');
  const after = firstStr(body['after']);
  const head = obj(body['head_commit']);
  const count = arr(body['commits']).length;
  const subject = firstLine(firstStr(head?.['message']) ?? '');
  const time = readEpoch(repo?.['pushed_at']) ?? readIso(repo?.['pushed_at']) ?? readIso(head?.['timestamp']);
  const deleted = body['deleted'] === true;
  const text = deleted
    ? `${branch} deleted in ${repoName ?? 'repository'}`
    : `${body['forced'] === true ? 'Force-push' : 'Push'} to ${branch}${repoName === null ? '' : ` of ${repoName}`}: ${count} commit${count === 1 ? '' : 's'}` +
      `${after !== null && !ZERO_SHA.test(after) ? `, head ${after.slice(0, 7)}` : ''}${subject === '' ? '' : ` "${subject}"`}`;
  const event = makeEvent({
    time,
    source: 'github',
    kind: 'push',
    text,
    actor: firstStr(at(body, 'pusher', 'name'), at(body, 'sender', 'login'), at(head, 'author', 'name')),
    link: firstStr(body['compare'], head?.['url'], repo?.['html_url']),
    idempotencyKey: deliveryKey ?? `github:push:${repoName ?? 'repo'}:${ref}:${after ?? 'no-sha'}`,
    sha: after !== null && !ZERO_SHA.test(after) ? after : null,
  });
  const warnings = time === null ? [{ field: 'repository.pushed_at', message: 'missing, and no head_commit.timestamp: the push time is unknown' }] : [];
  return { events: [event], hints: [{ ...emptyHint(), service: repoName, link: firstStr(repo?.['html_url']) }], warnings };
}

const TIME_FIELDS = ['completed_at', 'updated_at', 'submitted_at', 'published_at', 'closed_at', 'merged_at', 'created_at'];

/** Any other GitHub event (workflow_run, check_run, release, issues…): kept as a generic event named after its type. */
export function readGenericGithub(body: JsonObject, name: string | null, deliveryKey: string | null): IngestResult {
  const type = name ?? 'github';
  const action = firstStr(body['action']);
  const kind = action === null ? type : `${type}.${action}`;
  const subject = obj(body[type]) ?? obj(body[type.replace(/s$/, '')]) ?? null;
  let time = null;
  for (const field of TIME_FIELDS) {
    time = readIso(subject?.[field]);
    if (time !== null) break;
  }
  time ??= readIso(at(body, 'head_commit', 'timestamp'));
  const title = firstStr(subject?.['title'], subject?.['name'], subject?.['display_title'], subject?.['tag_name']);
  const outcome = firstStr(subject?.['conclusion'], subject?.['state'], subject?.['status']);
  const repoName = firstStr(at(body, 'repository', 'full_name'));
  const text = `${type.replace(/_/g, ' ')}${action === null ? '' : ` ${action}`}${title === null ? '' : `: ${title}`}${outcome === null ? '' : ` (${outcome})`}${repoName === null ? '' : ` in ${repoName}`}`;
  const id = firstStr(subject?.['id'], subject?.['node_id']) ?? shortHash(JSON.stringify(body));
  const event = makeEvent({
    time,
    source: 'github',
    kind,
    text,
    actor: firstStr(at(body, 'sender', 'login')),
    link: firstStr(subject?.['html_url'], at(body, 'repository', 'html_url')),
    idempotencyKey: deliveryKey ?? `github:${kind}:${id}:${time?.at ?? outcome ?? 'no-time'}`,
    sha: firstStr(subject?.['head_sha'], subject?.['sha']),
  });
  const warnings = [
    { field: name === null ? 'X-GitHub-Event' : 'event', message: `${name === null ? 'unknown GitHub event shape' : `"${type}"`} read as a generic event` },
    ...(time === null ? [{ field: `${type}.updated_at`, message: 'no time found; the event time is unknown' }] : []),
  ];
  return { events: [event], hints: [], warnings };
}
