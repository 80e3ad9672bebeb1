import { formatTime, relative } from '../lib/format.ts';
import { plainName, policySource, withoutSeeds } from '../lib/plain-words.ts';
import type { IncidentPolicy } from '../contract.ts';
import { Badge } from './Badge.tsx';

const text = (x: string | { message?: string; rule?: string }): string => withoutSeeds(typeof x === 'string' ? plainName(x) : x.message ?? plainName(x.rule ?? ''));

/**
 * The policy's long detail, folded (details/summary): what the verdict still waits for,
 * every deadline with how the policy sets it, and the focus questions of the incident's
 * type. The verdict, its reasons, the next deadline and the numbers are on `IncidentSummary`.
 */
export function PolicyPanel({ policy }: { policy: IncidentPolicy }) {
  const { verdict, deadlines } = policy;
  return (
    <details className="panel policy-detail">
      <summary>Policy detail: every deadline and how it is set</summary>
      {verdict.pending.length > 0 && <p className="muted">Pending: {verdict.pending.map(text).join('; ')}</p>}
      {verdict.unknown.length > 0 && <p className="muted">Not known yet: {verdict.unknown.map(text).join('; ')}</p>}
      <h3>Deadlines</h3>
      <ul className="deadlines">
        {Object.entries(deadlines).map(([k, d]) => (
          <li key={k}>
            <strong>{d.label}</strong>: {d.met
              ? <><Badge kind="done">done</Badge> <time dateTime={d.met.at}>{formatTime(d.met.at)}</time>{d.met.late && d.at ? <span className="muted"> (after the deadline of {formatTime(d.at)})</span> : null}</>
              : d.at ? <><time dateTime={d.at}>{formatTime(d.at)}</time> <span className="muted">({relative(d.at)})</span></> : <span className="muted">{d.waitingFor?.length ? `when ${d.waitingFor.map(plainName).join(' and ')} is known` : 'when the incident resolves'}</span>}
            {d.explanation && <><br /><small className="muted">{policySource(d.seed)}: {withoutSeeds(d.explanation)}</small></>}
          </li>
        ))}
      </ul>
      {policy.focus && policy.focus.questions.length > 0 && (
        <>
          <h3>Focus questions ({policy.focus.label.toLowerCase()} incidents)</h3>
          <ul>{policy.focus.questions.map((q) => <li key={q}>{q}</li>)}</ul>
        </>
      )}
    </details>
  );
}
