import { compareInstants, instantKey, type InstantKey } from './instant.ts';
import type { FoldReason, FoldedDuplicate, MergeOptions, MergedTimeline, TimelineGap, TimelineItem } from './merge.types.ts';

type Group<T> = { rep: T; repKey: InstantKey | null; firstIndex: number; foldedIds: string[]; reasons: Set<FoldReason> };

const SHA_PREFIX = 7;

function normaliseText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function shaOf(item: TimelineItem): string | null {
  const sha = item.sha?.trim().toLowerCase();
  return sha !== undefined && /^[0-9a-f]{7,64}$/.test(sha) ? sha : null;
}

function sameSha(a: string, b: string): boolean {
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

function within(a: InstantKey | null, b: InstantKey | null, windowMs: number): boolean {
  if (a === null || b === null) return true;
  return Math.abs(a.ms - b.ms) <= windowMs;
}

/** The event that stands for a group: one with a time beats one without, a deploy beats a bare commit. */
function better(candidate: TimelineItem, candKey: InstantKey | null, rep: TimelineItem, repKey: InstantKey | null): boolean {
  if (repKey === null && candKey !== null) return true;
  if (candKey === null && repKey !== null) return false;
  return candidate.kind.startsWith('deploy') && !rep.kind.startsWith('deploy');
}

function fold<T extends TimelineItem>(events: T[], windowMs: number): Group<T>[] {
  const groups: Group<T>[] = [];
  const byKey = new Map<string, Group<T>>();
  const bySha = new Map<string, Group<T>[]>();
  const byText = new Map<string, Group<T>[]>();
  events.forEach((item, index) => {
    const key = item.at === null ? null : instantKey(item.at);
    const sha = shaOf(item);
    const text = normaliseText(item.text);
    let target: Group<T> | undefined;
    let reason: FoldReason = 'idempotency_key';
    if (item.idempotencyKey !== null && item.idempotencyKey !== '') target = byKey.get(item.idempotencyKey);
    if (target === undefined && sha !== null) {
      reason = 'sha';
      target = (bySha.get(sha.slice(0, SHA_PREFIX)) ?? []).find((g) => {
        const other = shaOf(g.rep);
        return other !== null && sameSha(other, sha) && within(g.repKey, key, windowMs);
      });
    }
    if (target === undefined && text !== '' && key !== null) {
      reason = 'same_text';
      target = (byText.get(text) ?? []).find((g) => g.rep.source !== item.source && g.repKey !== null && within(g.repKey, key, windowMs));
    }
    if (target === undefined) {
      target = { rep: item, repKey: key, firstIndex: index, foldedIds: [], reasons: new Set() };
      groups.push(target);
    } else {
      target.reasons.add(reason);
      if (better(item, key, target.rep, target.repKey)) {
        target.foldedIds.push(target.rep.id);
        target.rep = item;
        target.repKey = key;
      } else {
        target.foldedIds.push(item.id);
      }
    }
    if (item.idempotencyKey !== null && item.idempotencyKey !== '' && !byKey.has(item.idempotencyKey)) byKey.set(item.idempotencyKey, target);
    if (sha !== null) bySha.set(sha.slice(0, SHA_PREFIX), [...(bySha.get(sha.slice(0, SHA_PREFIX)) ?? []), target]);
    if (text !== '') byText.set(text, [...(byText.get(text) ?? []), target]);
  });
  return groups;
}

function findGaps(items: { at: string | null }[], gapMinutes: number): TimelineGap[] {
  const gaps: TimelineGap[] = [];
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i];
    const b = items[i + 1];
    if (a?.at == null || b?.at == null) continue;
    const ka = instantKey(a.at);
    const kb = instantKey(b.at);
    if (ka === null || kb === null) continue;
    const minutes = (kb.ms - ka.ms) / 60_000;
    if (minutes > gapMinutes) gaps.push({ from: a.at, to: b.at, minutes: Math.round(minutes * 10) / 10, afterIndex: i });
  }
  return gaps;
}

/**
 * Merges events from several sources into one timeline: folds duplicates (same
 * idempotency key; same commit sha or same text from another source within a short
 * window), sorts by time (stable, unknown times last) and marks silences longer than
 * `gapMinutes`.
 */
export function mergeTimeline<T extends TimelineItem>(events: T[], opts: MergeOptions = {}): MergedTimeline<T> {
  const gapMinutes = opts.gapMinutes ?? 5;
  const windowMs = (opts.foldWindowMinutes ?? 10) * 60_000;
  const groups = fold(events, windowMs);
  const sorted = [...groups].sort((a, b) => {
    if (a.repKey === null || b.repKey === null) {
      if (a.repKey === null && b.repKey === null) return a.firstIndex - b.firstIndex;
      return a.repKey === null ? 1 : -1;
    }
    return compareInstants(a.repKey, b.repKey) || a.firstIndex - b.firstIndex;
  });
  const items = sorted.map((g) => g.rep);
  const duplicatesFolded: FoldedDuplicate[] = sorted
    .filter((g) => g.foldedIds.length > 0)
    .map((g) => ({ keptId: g.rep.id, foldedIds: g.foldedIds, reasons: [...g.reasons] }));
  return { items, duplicatesFolded, gaps: findGaps(items, gapMinutes) };
}
