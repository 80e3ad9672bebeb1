import { formatTime, relative } from '../lib/format.ts';
import type { Postmortem } from '../contract.ts';
import { Badge } from './Badge.tsx';
import { Link } from './Link.tsx';
import { plainName } from '../lib/plain-words.ts';

/** Title line of the post-mortem pages: status, score and the links between editor, review and meeting. */
export function PostmortemHeader({ pm, score, current }: { pm: Postmortem; score: number | null; current: 'edit' | 'review' | 'meeting' }) {
  const due = Object.entries(pm.deadlines ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string');
  const tab = (to: string, label: string, name: typeof current) => (
    <Link to={to} className={`button${current === name ? ' current' : ''}`} aria-current={current === name ? 'page' : undefined}>{label}</Link>
  );
  return (
    <div className="page-head">
      <div>
        <p className="muted"><Link to={`/incidents/${pm.incidentId}`}>{pm.incidentId}</Link> · template {pm.template} · owner {pm.owner ?? '—'}</p>
        <h1>{pm.title}</h1>
        <p className="badges">
          <Badge kind={pm.status}>{pm.status.replace('_', ' ')}</Badge>{' '}
          {score !== null && <span className="score" aria-label={`Quality score ${score} of 100`}>score <strong>{Math.round(score)}</strong>/100</span>}
        </p>
        {due.length > 0 && (
          <p className="muted due">Due: {due.map(([k, at], i) => {
            const met = pm.deadlinesMet?.[k];
            return <span key={k}>{i > 0 && ' · '}{plainName(k)} {met ? <>done <time dateTime={met} title={formatTime(met)}>{relative(met)}</time></> : <time dateTime={at} title={formatTime(at)}>{relative(at)}</time>}</span>;
          })}</p>
        )}
      </div>
      <nav aria-label="Post-mortem" className="actions">
        {tab(`/postmortems/${pm.id}`, 'Write', 'edit')}
        {tab(`/postmortems/${pm.id}/review`, 'Review & publish', 'review')}
        {tab(`/postmortems/${pm.id}/meeting`, 'Meeting', 'meeting')}
        <a className="button" href={`/api/v1/postmortems/${pm.id}.md`} download>Markdown</a>
      </nav>
    </div>
  );
}
