import { describe, expect, it } from 'vitest';
import { CliError } from '../cli-error.ts';
import { expiryOf } from './token.command.ts';

describe('debrief token create --expires', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it('reads minutes, hours, days and weeks from now', () => {
    expect(expiryOf('30d', now)).toBe('2026-04-09T12:00:00.000Z');
    expect(expiryOf('12h', now)).toBe('2026-03-11T00:00:00.000Z');
    expect(expiryOf('90m', now)).toBe('2026-03-10T13:30:00.000Z');
    expect(expiryOf('2w', now)).toBe('2026-03-24T12:00:00.000Z');
  });
  it('refuses anything else as a usage error (exit 2)', () => {
    for (const bad of ['30', '0d', 'soon', '-1d', '1y']) {
      expect(() => expiryOf(bad, now)).toThrow(CliError);
      try { expiryOf(bad, now); } catch (e) { expect((e as CliError).exitCode).toBe(2); }
    }
  });
});
