import { describe, expect, it } from 'vitest';
import { textMemo } from './text-memo.ts';

describe('textMemo', () => {
  it('gives back the same value for the same text without parsing it again', () => {
    let parses = 0;
    const parse = textMemo(10, (t: string) => { parses += 1; return { t }; });
    const first = parse('{"a":1}');
    expect(parse(['{"a"', ':1}'].join(''))).toBe(first);
    expect(parses).toBe(1);
  });

  it('parses a changed text afresh: nothing can be stale', () => {
    const parse = textMemo(10, (t: string) => JSON.parse(t) as { v: number });
    expect(parse('{"v":1}').v).toBe(1);
    expect(parse('{"v":2}').v).toBe(2);
    expect(parse('{"v":1}').v).toBe(1);
  });

  it('keeps only the texts used most recently, up to its capacity', () => {
    let parses = 0;
    const parse = textMemo(2, (t: string) => { parses += 1; return t.length; });
    parse('a'); parse('bb');
    parse('a'); // used again: 'bb' is now the oldest
    parse('ccc'); // evicts 'bb'
    expect(parses).toBe(3);
    parse('a');
    expect(parses).toBe(3);
    parse('bb');
    expect(parses).toBe(4);
  });
});
