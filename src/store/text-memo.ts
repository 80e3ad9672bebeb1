/**
 * A bounded memo of a pure parse keyed by the text parsed. The key is the whole input, so an entry can never be
 * stale: a changed row comes back as another text and is parsed afresh (nothing to invalidate). Used for the list's
 * page rows (one JSON text per incident, its kept verdict included): the first pages of the list are read again and
 * again while their incidents do not change, and parsing them was the largest share of a list request's allocations.
 */

/** Returns `parse` memoized on its text, keeping the `capacity` texts used most recently. Callers must not mutate results. */
export function textMemo<T>(capacity: number, parse: (text: string) => T): (text: string) => T {
  const entries = new Map<string, { key: string; value: T }>();
  return (text: string): T => {
    const hit = entries.get(text);
    if (hit !== undefined) {
      // Most recently used last (the oldest entry is the first the Map iterates), under the key it was stored with:
      // the text just read is garbage after this call, and an old map holding it would keep it alive through
      // the next scavenges (it made them about three times slower).
      entries.delete(text);
      entries.set(hit.key, hit);
      return hit.value;
    }
    const value = parse(text);
    entries.set(text, { key: text, value });
    if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
    return value;
  };
}
