/** A field-level change set: for each changed field, its value before and after. */
export type Changes = Record<string, { from: unknown; to: unknown }>;

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof Date || b instanceof Date) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function plain(v: unknown): unknown {
  return v instanceof Date ? v.toISOString() : v;
}

/** The fields of `patch` whose value differs from `before`, as a revision diff. */
export function diffFields(before: Record<string, unknown>, patch: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const [key, to] of Object.entries(patch)) {
    if (to === undefined) continue;
    const from = before[key];
    if (!same(from, to)) changes[key] = { from: plain(from) ?? null, to: plain(to) ?? null };
  }
  return changes;
}
