import { Badge } from '../components/Badge.tsx';
import { KeyTimes } from '../components/KeyTimes.tsx';
import { Link } from '../components/Link.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { IncidentSummary } from '../components/IncidentSummary.tsx';
import { PolicyPanel } from '../components/PolicyPanel.tsx';
import { PostmortemLink } from '../components/PostmortemLink.tsx';
import { RelatedIncidents } from '../components/RelatedIncidents.tsx';
import { StatusControl } from '../components/StatusControl.tsx';
import { IncidentDetails } from '../components/IncidentDetails.tsx';
import { IncidentHistory } from '../components/IncidentHistory.tsx';
import { EvidencePanel } from '../components/EvidencePanel.tsx';
import { useApi, useChanged } from '../lib/useApi.ts';
import type { Incident } from '../contract.ts';

/**
 * One incident: first its status, post-mortem verdict, next deadline and numbers; then the
 * status changes, its fields and policy flags (editable) and key times; the policy's long
 * detail folded; evidence, related incidents and the history.
 */
export function IncidentPage({ id }: { id: string }) {
  const load = useApi<Incident>(`/api/v1/incidents/${encodeURIComponent(id)}`);
  const changed = useChanged();
  // The answer shows at once; the lists, "my work", the history and the post-mortem showing this incident go stale.
  const onChanged = (next: Incident): void => { load.setData(next); void changed({ incident: next.id }); };
  return (
    <Loadable load={load} what="the incident">
      {(incident) => (
        <article className="incident">
          <div className="page-head">
            <div>
              <p className="muted">{incident.id}</p>
              <h1>{incident.title}</h1>
              <p className="badges">
                {/* The status shows once, in the summary below, beside its change control. */}
                <Badge kind={incident.severity}>{incident.severity}</Badge>{' '}
                <span className="muted">{incident.type.replace('_', ' ')} · {incident.services.join(', ') || 'no service named'}{incident.commander ? ` · IC ${incident.commander}` : ''}</span>
              </p>
            </div>
            <nav aria-label="Incident" className="actions">
              <Link to={`/incidents/${incident.id}/timeline`} className="button">Timeline</Link>
              <PostmortemLink incident={incident} />
            </nav>
          </div>
          <IncidentSummary incident={incident} />
          <StatusControl incident={incident} onChanged={onChanged} />
          {incident.summary && <p>{incident.summary}</p>}
          <div className="columns">
            <IncidentDetails incident={incident} onChanged={onChanged} />
            <KeyTimes incident={incident} onChanged={onChanged} />
          </div>
          <PolicyPanel policy={incident.policy} />
          <EvidencePanel incidentId={incident.id} />
          <RelatedIncidents incidentId={incident.id} sectionKeys={[]} bodies={{}} headings={{}} canEdit={false} onAccept={() => undefined} />
          <IncidentHistory id={incident.id} version={incident.version} />
        </article>
      )}
    </Loadable>
  );
}
