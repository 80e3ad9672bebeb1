import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { errorHandler } from './problem.ts';

/** A database error as node-postgres raises it, wrapped as Drizzle wraps it. */
function dbError(code: string, message: string): Error {
  return Object.assign(new Error(`Failed query: update incidents …`), { cause: Object.assign(new Error(message), { code }) });
}

async function answerTo(err: Error) {
  const app = Fastify({ logger: false });
  app.setErrorHandler(errorHandler);
  app.get('/boom', async () => { throw err; });
  return app.inject({ url: '/boom' });
}

describe('database errors as problems', () => {
  it('answers a deadlock or serialization failure that outlasted the retries with 503 and Retry-After, not 500', async () => {
    for (const [code, message] of [['40P01', 'deadlock detected'], ['40001', 'could not serialize access']] as const) {
      const res = await answerTo(dbError(code, message));
      expect(res.statusCode, code).toBe(503);
      expect(res.headers['retry-after']).toBe('1');
      expect(res.json()).toMatchObject({ code: 'unavailable', status: 503 });
      // The query and its values are not shown to the client.
      expect(res.body).not.toContain('update incidents');
    }
  });

  it('still answers an unknown database error with 500 and hides it', async () => {
    const res = await answerTo(dbError('XX000', 'internal error'));
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'internal' });
    expect(res.body).not.toContain('update incidents');
  });
});
