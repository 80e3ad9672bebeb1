import { describe, expect, it } from 'vitest';
import { JobListSchema } from '../domain/jobs/job.view.ts';
import { readAnswer, type ApiResponse } from './api-client.ts';
import { CliError } from './cli-error.ts';

const answer = (status: number, body: unknown): ApiResponse => ({ status, body, text: JSON.stringify(body), headers: {} });

describe('reading a server answer through its response schema', () => {
  it('returns the body typed by the schema when it matches', () => {
    const list = readAnswer(answer(200, { items: [], counts: { pending: 1, running: 0, done: 2, dead: 0 }, nextBefore: null }), JobListSchema);
    expect(list.counts.done).toBe(2);
  });

  it('names the fields a server of another version answered differently, instead of printing undefined', () => {
    const bad = answer(200, { items: [{ id: 'seven' }], counts: { pending: 1 }, nextBefore: null });
    expect(() => readAnswer(bad, JobListSchema)).toThrow(CliError);
    expect(() => readAnswer(bad, JobListSchema)).toThrow(/items\.0\.id: .*another version of Debrief/);
  });

  it('reports a problem answer by its detail before looking at the schema', () => {
    expect(() => readAnswer(answer(404, { title: 'Not Found', detail: 'no job 9' }), JobListSchema)).toThrow(/no job 9/);
  });
});
