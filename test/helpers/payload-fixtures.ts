import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Folder of the project's own payload fixtures. */
export const PAYLOAD_FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'payloads');

/** Reads a payload fixture as parsed JSON. */
export function loadJsonFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(PAYLOAD_FIXTURES, name), 'utf8')) as unknown;
}

/** Reads a payload fixture as text. */
export function loadTextFixture(name: string): string {
  return readFileSync(join(PAYLOAD_FIXTURES, name), 'utf8');
}
