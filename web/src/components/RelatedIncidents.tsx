/**
 * "Related incidents" beside the post-mortem: earlier incidents most like this one, each
 * with its score and the reasons, the repeat flags, and "Add to the document".
 */
import type { SimilarIncident, SimilarResponse } from '../../../src/domain/learning/contract.ts';
import { query } from '../api.ts';
import { relatedSectionKey } from '../lib/related.ts';
import { useApi } from '../lib/useApi.ts';
import { Badge } from './Badge.tsx';
import { Link } from './Link.tsx';
import { Loadable } from './Loadable.tsx';

type Props = {
  incidentId: string;
  sectionKeys: readonly string[];
  /** Section bodies as drafted, to show which incidents are already cited. */
  bodies: Record<string, string>;
  headings: Record<string, string>;
  canEdit: boolean;
  onAccept: (sectionKey: string, s: SimilarIncident) => void;
};

export function RelatedIncidents({ incidentId, sectionKeys, bodies, headings, canEdit, onAccept }: Props) {
  const load = useApi<SimilarResponse>(`/api/v1/incidents/${encodeURIComponent(incidentId)}/similar${query({ earlier: 'true', limit: 5 })}`);
  const target = relatedSectionKey(sectionKeys);
  const cited = (id: string): boolean => Object.values(bodies).some((b) => b.includes(id));
  return (
    <section className="panel related" aria-labelledby="related-h">
      <h2 id="related-h">Related incidents</h2>
      <p className="muted">Earlier incidents most like this one, found from the services, failure terms, contributing factors, alerts and type they share.</p>
      <Loadable load={load} what="related incidents">
        {(r) => r.similar.length === 0 ? <p className="empty">No earlier incident looks like this one yet.</p> : (
          <>
          <RepeatBanner similar={r.similar} />
          <ul className="related-list">
            {r.similar.map((s) => (
              <li key={s.incidentId}>
                <Link to={`/incidents/${s.incidentId}`}>{s.title}</Link> <small className="muted">{s.incidentId}{s.startedAt ? ` · ${s.startedAt.slice(0, 10)}` : ''} · score {s.score.toFixed(2)}</small>
                {s.recurredAfterFix ? <> <Badge kind="overdue">Recurred after the fix</Badge></> : s.repeat ? <> <Badge kind="pending">Repeat</Badge></> : null}
                <ul className="reasons">{s.reasons.map((x) => <li key={x}>{x}</li>)}</ul>
                {canEdit && target && (cited(s.incidentId)
                  ? <small className="muted">In the document</small>
                  : <button type="button" className="small" onClick={() => onAccept(target, s)}>Add to “{headings[target] ?? target}”</button>)}
              </li>
            ))}
          </ul>
          </>
        )}
      </Loadable>
      {canEdit && !target && <p className="muted">This template has no Related Incidents or references section to add them to.</p>}
    </section>
  );
}

/** The effectiveness check of seed 000 §5.2, in words: this incident repeats an earlier one, perhaps after its fix shipped. */
function RepeatBanner({ similar }: { similar: SimilarIncident[] }) {
  const after = similar.find((s) => s.recurredAfterFix);
  const repeat = after ?? similar.find((s) => s.repeat);
  if (!repeat) return null;
  return (
    <p className="banner" role="status">
      {after
        ? <>This incident repeats <Link to={`/incidents/${after.incidentId}`}>{after.incidentId}</Link>, and it happened after that incident's prevent-recurrence action items were done: the fix did not prevent the recurrence. Review whether those items addressed the root cause.</>
        : <>This incident looks like a repeat of <Link to={`/incidents/${repeat.incidentId}`}>{repeat.incidentId}</Link> (score {repeat.score.toFixed(2)}).</>}
    </p>
  );
}
