/**
 * Refreshing a post-mortem's timeline from the incident's merged timeline: events the
 * document does not hold yet are added in time order; entries the author wrote or edited
 * are kept as they are (an author's words always win over a source's).
 */
import type { TimelineEntry } from '../postmortem/document.types.ts';
import { timelineFromEvents, type DraftEvent } from './draft.ts';

export type TimelineRefresh = { entries: TimelineEntry[]; added: number; kept: number };

const minuteOf = (iso: string | null): string | null => (iso === null ? null : iso.slice(0, 16));

function words(text: string): Set<string> {
  const out = new Set<string>();
  let cur = '';
  for (const ch of text.toLowerCase()) {
    const code = ch.charCodeAt(0);
    const isWord = (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || code > 127;
    if (isWord) cur += ch;
    else if (cur) { if (cur.length > 2) out.add(cur); cur = ''; }
  }
  if (cur.length > 2) out.add(cur);
  return out;
}

function overlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size);
}

/** Whether a document entry stands for an event: same minute, and the same text, source or most of its words. */
function stands(entry: TimelineEntry, event: DraftEvent): boolean {
  if (minuteOf(entry.at) !== minuteOf(event.at)) return false;
  if (entry.text.trim() === event.text.trim()) return true;
  if (event.source !== 'manual' && entry.source === event.source) return true;
  return overlap(entry.text, event.text) >= 0.5;
}

const timeKey = (e: TimelineEntry): number => (e.at === null ? Number.POSITIVE_INFINITY : Date.parse(e.at));

/** The document's entries with every event it does not hold yet added, in time order (unknown times last). */
export function refreshTimeline(current: readonly TimelineEntry[], events: readonly DraftEvent[]): TimelineRefresh {
  const fresh = timelineFromEvents(events);
  const used = new Set<number>();
  const added: TimelineEntry[] = [];
  events.forEach((event, i) => {
    const match = current.findIndex((entry, j) => !used.has(j) && stands(entry, event));
    if (match >= 0) used.add(match);
    else if (fresh[i]) added.push(fresh[i]);
  });
  const merged = [...current.map((e) => ({ ...e })), ...added]
    .map((e, order) => ({ e, order }))
    .sort((a, b) => timeKey(a.e) - timeKey(b.e) || a.order - b.order)
    .map(({ e }, line) => ({ ...e, line }));
  return { entries: merged, added: added.length, kept: current.length };
}

/** How many events the document does not hold yet. */
export function eventsBehind(current: readonly TimelineEntry[], events: readonly DraftEvent[]): number {
  return refreshTimeline(current, events).added;
}
