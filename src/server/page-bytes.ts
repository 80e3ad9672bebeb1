/**
 * A page answer's JSON bytes, kept while the page is made of the same item objects (issue 18, session 39). The list's
 * items with a kept verdict are built once per memoized row and never mutated (`src/services/incident-list.ts`): a page
 * read again unchanged is the same objects in the same order, so its bytes are the bytes written the last time.
 * Serialising and encoding the 29 kB answer of a page of fifty was about a tenth of a list request's CPU.
 *
 * Anything else (an item computed afresh, another cursor, another order) is another page and is serialised. The
 * bytes are a plain `Buffer` of their own (outside V8's heap and its 8 kB pool), at most `capacity` pages kept.
 */

/** A page answer: its items, in order, and the cursor of the next page. */
export type PageAnswer = { items: readonly object[]; nextCursor: string | null };

type Kept = { items: readonly object[]; nextCursor: string | null; bytes: Buffer };

/** Returns `page → bytes`, equal to `Buffer.from(JSON.stringify(page))`, reusing the bytes of a page of the same items. */
export function pageBytes(capacity = 64): (page: PageAnswer) => Buffer {
  // Keyed by the first item (a page's items are distinct objects); the most recently used kept last.
  const kept = new Map<object, Kept>();
  return (page: PageAnswer): Buffer => {
    const first = page.items[0];
    if (first === undefined) return Buffer.from(JSON.stringify(page));
    const hit = kept.get(first);
    if (hit !== undefined && hit.nextCursor === page.nextCursor && sameItems(hit.items, page.items)) {
      kept.delete(first);
      kept.set(first, hit);
      return hit.bytes;
    }
    const bytes = Buffer.from(JSON.stringify(page));
    kept.delete(first);
    kept.set(first, { items: [...page.items], nextCursor: page.nextCursor, bytes });
    if (kept.size > capacity) kept.delete(kept.keys().next().value as object);
    return bytes;
  };
}

function sameItems(a: readonly object[], b: readonly object[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
