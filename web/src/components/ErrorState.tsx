import { ApiError, errorMessage } from '../api.ts';

/** The error state of a page or panel: what failed, the server's words, and a retry. */
export function ErrorState({ error, retry, what }: { error: unknown; retry?: () => void; what?: string }) {
  // The problem's title ("Service unavailable") above its detail, when the server sent both.
  const title = error instanceof ApiError && typeof error.problem.title === 'string' && error.problem.title !== error.message ? error.problem.title : null;
  const missing = error instanceof ApiError && error.status === 404 && error.code === 'not_found' && /no route/.test(error.message);
  return (
    <div className="error-state" role="alert">
      <strong>{what ?? 'Could not load this page'}</strong>
      {title && <p className="problem-title">{title}{error instanceof ApiError && error.status ? ` (HTTP ${error.status})` : ''}</p>}
      <p>{missing ? `This server does not offer this yet (${error.message}).` : errorMessage(error)}</p>
      {retry && <button type="button" onClick={retry}>Try again</button>}
    </div>
  );
}
