import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import { parseWith } from '../domain/validation.ts';

export const DEFAULT_CONFIG_FILE = 'debrief.config.yaml';

/**
 * Reads `debrief.config.yaml` (or the given path) as a plain object.
 * A missing default file is an empty config; a missing explicit file is an error.
 */
export function readConfigFile(path?: string, cwd = process.cwd()): Record<string, unknown> {
  const file = resolve(cwd, path ?? (process.env['DEBRIEF_CONFIG'] || DEFAULT_CONFIG_FILE));
  if (!existsSync(file)) {
    if (path !== undefined) throw new AppError('bad_request', `config file not found: ${file}`);
    return {};
  }
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new AppError('validation_failed', `${file} is not valid YAML: ${(e as Error).message}`);
  }
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new AppError('validation_failed', `${file} must hold a mapping of settings at its top level`);
  }
  return raw as Record<string, unknown>;
}

/** Validates one top-level section of the config file with its module's schema. */
export function configSection<S extends z.ZodType>(raw: Record<string, unknown>, key: string, schema: S): z.output<S> {
  return parseWith(schema, raw[key] ?? {}, key, `invalid configuration in section "${key}"`);
}
