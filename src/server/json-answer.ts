/**
 * A JSON answer encoded into bytes, the same bytes as `Buffer.from(JSON.stringify(value))` (issue 18, session 38).
 * When a top-level array of a plain object holds values registered with their bytes (`keepJsonBytes`), the answer
 * is spliced from those bytes and the text around them, so an item serialised once is not serialised again on each
 * request. Anything else (no registered element, a `toJSON`, not a plain object) is serialised whole, as before.
 */
import { keptJsonBytes } from '../services/json-bytes.ts';

const COMMA = Buffer.from(',');

/** A `toJSON` is called with its key, which a value serialised alone does not get: such values are serialised whole. */
const hasToJson = (value: unknown): boolean => value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function';

function isPlainRecord(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && !hasToJson(value);
}

const hasKept = (value: unknown): value is unknown[] => Array.isArray(value) && value.some((v) => keptJsonBytes(v) !== undefined);

/** True when the answer can be spliced: a plain object, no `toJSON` at its top or its arrays', one array with kept bytes. */
function spliceable(value: object): value is Record<string, unknown> {
  if (!isPlainRecord(value)) return false;
  const fields = Object.values(value);
  if (!fields.some(hasKept) || fields.some(hasToJson)) return false;
  return fields.every((f) => !Array.isArray(f) || !f.some((e) => keptJsonBytes(e) === undefined && hasToJson(e)));
}

/** The UTF-8 JSON text of an object, spliced from its elements' registered bytes where it can be. */
export function encodeJsonAnswer(value: object): Buffer {
  if (!spliceable(value)) return Buffer.from(JSON.stringify(value));
  const parts: Buffer[] = [];
  let text = '{';
  let separator = '';
  const flush = (): void => {
    if (text !== '') parts.push(Buffer.from(text));
    text = '';
  };
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (!hasKept(field)) {
      const json = JSON.stringify(field);
      if (json === undefined) continue; // JSON.stringify leaves out undefined, functions and symbols
      text += `${separator}${JSON.stringify(key)}:${json}`;
      separator = ',';
      continue;
    }
    text += `${separator}${JSON.stringify(key)}:[`;
    separator = ',';
    for (let i = 0; i < field.length; i++) {
      const element = field[i];
      const bytes = keptJsonBytes(element);
      if (bytes === undefined) {
        text += `${i > 0 ? ',' : ''}${JSON.stringify(element) ?? 'null'}`;
        continue;
      }
      if (i > 0 && text === '') parts.push(COMMA);
      else if (i > 0) text += ',';
      flush();
      parts.push(bytes);
    }
    text += ']';
  }
  text += '}';
  flush();
  return Buffer.concat(parts);
}
