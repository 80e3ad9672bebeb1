import { AppError } from '../domain/errors.ts';

/**
 * The version an update was made on: from the body, or from an If-Match header
 * (`"3"`, `W/"3"` or `3`). Both given and different is a bad request; neither is 428.
 */
export function expectedVersion(bodyVersion: number | undefined, ifMatch: string | undefined): number {
  let headerVersion: number | undefined;
  if (ifMatch !== undefined && ifMatch.trim() !== '') {
    const m = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(ifMatch);
    if (!m) throw new AppError('bad_request', `If-Match must be a version number such as "3", got ${JSON.stringify(ifMatch.slice(0, 40))}`);
    headerVersion = Number(m[1]);
  }
  if (bodyVersion !== undefined && headerVersion !== undefined && bodyVersion !== headerVersion) {
    throw new AppError('bad_request', `the body says version ${bodyVersion} but If-Match says ${headerVersion}`);
  }
  const v = bodyVersion ?? headerVersion;
  if (v === undefined) {
    throw new AppError('precondition_required', 'an update must carry the version it was made on: "version" in the body or an If-Match header');
  }
  return v;
}

/** The 409 for a stale version, carrying the current version and resource. */
export function staleVersion(kind: string, id: string, expected: number, current: { version: number }, currentView: unknown): AppError {
  return new AppError('version_conflict', `${kind} ${id} is at version ${current.version}, not ${expected}: someone else changed it. Reload, reapply your change and send version ${current.version}.`, {
    currentVersion: current.version,
    current: currentView,
  });
}
