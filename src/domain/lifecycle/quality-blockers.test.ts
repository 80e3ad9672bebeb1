import { describe, expect, it } from 'vitest';
import { qualityBlockers } from './quality-blockers.ts';

describe('quality errors that block publishing', () => {
  it('says a repeated problem once with its lines, and a single one with its line', () => {
    const placeholder = 'Placeholder left in (template prompt in a comment).';
    const findings = [
      ...[23, 36, 40, 47, 49, 53, 57, 59, 63, 67].map((line) => ({ rule: 'placeholder', line, message: placeholder })),
      { rule: 'blame', line: 12, message: 'Names a person as the cause.' },
    ];
    expect(qualityBlockers(findings)).toEqual([
      `quality error [placeholder] on 10 lines (23, 36, 40, 47, 49, 53, 57, 59, …): ${placeholder}`,
      'quality error [blame] line 12: Names a person as the cause.',
    ]);
    expect(qualityBlockers([])).toEqual([]);
  });
});
