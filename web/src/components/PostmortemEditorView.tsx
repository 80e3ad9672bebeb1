import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { loadDraft, clearDraft } from '../lib/draft-store.ts';
import { generatedTables } from '../lib/postmortem-markdown.ts';
import { withRelated } from '../lib/related.ts';
import { useChanged } from '../lib/useApi.ts';
import { useLint } from '../lib/useLint.ts';
import { usePostmortemEditor } from '../lib/usePostmortemEditor.ts';
import { formatTime } from '../lib/format.ts';
import { can, useUser } from '../session.ts';
import type { ActionItem, Postmortem } from '../contract.ts';
import { sectionRef } from '../contract.ts';
import { ActionItemCard } from './ActionItemCard.tsx';
import { ActionItemForm } from './ActionItemForm.tsx';
import { ConflictPanel } from './ConflictPanel.tsx';
import { EvidencePanel } from './EvidencePanel.tsx';
import { insertCitation, uploadEvidence } from '../lib/evidence.ts';
import { FindingList } from './FindingList.tsx';
import { Link } from './Link.tsx';
import { Notice } from './Notice.tsx';
import { PostmortemHeader } from './PostmortemHeader.tsx';
import { RelatedIncidents } from './RelatedIncidents.tsx';
import { RevisionHistory } from './RevisionHistory.tsx';
import { SectionEditor } from './SectionEditor.tsx';
import { TimelineEntries } from './TimelineEntries.tsx';

