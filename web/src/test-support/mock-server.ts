/** Component tests: a fake `fetch` that records each call and answers from a function. */
import { vi } from 'vitest';

export type Call = { method: string; url: string; body: unknown };

/** A JSON answer (problem+json for error statuses, as the server sends them). */
export const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });

/** Replaces `fetch`: every call is pushed onto `calls`, then answered by `answer`. */
export function mockServer(calls: Call[], answer: (c: Call) => Response): void {
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    const call = { method: init.method ?? 'GET', url, body: init.body ? JSON.parse(init.body as string) as unknown : undefined };
    calls.push(call);
    return answer(call);
  }));
}
