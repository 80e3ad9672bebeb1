import { ApiError, errorMessage } from '../api.ts';

/** The error state of a page or panel: what failed, the server's words, and a retry. */
export function ErrorState({ error, retry, what }: { error: unknown; retry?: () => void; what?: string }) {
  const missing = error instanceof ApiError && error.status === 404 && error.code === 'not_found' && /no route/.test(error.message);
  return (
    <div className="error-state" role="alert">
      <strong>{what ?? 'Could not load this page'}</strong>
      <p>{missing ? `This server does not offer this yet (${error.message}).` : errorMessage(error)}</p>
      {retry && <button type="button" onClick={retry}>Try again</button>}
    </div>
  );
}
