/**
 * The JSON bytes of values that are never mutated, encoded once (issue 18, session 38). A list item built once per
 * memoized row is serialised here when it is built; the route layer then splices its bytes into each answer that
 * holds it (`src/server/json-answer.ts`) instead of serialising it again on every request. A value is registered
 * only by its builder, which promises never to change it.
 */
const encoded = new WeakMap<object, Buffer>();

/** Registers a value that will never be mutated with its JSON bytes (`JSON.stringify`'s text, UTF-8), and returns it. */
export function keepJsonBytes<T extends object>(value: T): T {
  encoded.set(value, Buffer.from(JSON.stringify(value)));
  return value;
}

/** The JSON bytes a value was registered with, if it was. */
export function keptJsonBytes(value: unknown): Buffer | undefined {
  return value !== null && typeof value === 'object' ? encoded.get(value) : undefined;
}
