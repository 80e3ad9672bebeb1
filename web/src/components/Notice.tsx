import { errorMessage } from '../api.ts';

/** A one-line outcome of an action: an error (role=alert) or a confirmation (role=status). */
export function Notice({ error, ok }: { error?: unknown; ok?: string | null }) {
  if (error) return <p className="notice notice-error" role="alert">{errorMessage(error)}</p>;
  if (ok) return <p className="notice notice-ok" role="status">{ok}</p>;
  return null;
}
