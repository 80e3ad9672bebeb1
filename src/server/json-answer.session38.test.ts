import { describe, expect, it } from 'vitest';
import { keepJsonBytes, keptJsonBytes } from '../services/json-bytes.ts';
import { encodeJsonAnswer } from './json-answer.ts';

const same = (value: object): void => {
  expect(encodeJsonAnswer(value).toString('utf8')).toBe(JSON.stringify(value));
};

describe('a JSON answer spliced from items kept with their bytes', () => {
  it('is the bytes JSON.stringify gives for a page of kept items and its cursor', () => {
    const items = [1, 2, 3].map((n) => keepJsonBytes({ id: `inc-${n}`, title: `Ünïcode “${n}” \u2028`, at: null, services: ['a', 'b'] }));
    same({ items, nextCursor: null });
    same({ items, nextCursor: 'abc"def' });
    same({ nextCursor: 'x', items, total: 3 });
  });

  it('is the same bytes when kept and fresh items are mixed, at the start, the middle and the end', () => {
    const kept = keepJsonBytes({ id: 'k' });
    same({ items: [kept, { id: 'fresh' }, kept] });
    same({ items: [{ id: 'fresh' }, kept, { id: 'fresh2', n: 1.5 }] });
    same({ items: [kept, kept], empty: [], nothing: undefined, fn: () => 1 });
    same({ items: [kept, undefined, null, 7, 'text'] });
    // eslint-disable-next-line no-sparse-arrays -- a hole is serialised as null
    same({ items: [kept, , kept] });
  });

  it('serialises an answer whole when nothing in it is kept, or when a toJSON would see its key', () => {
    same({ items: [{ id: 'a' }], nextCursor: null });
    const kept = keepJsonBytes({ id: 'k' });
    same({ items: [kept, { toJSON: (key: string) => `key ${key}` }] });
    same({ items: [kept], at: new Date(0) });
    same(Object.assign(Object.create({ inherited: 1 }) as object, { items: [kept] }));
  });

  it('keeps the bytes of a value when it is registered, not of a later change, and only registered values', () => {
    const item = keepJsonBytes({ id: 'once' });
    expect(keptJsonBytes(item)?.toString()).toBe('{"id":"once"}');
    expect(keptJsonBytes({ id: 'once' })).toBeUndefined();
    expect(keptJsonBytes(null)).toBeUndefined();
    expect(keptJsonBytes('text')).toBeUndefined();
  });
});
