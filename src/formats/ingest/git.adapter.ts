import type { IngestResult, Warning } from '../../domain/timeline/event.types.ts';
import { AppError } from '../../domain/errors.ts';
import { makeEvent } from './event-builder.ts';
import { parseGitLog } from './git-log.parser.ts';
import type { AdapterContext } from './ingest.types.ts';

/** The format Debrief asks for (and runs itself on a repository): hash, author date, committer date, author, subject. */
export const RECOMMENDED_GIT_FORMAT = '%H%x09%aI%x09%cI%x09%an%x09%s';

/** Reads `git log` text: one `commit` event per commit, keyed by its hash, stamped with the author date. */
export function gitAdapter(payload: unknown, _ctx: AdapterContext = {}): IngestResult {
  if (typeof payload !== 'string') {
    throw new AppError('validation_failed', 'git: expected the text of `git log`, not JSON', { errors: [{ path: '(root)', message: 'must be text' }] });
  }
  const { commits, warnings } = parseGitLog(payload);
  const firstLine = payload.split(/\r?\n/).findIndex((l) => l.trim() !== '');
  if (commits.length === 0 && firstLine !== -1) {
    const quoted = (payload.split(/\r?\n/)[firstLine] ?? '').slice(0, 60);
    throw new AppError('validation_failed', `git: line ${firstLine + 1}: expected "commit <sha>" or "<sha> <date> <subject>", got "${quoted}" (recommended: git log --format='${RECOMMENDED_GIT_FORMAT}')`, {
      errors: [{ path: `line ${firstLine + 1}`, message: 'not a git log line' }],
    });
  }
  const out: Warning[] = [...warnings];
  if (commits.length === 0) out.push({ message: 'empty git log: no commits' });
  const undated = commits.filter((c) => c.time === null).length;
  if (undated > 0) out.push({ message: `${undated} commit(s) without a date: use git log --format='${RECOMMENDED_GIT_FORMAT}'` });
  const events = commits.map((c) =>
    makeEvent({
      time: c.time,
      source: 'git',
      kind: 'commit',
      text: c.subject === '' ? `commit ${c.sha.slice(0, 7)}` : c.subject,
      actor: c.author,
      link: null,
      idempotencyKey: `git:${c.sha}`,
      sha: c.sha,
    }),
  );
  return { events, hints: [], warnings: out };
}
