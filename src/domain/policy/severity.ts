/**
 * Severity scales as configuration: each level has an id (`SEV-1`), aliases (`P0`)
 * and a label. Spelling variants (`sev1`, `Sev 1`, `sev-1`, `p0`) are matched by a
 * normalised key; anything else is an error that lists what the scale accepts.
 */
import { AppError, validationError } from '../errors.ts';

/** One level of a scale; index 0 of the scale is the most severe. */
export type SeverityLevelConfig = { id: string; aliases: string[]; label?: string | undefined };

/** A resolved level: its id, label, rank (1 = most severe) and every accepted name. */
export type SeverityLevel = { id: string; label: string | null; rank: number; names: string[] };

/** A scale ready for look-ups. */
export type SeverityScale = { levels: SeverityLevel[]; byKey: ReadonlyMap<string, SeverityLevel> };

/** Default scale of seeds 000 (SEV-1..SEV-4) and 001/004 (P0..P3). */
export const DEFAULT_SEVERITY_LEVELS: SeverityLevelConfig[] = [
  { id: 'SEV-1', aliases: ['P0'], label: 'Critical' },
  { id: 'SEV-2', aliases: ['P1'], label: 'High' },
  { id: 'SEV-3', aliases: ['P2'], label: 'Medium' },
  { id: 'SEV-4', aliases: ['P3'], label: 'Low' },
];

/** Normalises a severity name: upper case, no spaces, hyphens, dots or underscores; SEVERITY → SEV. */
export function severityKey(name: string): string {
  const key = name.toUpperCase().replace(/[\s\-_.]/g, '');
  return key.startsWith('SEVERITY') ? `SEV${key.slice('SEVERITY'.length)}` : key;
}

/** Problems with a scale's names: empty keys and names that two levels share (after normalising). */
export function scaleProblems(levels: SeverityLevelConfig[]): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  const seen = new Map<string, string>();
  levels.forEach((level, index) => {
    for (const name of [level.id, ...level.aliases]) {
      const key = severityKey(name);
      if (key === '') {
        problems.push({ index, message: `severity name "${name}" has no letters or digits` });
        continue;
      }
      const owner = seen.get(key);
      if (owner !== undefined && owner !== level.id) {
        problems.push({ index, message: `severity name "${name}" is already used by ${owner}` });
      }
      seen.set(key, level.id);
    }
  });
  return problems;
}

/** Builds a scale from its configured levels (assumed free of the problems above). */
export function buildScale(levels: SeverityLevelConfig[]): SeverityScale {
  const byKey = new Map<string, SeverityLevel>();
  const resolved = levels.map((level, index): SeverityLevel => {
    const out: SeverityLevel = {
      id: level.id,
      label: level.label ?? null,
      rank: index + 1,
      names: [level.id, ...level.aliases],
    };
    for (const name of out.names) byKey.set(severityKey(name), out);
    return out;
  });
  return { levels: resolved, byKey };
}

/** Looks a name up in a scale; undefined when the scale has no such name. */
export function findSeverity(scale: SeverityScale, name: string): SeverityLevel | undefined {
  return scale.byKey.get(severityKey(name));
}

/** Describes what a scale accepts, for error messages: `SEV-1 (P0), SEV-2 (P1)`. */
export function describeScale(scale: SeverityScale): string {
  return scale.levels
    .map((l) => (l.names.length > 1 ? `${l.id} (${l.names.slice(1).join(', ')})` : l.id))
    .join(', ');
}

/** Resolves a severity name or throws a validation error naming the field and the accepted values. */
export function parseSeverity(scale: SeverityScale, name: string, field = 'severity'): SeverityLevel {
  const level = findSeverity(scale, name);
  if (level === undefined) {
    throw validationError(
      [{ path: field, message: `unknown severity "${name}"; this scale accepts ${describeScale(scale)}` }],
      `unknown severity "${name}"`,
    );
  }
  return level;
}

/** True when the level is one of the names listed (or the list is `any`). */
export function severityMatches(scale: SeverityScale, level: SeverityLevel, names: readonly string[] | 'any'): boolean {
  if (names === 'any') return true;
  return names.some((n) => findSeverity(scale, n)?.id === level.id);
}

/** Canonical ids of a list of names (unknown names are an internal error: config is checked first). */
export function severityIds(scale: SeverityScale, names: readonly string[] | 'any'): string[] {
  if (names === 'any') return scale.levels.map((l) => l.id);
  return names.map((n) => {
    const level = findSeverity(scale, n);
    if (level === undefined) throw new AppError('validation_failed', `unknown severity "${n}" in policy`);
    return level.id;
  });
}
