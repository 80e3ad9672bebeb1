/** A copy of unsaved editor text in localStorage, so a failed save or a closed tab loses nothing. */

export type StoredDraft = { baseVersion: number; title: string; sections: Record<string, string>; savedAt: string };

const key = (id: string): string => `debrief:postmortem-draft:${id}`;

/** Reads the stored draft of a post-mortem, if any. */
export function loadDraft(id: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(key(id));
    return raw ? (JSON.parse(raw) as StoredDraft) : null;
  } catch {
    return null;
  }
}

/** Stores the current draft (ignored when storage is unavailable or full). */
export function storeDraft(id: string, draft: StoredDraft): void {
  try {
    localStorage.setItem(key(id), JSON.stringify(draft));
  } catch {
    // Private mode or quota: the draft still lives in the page.
  }
}

/** Forgets the stored draft after a successful save. */
export function clearDraft(id: string): void {
  try {
    localStorage.removeItem(key(id));
  } catch {
    // Nothing to clear.
  }
}
