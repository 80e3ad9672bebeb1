import { describe, expect, it } from 'vitest';
import { pageBytes, type PageAnswer } from './page-bytes.ts';

const item = (id: string, title = `Incident ${id}`) => ({ id, title, verdict: { level: 'ok', required: [] as string[] } });
const json = (page: PageAnswer) => Buffer.from(JSON.stringify(page));

describe('a page answer\'s bytes', () => {
  it('are the bytes JSON.stringify writes, and the same bytes again for a page of the same item objects', () => {
    const bytes = pageBytes();
    const items = [item('a'), item('b'), item('c é "q"')];
    const first = bytes({ items, nextCursor: 'c1' });
    expect(first.equals(json({ items, nextCursor: 'c1' }))).toBe(true);
    const again = bytes({ items: [...items], nextCursor: 'c1' });
    expect(again).toBe(first);
  });

  it('are written afresh for an item that is another object (a changed incident), another cursor, order or length', () => {
    const bytes = pageBytes();
    const items = [item('a'), item('b')];
    const first = bytes({ items, nextCursor: null });
    const changed = [items[0]!, item('b', 'Renamed')];
    expect(bytes({ items: changed, nextCursor: null }).equals(json({ items: changed, nextCursor: null }))).toBe(true);
    expect(bytes({ items, nextCursor: 'next' }).equals(json({ items, nextCursor: 'next' }))).toBe(true);
    expect(bytes({ items: [items[0]!], nextCursor: null }).equals(json({ items: [items[0]!], nextCursor: null }))).toBe(true);
    expect(bytes({ items: [items[1]!, items[0]!], nextCursor: null }).equals(json({ items: [items[1]!, items[0]!], nextCursor: null }))).toBe(true);
    expect(bytes({ items: [], nextCursor: null }).toString()).toBe('{"items":[],"nextCursor":null}');
    expect(bytes({ items, nextCursor: null }).equals(first)).toBe(true);
  });

  it('keeps at most `capacity` pages, the least recently used dropped', () => {
    const bytes = pageBytes(2);
    const pages = [[item('a')], [item('b')], [item('c')]];
    const a = bytes({ items: pages[0]!, nextCursor: null });
    const b = bytes({ items: pages[1]!, nextCursor: null });
    expect(bytes({ items: pages[0]!, nextCursor: null })).toBe(a); // a is now the most recent
    bytes({ items: pages[2]!, nextCursor: null }); // drops b
    expect(bytes({ items: pages[0]!, nextCursor: null })).toBe(a);
    const b2 = bytes({ items: pages[1]!, nextCursor: null });
    expect(b2).not.toBe(b);
    expect(b2.equals(b)).toBe(true);
  });
});
