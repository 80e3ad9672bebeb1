import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { AppError } from '../../domain/errors.ts';
import { RECOMMENDED_GIT_FORMAT } from '../../formats/ingest/git.adapter.ts';

const run = promisify(execFile);

export type GitLogOptions = {
  /** Only commits after this instant (passed to `git log --since`). */
  since?: string;
  /** Only commits before this instant (passed to `git log --until`). */
  until?: string;
};

/** Runs `git log` in the recommended format on a repository and returns its text for the git adapter. */
export async function readGitRepoLog(dir: string, opts: GitLogOptions = {}): Promise<string> {
  const args = ['-C', dir, 'log', '--no-color', `--format=${RECOMMENDED_GIT_FORMAT}`];
  if (opts.since !== undefined) args.push(`--since=${opts.since}`);
  if (opts.until !== undefined) args.push(`--until=${opts.until}`);
  try {
    const { stdout } = await run('git', args, { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_PAGER: 'cat' } });
    return stdout;
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    const why = err.code === 'ENOENT' ? 'git is not installed' : (err.stderr ?? err.message).trim().split('\n')[0];
    throw new AppError('validation_failed', `git: cannot read the repository ${dir}: ${why}`);
  }
}
