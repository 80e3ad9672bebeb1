/**
 * The access line skips pino's redaction pass (session 37): it writes the bytes a request's child logger wrote,
 * never a query string, and the server's logger still redacts every secret path, before and after the access
 * logger is made from it.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { accessLogger, createLogger } from './logger.ts';

const memory = (): { stream: Writable; lines: () => Record<string, unknown>[]; raw: string[] } => {
  const raw: string[] = [];
  const stream = new Writable({ write(chunk: Buffer, _enc, done) { raw.push(...chunk.toString().split('\n').filter(Boolean)); done(); } });
  return { stream, raw, lines: () => raw.map((l) => JSON.parse(l) as Record<string, unknown>) };
};
const untimed = (line: string): string => line.replace(/"time":\d+,/, '');
const line = { reqId: 'req-1', method: 'GET', url: '/api/v1/incidents', status: 200, ms: 4, actor: 'ana' };

describe('the access line', () => {
  it('writes the bytes a request\'s child logger writes', () => {
    const m = memory();
    const logger = createLogger('info', m.stream);
    accessLogger(logger)(line);
    const { reqId, ...fields } = line;
    logger.child({ reqId }).info(fields, 'request');
    expect(m.raw).toHaveLength(2);
    expect(untimed(m.raw[0]!)).toBe(untimed(m.raw[1]!));
  });

  it('leaves out an actor it does not know, as before', () => {
    const m = memory();
    accessLogger(createLogger('info', m.stream))({ ...line, actor: undefined });
    expect(m.lines()[0]).not.toHaveProperty('actor');
  });

  it('writes nothing below the logger\'s level', () => {
    const m = memory();
    accessLogger(createLogger('warn', m.stream))(line);
    expect(m.raw).toEqual([]);
  });
});

describe('the server logger\'s redaction', () => {
  it('redacts credentials in headers and any object\'s token, password and secrets, after an access logger was made from it', () => {
    const m = memory();
    const logger = createLogger('info', m.stream);
    accessLogger(logger)(line);
    logger.info({ req: { headers: { authorization: 'Bearer dbt_x', cookie: 's=1' } }, headers: { authorization: 'Bearer dbt_y' } }, 'a');
    logger.info({ token: { token: 'dbt_z' }, body: { password: 'pw-1', secret: 'sc-1', webhookUrl: 'https://hooks/x', apiToken: 'at-1', webhookSecret: 'ws-1', botToken: 'bt-1' } }, 'b');
    const text = m.raw.slice(1).join('\n');
    for (const secret of ['dbt_x', 's=1', 'dbt_y', 'dbt_z', 'pw-1', 'sc-1', 'hooks/x', 'at-1', 'ws-1', 'bt-1']) expect(text).not.toContain(secret);
    expect(m.lines()[2]).toMatchObject({ body: { password: '[redacted]', botToken: '[redacted]' } });
  });

  it('keeps what is not on a secret path', () => {
    const m = memory();
    createLogger('info', m.stream).info({ body: { title: 'Checkout down' }, tokenName: 'ci' }, 'c');
    expect(m.lines()[0]).toMatchObject({ body: { title: 'Checkout down' }, tokenName: 'ci' });
  });
});
