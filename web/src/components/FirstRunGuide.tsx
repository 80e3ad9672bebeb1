import { can, useUser } from '../session.ts';
import { HistoryImport } from './HistoryImport.tsx';
import { Link } from './Link.tsx';

/** The first-run guide of an empty install: the four things a new team does first. */
export function FirstRunGuide({ onImported }: { onImported: () => void }) {
  const user = useUser();
  const admin = can(user, 'admin');
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">Get started</h2>
      <p>Debrief has no incidents yet. Four steps get a team going; each can be done later too.</p>
      <ol className="steps">
        <li>
          <h3>Declare the first incident</h3>
          <p>Record what is happening now (or what happened last week): its severity, services and key times. The policy then says whether it needs a post-mortem and by when.</p>
          {can(user, 'responder') ? <Link to="/incidents/new" className="button primary">Declare the first incident</Link> : <p className="muted">Your role ({user.role}) cannot declare incidents; ask an admin.</p>}
        </li>
        <li>
          <h3>Import your history</h3>
          <p>Past incidents from another tool feed search, similar incidents and the reports. Each line of the export is one incident; importing twice adds nothing.</p>
          {can(user, 'editor') ? <HistoryImport onImported={onImported} /> : <p className="muted">Importing needs the editor role.</p>}
        </li>
        <li>
          <h3>Invite people</h3>
          <p>Give each person an account and a role: responders declare, editors write post-mortems, reviewers sign them off.</p>
          {admin ? <Link to="/users" className="button">Add people</Link> : <p className="muted">An admin adds people.</p>}
        </li>
        <li>
          <h3>Configure channels</h3>
          <p>Slack, e-mail or a webhook for reminders of due action items, reviews waiting and the weekly digest.</p>
          {admin ? <Link to="/admin" className="button">Set up notifications</Link> : <p className="muted">An admin sets up notifications.</p>}
        </li>
      </ol>
    </section>
  );
}
