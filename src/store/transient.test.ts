import { describe, expect, it } from 'vitest';
import { dbErrorMessage, isTransientDbError, withTransientRetry } from './transient.ts';

const pgError = (code: string, message = 'driver error'): Error => Object.assign(new Error(message), { code });
/** As Drizzle throws them: its own message (the query and its values) with the driver's error as cause. */
const wrapped = (cause: Error): Error => new Error('Failed query: select pg_advisory_xact_lock(hashtext($1))\nparams: x', { cause });

describe('transient database errors', () => {
  it('tells deadlocks, serialization failures and lost connections from the work\'s own errors, through Drizzle\'s wrapper', () => {
    expect(isTransientDbError(wrapped(pgError('40P01', 'deadlock detected')))).toBe(true);
    expect(isTransientDbError(pgError('40001'))).toBe(true);
    expect(isTransientDbError(pgError('08006'))).toBe(true);
    expect(isTransientDbError(pgError('ECONNRESET'))).toBe(true);
    expect(isTransientDbError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientDbError(wrapped(pgError('23505', 'duplicate key')))).toBe(false);
    expect(isTransientDbError(wrapped(pgError('22021', 'invalid byte sequence for encoding "UTF8": 0x00')))).toBe(false);
    expect(isTransientDbError(new Error('plain'))).toBe(false);
  });

  it('reports the driver\'s message, with a NUL made storable', () => {
    expect(dbErrorMessage(wrapped(pgError('40P01', 'deadlock detected')))).toBe('deadlock detected');
    expect(dbErrorMessage(new Error('a\u0000b'))).toBe('a\\u0000b');
  });

  it('tries again with a growing backoff while the failure is transient, and gives up after the attempts', async () => {
    const waits: number[] = [];
    const sleep = async (ms: number): Promise<void> => { waits.push(ms); };
    let calls = 0;
    const result = await withTransientRetry(async () => {
      calls++;
      if (calls < 3) throw wrapped(pgError('40P01'));
      return 'done';
    }, { attempts: 4, baseMs: 100, sleep });
    expect(result).toBe('done');
    expect(calls).toBe(3);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(50);
    expect(waits[0]).toBeLessThan(150);
    expect(waits[1]).toBeGreaterThanOrEqual(100);
    expect(waits[1]).toBeLessThan(300);

    calls = 0;
    await expect(withTransientRetry(async () => { calls++; throw pgError('40001'); }, { attempts: 3, baseMs: 1, sleep })).rejects.toThrow();
    expect(calls).toBe(3);
    calls = 0;
    await expect(withTransientRetry(async () => { calls++; throw pgError('23505'); }, { attempts: 3, baseMs: 1, sleep })).rejects.toThrow();
    expect(calls).toBe(1);
  });
});
