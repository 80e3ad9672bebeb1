/**
 * The few PostgreSQL frontend messages `pglite-prepared.ts` sends (protocol version 3, every value and result in text
 * format), written here so the store does not load the driver's module to build them.
 */
const encoder = new TextEncoder();

/** A message: parse a statement under a name, describe or close a named statement, bind it, execute it, sync. */
export type FrontendMessage =
  | ['parse', name: string, text: string]
  | ['describe', name: string]
  | ['close', name: string]
  | ['bind', name: string, values: readonly (string | null)[]]
  | ['execute']
  | ['sync'];

/** Byte pieces of a message body: a C string, a 16-bit or 32-bit integer, or raw bytes. */
type Piece = { cstring: string } | { int16: number } | { int32: number } | { bytes: Uint8Array };

function body(m: FrontendMessage): [code: string, pieces: Piece[]] {
  switch (m[0]) {
    case 'parse': return ['P', [{ cstring: m[1] }, { cstring: m[2] }, { int16: 0 }]];
    case 'describe': return ['D', [{ bytes: encoder.encode('S') }, { cstring: m[1] }]];
    case 'close': return ['C', [{ bytes: encoder.encode('S') }, { cstring: m[1] }]];
    case 'bind': {
      const pieces: Piece[] = [{ cstring: '' }, { cstring: m[1] }, { int16: 0 }, { int16: m[2].length }];
      for (const v of m[2]) {
        if (v === null) pieces.push({ int32: -1 });
        else { const b = encoder.encode(v); pieces.push({ int32: b.length }, { bytes: b }); }
      }
      pieces.push({ int16: 0 });
      return ['B', pieces];
    }
    case 'execute': return ['E', [{ cstring: '' }, { int32: 0 }]];
    case 'sync': return ['S', []];
  }
}

/** The messages as one buffer, in order. */
export function frontend(...messages: FrontendMessage[]): Uint8Array {
  const encoded = messages.map((m) => {
    const [code, pieces] = body(m);
    const bytes = pieces.map((p) => ('cstring' in p ? encoder.encode(`${p.cstring}\0`) : 'bytes' in p ? p.bytes : null));
    const size = pieces.reduce((n, p, i) => n + ('int16' in p ? 2 : 'int32' in p ? 4 : bytes[i]!.length), 0);
    const out = new Uint8Array(5 + size);
    const view = new DataView(out.buffer);
    out[0] = code.charCodeAt(0);
    view.setInt32(1, 4 + size);
    let at = 5;
    pieces.forEach((p, i) => {
      if ('int16' in p) { view.setInt16(at, p.int16); at += 2; } else if ('int32' in p) { view.setInt32(at, p.int32); at += 4; } else { out.set(bytes[i]!, at); at += bytes[i]!.length; }
    });
    return out;
  });
  const all = new Uint8Array(encoded.reduce((n, e) => n + e.length, 0));
  let at = 0;
  for (const e of encoded) { all.set(e, at); at += e.length; }
  return all;
}
