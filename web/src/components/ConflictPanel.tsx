import type { Conflict } from '../lib/usePostmortemEditor.ts';
import { DiffView } from './DiffView.tsx';

/** The stale-save message: what happened, and the other person's text beside mine for each clash. */
export function ConflictPanel({ conflict, headings, draft, onTakeTheirs, onDismiss }: {
  conflict: Conflict; headings: Record<string, string>; draft: { title: string; sections: Record<string, string> };
  onTakeTheirs: (key: string) => void; onDismiss: () => void;
}) {
  const { theirs, keys, titleClash } = conflict;
  const theirText = (key: string): string => theirs.sections.find((s) => s.key === key)?.body ?? '';
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-h">
      <h2 id="conflict-h">Someone else saved this post-mortem while you were editing</h2>
      <p>
        Version {theirs.version} was saved by someone else (last change {new Date(theirs.updatedAt).toLocaleString()}). Your text is still here:
        their changes to sections you did not touch are merged in.
        {keys.length + (titleClash ? 1 : 0) > 0
          ? ' Below are the parts you both changed: compare, take theirs, or save to keep yours.'
          : ' Nothing clashes: save again to store your changes on top of theirs.'}
      </p>
      {titleClash && (
        <div className="clash">
          <h3>Title</h3>
          <p>Theirs: <strong>{theirs.title}</strong></p>
          <button type="button" onClick={() => onTakeTheirs('title')}>Take their title</button>
        </div>
      )}
      {keys.map((key) => (
        <div className="clash" key={key}>
          <h3>{headings[key] ?? key}</h3>
          <div className="columns">
            <div><h4>Their version</h4><pre className="their-text">{theirText(key)}</pre></div>
            <div><h4>Changes from theirs to yours</h4><DiffView from={theirText(key)} to={draft.sections[key] ?? ''} /></div>
          </div>
          <button type="button" onClick={() => onTakeTheirs(key)}>Take their {headings[key] ?? key}</button>
        </div>
      ))}
      <button type="button" className="link-button" onClick={onDismiss}>Hide this message</button>
    </section>
  );
}
