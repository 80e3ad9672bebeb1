/**
 * Editor state of a post-mortem: the draft text, saving with the version it was
 * made on, and a section-level three-way merge when the save is stale (409).
 */
import { useEffect, useState } from 'react';
import { ApiError, api } from '../api.ts';
import type { Postmortem } from '../contract.ts';
import { sectionRef } from '../contract.ts';
import { clearDraft, storeDraft } from './draft-store.ts';

export type Draft = { title: string; sections: Record<string, string> };
export type Conflict = { theirs: Postmortem; keys: string[]; titleClash: boolean; mine: Draft };

const draftOf = (pm: Postmortem): Draft => ({ title: pm.title, sections: Object.fromEntries(pm.sections.map((s) => [sectionRef(s), s.body])) });

/** Merges a stale draft onto the other person's version: untouched parts take theirs, edited parts keep mine. */
export function mergeDraft(base: Draft, mine: Draft, theirs: Draft): { draft: Draft; keys: string[]; titleClash: boolean } {
  const sections: Record<string, string> = {};
  const keys: string[] = [];
  for (const key of new Set([...Object.keys(theirs.sections), ...Object.keys(mine.sections)])) {
    const b = base.sections[key] ?? '';
    const m = mine.sections[key] ?? b;
    const t = theirs.sections[key] ?? b;
    sections[key] = m === b ? t : m;
    if (m !== b && t !== b && t !== m) keys.push(key);
  }
  const titleClash = mine.title !== base.title && theirs.title !== base.title && theirs.title !== mine.title;
  return { draft: { title: mine.title === base.title ? theirs.title : mine.title, sections }, keys, titleClash };
}

/** The fields of a PATCH: only what differs from the version the draft is based on. */
export function changesFrom(base: Draft, draft: Draft): { title?: string; sections?: Record<string, string> } {
  const sections = Object.fromEntries(Object.entries(draft.sections).filter(([k, v]) => v !== (base.sections[k] ?? '')));
  return { ...(draft.title !== base.title ? { title: draft.title } : {}), ...(Object.keys(sections).length ? { sections } : {}) };
}

/** The editor of one post-mortem; `onSaved` receives the saved post-mortem. */
export function usePostmortemEditor(initial: Postmortem, onSaved: (pm: Postmortem) => void) {
  const [base, setBase] = useState(initial);
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const changes = changesFrom(draftOf(base), draft);
  const dirty = Object.keys(changes).length > 0;

  useEffect(() => {
    if (dirty) storeDraft(base.id, { baseVersion: base.version, ...draft, savedAt: new Date().toISOString() });
  }, [dirty, draft, base.id, base.version]);

  const save = async (): Promise<void> => {
    if (!dirty) return;
    setSaving(true);
    setError(null);
    try {
      const saved = await api.patch<Postmortem>(`/api/v1/postmortems/${base.id}`, { ...changes, version: base.version });
      setBase(saved);
      setConflict(null);
      setSavedAt(new Date().toISOString());
      clearDraft(base.id);
      onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError && e.isConflict) {
        const theirs = e.current<Postmortem>() ?? await api.get<Postmortem>(`/api/v1/postmortems/${base.id}`).catch(() => null);
        if (theirs) {
          const merged = mergeDraft(draftOf(base), draft, draftOf(theirs));
          setConflict({ theirs, keys: merged.keys, titleClash: merged.titleClash, mine: draft });
          setBase(theirs);
          setDraft(merged.draft);
        }
      }
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return {
    base, draft, dirty, saving, error, conflict, savedAt,
    setTitle: (title: string) => setDraft((d) => ({ ...d, title })),
    setSection: (key: string, body: string) => setDraft((d) => ({ ...d, sections: { ...d.sections, [key]: body } })),
    /** Takes a newer server version whose section texts did not change (a timeline refresh), keeping the draft. */
    adopt: (next: Postmortem) => { setBase(next); onSaved(next); },
    /** Replaces the whole draft (restoring text kept in the browser). */
    replaceDraft: (next: Draft) => setDraft(next),
    /** Takes the other person's text for one section (or, with key 'title', the title) of a conflict. */
    takeTheirs: (key: string) => {
      if (!conflict) return;
      if (key === 'title') setDraft((d) => ({ ...d, title: conflict.theirs.title }));
      else setDraft((d) => ({ ...d, sections: { ...d.sections, [key]: conflict.theirs.sections.find((s) => sectionRef(s) === key)?.body ?? '' } }));
      setConflict({ ...conflict, keys: conflict.keys.filter((k) => k !== key), titleClash: key === 'title' ? false : conflict.titleClash });
    },
    dismissConflict: () => { setConflict(null); setError(null); },
    save,
  };
}
export type PostmortemEditor = ReturnType<typeof usePostmortemEditor>;
