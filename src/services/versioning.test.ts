import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.ts';
import { expectedVersion } from './versioning.ts';

describe('expectedVersion', () => {
  it('takes the version from the body or from If-Match in its usual spellings', () => {
    expect(expectedVersion(3, undefined)).toBe(3);
    expect(expectedVersion(undefined, '"4"')).toBe(4);
    expect(expectedVersion(undefined, 'W/"5"')).toBe(5);
    expect(expectedVersion(undefined, '6')).toBe(6);
  });
  it('refuses a body and header that disagree, and garbage in If-Match', () => {
    expect(() => expectedVersion(3, '"4"')).toThrow(AppError);
    expect(() => expectedVersion(undefined, 'abc')).toThrow(/If-Match/);
  });
  it('asks for a version when none is given (428)', () => {
    try {
      expectedVersion(undefined, undefined);
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).status).toBe(428);
    }
  });
});
