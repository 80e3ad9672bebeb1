import { compactVerdictOf } from '../../../src/domain/incident/compact-verdict.ts';
import { formatMinutes, formatTime, relative } from '../lib/format.ts';
import { withoutSeeds } from '../lib/plain-words.ts';
import type { Incident } from '../contract.ts';
import { Badge } from './Badge.tsx';

const METRICS = [
  ['durationMinutes', 'Duration'], ['timeToDetectMinutes', 'Time to detect'], ['timeToAcknowledgeMinutes', 'Time to acknowledge'],
  ['timeToMitigateMinutes', 'Time to mitigate'], ['timeToResolveMinutes', 'Time to resolve'], ['customerImpactMinutes', 'Customer impact'],
] as const;

/**
 * What a person looks for first on an incident page: its status, whether a post-mortem is
 * needed and why, the next post-mortem deadline, and the numbers. The policy's full detail
 * (every deadline and how it was set) folds away below (`PolicyPanel`).
 */
export function IncidentSummary({ incident, now = new Date() }: { incident: Incident; now?: Date }) {
  const { verdict, metrics } = incident.policy;
  // The same next deadline the incident list shows: only when a post-mortem is expected.
  const expected = verdict.level === 'required' || verdict.level === 'recommended';
  const next = expected ? compactVerdictOf(incident.policy, now).nextDeadline : null;
  const budget = metrics.errorBudgetConsumedPercent;
  return (
    <section className="panel glance" aria-labelledby="glance-h">
      <h2 id="glance-h" className="sr-only">At a glance</h2>
      <dl className="glance-list">
        <div><dt>Status</dt><dd><Badge kind={incident.status}>{incident.status}</Badge></dd></div>
        <div><dt>Post-mortem</dt><dd><Badge kind={verdict.level}>{verdict.level.replace('_', ' ')}</Badge></dd></div>
        <div><dt>Next deadline</dt><dd>{next
          ? <>{next.label}: <time dateTime={next.at}>{formatTime(next.at)}</time> <span className={next.overdue ? 'overdue' : 'muted'}>({relative(next.at, now.getTime())})</span></>
          : <span className="muted">{expected ? 'none pending' : 'none: no post-mortem expected'}</span>}</dd></div>
      </dl>
      {verdict.reasons.length > 0 && (
        <ul className="reasons">
          {verdict.reasons.map((r) => <li key={r.rule}>{withoutSeeds(r.message)} <small className="muted">(policy rule: {r.rule.replace(/-/g, ' ')})</small></li>)}
        </ul>
      )}
      <h3>Numbers</h3>
      <dl className="pairs">
        {METRICS.map(([k, label]) => <div className="pair" key={k}><dt>{label}</dt><dd>{formatMinutes(metrics[k])}</dd></div>)}
        {typeof budget === 'number' && <div className="pair"><dt>Error budget used</dt><dd>{budget.toFixed(1)}%</dd></div>}
      </dl>
      {(metrics.warnings ?? []).length > 0 && <ul className="warnings">{metrics.warnings.map((w) => <li key={w}>{w}</li>)}</ul>}
    </section>
  );
}
