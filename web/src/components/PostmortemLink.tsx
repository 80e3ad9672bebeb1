import { useState } from 'react';
import { api } from '../api.ts';
import { useApi, useChanged } from '../lib/useApi.ts';
import { navigate } from '../router.ts';
import { can, useUser } from '../session.ts';
import type { Incident, IncidentPostmortemLink } from '../contract.ts';
import { Link } from './Link.tsx';
import { Notice } from './Notice.tsx';

/** "Open the post-mortem", or "Start the post-mortem" when the incident has none yet. */
export function PostmortemLink({ incident }: { incident: Incident }) {
  const user = useUser();
  // The incident's post-mortem or null: a 200 either way, so an incident without one logs no failed request.
  const found = useApi<IncidentPostmortemLink>(`/api/v1/incidents/${incident.id}/postmortem`);
  const pm = { ...found, data: found.data && (found.data.postmortem ?? ('none' as const)) };
  const [error, setError] = useState<unknown>(null);
  const changed = useChanged();

  const start = async (): Promise<void> => {
    try {
      await api.post(`/api/v1/incidents/${incident.id}/postmortem`, {});
      void changed({ incident: incident.id, postmortem: incident.id });
      navigate(`/postmortems/${incident.id}`);
    } catch (e) {
      setError(e);
    }
  };

  if (pm.loading) return <span className="muted">checking post-mortem…</span>;
  // A failed check (a timeout, a restart) is not final: the person can ask again without reloading the page.
  if (pm.error) return (
    <><span className="muted" title={String((pm.error as Error).message)}>post-mortem unavailable</span>{' '}
      <button type="button" className="small" onClick={found.reload}>Check again</button></>
  );
  if (pm.data && pm.data !== 'none') return <Link to={`/postmortems/${pm.data.id}`} className="button primary">Open the post-mortem</Link>;
  if (!can(user, 'editor')) return <span className="muted">no post-mortem yet</span>;
  return <><button type="button" onClick={() => void start()}>Start the post-mortem</button><Notice error={error} /></>;
}