/** Sections with prompts, findings beside the text while typing, save with conflict handling, action items, history. */
export function PostmortemEditorView({ initial }: { initial: Postmortem }) {
  const user = useUser();
  const [pm, setPm] = useState(initial);
  const changed = useChanged();
  // A save, an action item or a refreshed timeline changes the post-mortem and what shows it elsewhere (lists, "my work", review).
  const touched = (): void => { void changed({ postmortem: initial.id, incident: initial.incidentId }); };
  const editor = usePostmortemEditor(initial, (saved) => { setPm(saved); touched(); });
  const { draft, base } = editor;
  // Edit rights as the server grants them: editors, or the owner with the responder role.
  const owns = initial.owner !== null && [user.username, user.id].includes(initial.owner);
  const readOnly = !(can(user, 'editor') || (owns && can(user, 'responder')));
  const sections = useMemo(() => base.sections.map((s) => ({ key: sectionRef(s), heading: s.heading, body: draft.sections[sectionRef(s)] ?? '' })), [base.sections, draft.sections]);
  const extras = useMemo(() => generatedTables(base.timeline?.entries ?? [], pm.actionItems), [base.timeline, pm.actionItems]);
  const lint = useLint(draft.title, sections, base.template, { findings: initial.findings ?? [], score: initial.score?.score ?? null }, extras);
  const headings = Object.fromEntries(base.sections.map((s) => [sectionRef(s), s.heading]));
  // Evidence: "cite" puts the citation into the section last edited (the root cause until then).
  const [citeInto, setCiteInto] = useState(() => (() => { const s = base.sections.find((x) => x.key === 'rootCause') ?? base.sections[0]; return s ? sectionRef(s) : ''; })());
  const [evidenceTick, setEvidenceTick] = useState(0);
  const [pasteError, setPasteError] = useState<unknown>(null);
  const sectionsRef = useRef(draft.sections);
  sectionsRef.current = draft.sections;
  const cite = (key: string, citation: string, at?: number): void => editor.setSection(key, insertCitation(sectionsRef.current[key] ?? '', citation, at));
  const pasteFiles = async (key: string, files: File[], at: number): Promise<void> => {
    setPasteError(null);
    try {
      for (const f of files) {
        const name = f.name && f.name !== 'image.png' ? f.name : `screenshot-${new Date().toISOString().replace(/[:.]/g, '-')}.png`;
        const item = await uploadEvidence(pm.incidentId, f, { caption: `Screenshot pasted into ${headings[key] ?? key}`, name });
        cite(key, item.citation, at);
      }
      setEvidenceTick((n) => n + 1);
    } catch (e) {
      setPasteError(e);
    }
  };
  const [stored, setStored] = useState(() => {
    const d = loadDraft(initial.id);
    const differs = d && (d.title !== initial.title || initial.sections.some((s) => (d.sections[sectionRef(s)] ?? s.body) !== s.body));
    return differs ? d : null;
  });

  // Warn before leaving with unsaved text.
  useEffect(() => {
    if (!editor.dirty) return;
    const warn = (e: BeforeUnloadEvent): void => { e.preventDefault(); };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [editor.dirty]);

  const onItem = (item: ActionItem): void => {
    const items = pm.actionItems.some((a) => a.key === item.key) ? pm.actionItems.map((a) => (a.key === item.key ? item : a)) : [...pm.actionItems, item];
    setPm({ ...pm, actionItems: items });
    touched();
  };

  return (
    <article className="editor">
      {/* The saved revision's score as the server computes it on every read: the same number the review and meeting pages show. */}
      <PostmortemHeader pm={{ ...pm, title: draft.title }} score={base.score.score} current="edit" />
      {stored && (
        <div className="banner" role="status">
          Text you had not saved ({formatTime(stored.savedAt)}) is kept in this browser.{' '}
          <button type="button" onClick={() => { editor.replaceDraft({ title: stored.title, sections: { ...draft.sections, ...stored.sections } }); setStored(null); }}>Restore it</button>{' '}
          <button type="button" className="link-button" onClick={() => { clearDraft(initial.id); setStored(null); }}>Discard it</button>
        </div>
      )}
      {editor.conflict && (
        <ConflictPanel conflict={editor.conflict} headings={headings} draft={draft} onTakeTheirs={editor.takeTheirs} onDismiss={editor.dismissConflict} />
      )}
      <div className="save-bar" role="region" aria-label="Saving">
        {readOnly
          // A reviewer or viewer reads here; comments and sign-off are on the review page.
          ? <span>Read only: <Link to={`/postmortems/${pm.id}/review`}>comment and sign off on the review page</Link>; editing needs the editor role (or owning it as a responder).</span>
          : <button type="button" className="primary" disabled={!editor.dirty || editor.saving} onClick={() => void editor.save()}>
            {editor.saving ? 'Saving…' : editor.conflict ? 'Save my version' : 'Save'}
          </button>}
        <span className="muted" aria-live="polite">
          {editor.dirty ? 'Unsaved changes' : editor.savedAt ? `Saved ${formatTime(editor.savedAt)}` : `Version ${base.version}`}
          {' · '}{lint.busy ? 'checking…' : lint.error ? 'quality check unavailable' : `${lint.count} finding(s)`}
          {editor.dirty && ' · the score is of the saved version'}
        </span>
        {!editor.conflict && editor.error !== null && <><Notice error={editor.error} /><span>Your text is still in this page (and kept in this browser); try saving again.</span></>}
      </div>
      {base.status === 'published' && <p className="banner">This post-mortem is published. Saving an edit starts a new revision (back to draft); published versions stay as they were.</p>}
      <label className="title-field">Title<input value={draft.title} readOnly={readOnly} onChange={(e) => editor.setTitle(e.target.value)} /></label>
      {lint.general.length > 0 && <FindingList findings={lint.general} label="Findings about the whole document" />}
      {lint.error !== null && <Notice error={lint.error} />}
      {base.sections.map((s) => (
        <Fragment key={sectionRef(s)}>
          <SectionEditor section={s} body={draft.sections[sectionRef(s)] ?? ''} findings={lint.bySection.get(sectionRef(s)) ?? []}
            readOnly={readOnly} onChange={(body) => editor.setSection(sectionRef(s), body)}
            onFocus={() => setCiteInto(sectionRef(s))} onPasteFiles={(files, at) => void pasteFiles(sectionRef(s), files, at)} />
          {sectionRef(s) === 'timeline' && <TimelineEntries pm={{ ...base, actionItems: pm.actionItems }} canEdit={!readOnly} onRefreshed={(next) => { editor.adopt(next); touched(); }} />}
        </Fragment>
      ))}
      {!base.sections.some((s) => sectionRef(s) === 'timeline') && <TimelineEntries pm={{ ...base, actionItems: pm.actionItems }} canEdit={!readOnly} onRefreshed={(next) => { editor.adopt(next); touched(); }} />}
      {pasteError !== null && <Notice error={pasteError} />}
      <EvidencePanel incidentId={pm.incidentId} refresh={evidenceTick}
        onCite={readOnly || !citeInto ? undefined : (item) => cite(citeInto, item.citation)} citeLabel={`Cite in ${headings[citeInto] ?? 'section'}`} />
      <section className="panel" aria-labelledby="items-h">
        <h2 id="items-h">Action items ({pm.actionItems.length})</h2>
        <div className="cards">{pm.actionItems.map((a) => <ActionItemCard key={a.key} item={a} onChanged={onItem} showPostmortem={false} />)}</div>
        {!readOnly && <ActionItemForm postmortemId={pm.id} defaultOwner={pm.owner ?? user.username} onAdded={onItem} />}
      </section>
      <RelatedIncidents incidentId={pm.incidentId} sectionKeys={base.sections.map((s) => sectionRef(s))} bodies={draft.sections} headings={headings} canEdit={!readOnly}
        onAccept={(key, s) => editor.setSection(key, withRelated(draft.sections[key] ?? '', s))} />
      <RevisionHistory id={pm.id} version={base.version} />
    </article>
  );
}
