import { formatMinutes, formatTime, relative } from '../lib/format.ts';
import { plainName, withoutSeeds } from '../lib/plain-words.ts';
import type { IncidentPolicy } from '../contract.ts';
import { Badge } from './Badge.tsx';


const METRICS = [
  ['durationMinutes', 'Duration'], ['timeToDetectMinutes', 'Time to detect'], ['timeToAcknowledgeMinutes', 'Time to acknowledge'],
  ['timeToMitigateMinutes', 'Time to mitigate'], ['timeToResolveMinutes', 'Time to resolve'], ['customerImpactMinutes', 'Customer impact'],
] as const;

const text = (x: string | { message?: string; rule?: string }): string => withoutSeeds(typeof x === 'string' ? plainName(x) : x.message ?? plainName(x.rule ?? ''));

/** The policy verdict with its reasons, the derived numbers and the deadlines with their explanations. */
export function PolicyPanel({ policy }: { policy: IncidentPolicy }) {
  const { verdict, metrics, deadlines } = policy;
  const budget = metrics.errorBudgetConsumedPercent;
  return (
    <section className="panel" aria-labelledby="policy-h">
      <h2 id="policy-h">Post-mortem <Badge kind={verdict.level}>{verdict.level}</Badge></h2>
      {verdict.reasons.length > 0 && (
        <ul className="reasons">
          {verdict.reasons.map((r) => <li key={r.rule}>{withoutSeeds(r.message)} <small className="muted">(policy rule: {plainName(r.rule)})</small></li>)}
        </ul>
      )}
      {verdict.pending.length > 0 && <p className="muted">Pending: {verdict.pending.map(text).join('; ')}</p>}
      {verdict.unknown.length > 0 && <p className="muted">Not known yet: {verdict.unknown.map(text).join('; ')}</p>}

      <h3>Numbers</h3>
      <dl className="pairs">
        {METRICS.map(([k, label]) => <div className="pair" key={k}><dt>{label}</dt><dd>{formatMinutes(metrics[k])}</dd></div>)}
        {typeof budget === 'number' && <div className="pair"><dt>Error budget used</dt><dd>{budget.toFixed(1)}%</dd></div>}
      </dl>
      {(metrics.warnings ?? []).length > 0 && <ul className="warnings">{metrics.warnings.map((w) => <li key={w}>{w}</li>)}</ul>}

      <h3>Deadlines</h3>
      <ul className="deadlines">
        {Object.entries(deadlines).map(([k, d]) => (
          <li key={k}>
            <strong>{d.label}</strong>: {d.met
              ? <><Badge kind="done">done</Badge> <time dateTime={d.met.at}>{formatTime(d.met.at)}</time>{d.met.late && d.at ? <span className="muted"> (after the deadline of {formatTime(d.at)})</span> : null}</>
              : d.at ? <><time dateTime={d.at}>{formatTime(d.at)}</time> <span className="muted">({relative(d.at)})</span></> : <span className="muted">when {(d.waitingFor?.length ? d.waitingFor.map(plainName) : ['the incident resolves']).join(' and ')} is known</span>}
            {d.explanation && <><br /><small className="muted">Policy: {withoutSeeds(d.explanation)}</small></>}
          </li>
        ))}
      </ul>
      {policy.focus && policy.focus.questions.length > 0 && (
        <details>
          <summary>Focus questions ({policy.focus.label.toLowerCase()} incidents)</summary>
          <ul>{policy.focus.questions.map((q) => <li key={q}>{q}</li>)}</ul>
        </details>
      )}
    </section>
  );
}
