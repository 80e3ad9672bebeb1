import { AppError } from '../domain/errors.ts';

/** Encodes a keyset position as an opaque cursor. */
export function encodeCursor(pos: { declaredAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([pos.declaredAt.toISOString(), pos.id])).toString('base64url');
}

/** Decodes a cursor or throws a 400 naming the parameter. */
export function decodeCursor(cursor: string): { declaredAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const declaredAt = new Date(at);
    if (typeof id !== 'string' || Number.isNaN(declaredAt.getTime())) throw new Error('bad');
    return { declaredAt, id };
  } catch {
    throw new AppError('validation_failed', 'cursor is not one this server gave out', { errors: [{ path: 'cursor', message: 'invalid cursor' }] });
  }
}

/** Encodes the sort key of a list's last row (its values in order, nulls kept) as an opaque cursor. */
export function encodeKeyset(values: readonly (string | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Decodes a cursor of `arity` values (strings or nulls) or throws a 400 naming the parameter. */
export function decodeKeyset(cursor: string, arity: number): (string | null)[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(values) || values.length !== arity || !values.every((v) => v === null || typeof v === 'string')) throw new Error('bad');
    return values as (string | null)[];
  } catch {
    throw new AppError('validation_failed', 'cursor is not one this server gave out', { errors: [{ path: 'cursor', message: 'invalid cursor' }] });
  }
}
