import { AppError } from '../../domain/errors.ts';

/** Thrown inside the scanner to unwind to the offset of the first error. */
class SyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

/** Finds the offset of the first JSON syntax error (the strict grammar of RFC 8259), or null. */
function firstErrorOffset(text: string): number | null {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const fail = (): never => {
    throw new SyntaxAt(i);
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const ch = text.charCodeAt(i);
      if (ch < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x') || i >= text.length) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (m === null || m[0] === '' || m[0] === '-') fail();
    i += m?.[0].length ?? 0;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    } else if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    } else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else number();
  };
  try {
    value();
    ws();
    return i < text.length ? i : null;
  } catch (e) {
    return e instanceof SyntaxAt ? e.offset : 0;
  }
}

/** Line and column (1-based) of an offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Parses a JSON payload; when it is not JSON, refuses it with the line, column and the
 * text found there (`alertmanager: not valid JSON at line 3, column 15: found "<string>,"`).
 */
export function parseJsonText(source: string, text: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body) as unknown;
  } catch {
    const offset = firstErrorOffset(body) ?? 0;
    const { line, column } = lineColumn(body, offset);
    const found = (body.slice(offset, offset + 20).split('\n')[0] ?? '').trimEnd();
    const what = offset >= body.length ? 'the text ends too early' : `found "${found}"`;
    const key = /"([^"\\]{1,60})"\s*:\s*$/.exec(body.slice(Math.max(0, offset - 200), offset))?.[1];
    const field = key === undefined ? '' : ` (value of "${key}")`;
    throw new AppError('validation_failed', `${source}: not valid JSON at line ${line}, column ${column}${field}: ${what}`, {
      errors: [{ path: `line ${line}, column ${column}`, message: 'not valid JSON' }],
      line,
      column,
    });
  }
}
