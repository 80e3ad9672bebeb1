import { describe, expect, it } from 'vitest';
import { documentPersons } from './person-document.ts';

/*
 * Round 24: who is a person, read across a document. The documents are written for these tests: people whose names are
 * ordinary words, systems with human names.
 */
const read = (sentences: string[]) => {
  const r = documentPersons(sentences);
  return { people: [...r.people].sort(), systems: [...r.systems].sort() };
};

describe('a name introduced as a person stays a person', () => {
  it('a role then the name: "our PA, Jen"', () => {
    expect(read(['Our PA, Jen, kept the call log.', 'Jen missed the second page.']).people).toContain('Jen');
  });

  it('the name then its role in brackets: "Grace (SRE on call)"', () => {
    expect(read(['Grace (SRE on call) took the page at 02:10.']).people).toContain('Grace');
  });

  it('an @handle is a person with and without its @', () => {
    expect(read(['Escalated to @mkim at 03:00.']).people).toEqual(['@mkim', 'mkim']);
  });

  it('a name that is an ordinary word, paged, thanked or speaking: "Will", "Frank", "Summer"', () => {
    const r = read(['The alert paged Will at 01:12.', 'Thanks, Summer, for the timeline.', 'Frank said the rollback was safe.']);
    expect(r.people).toEqual(['Frank', 'Summer', 'Will']);
    expect(r.systems).toEqual([]);
  });

  it('a name that signs the document', () => {
    expect(read(['That is all we know so far. — Rowan']).people).toContain('Rowan');
  });
});

describe('a name introduced as a system stays a system', () => {
  it('in a code span, or with a system head: "the Marvin service", "the Hermes cluster"', () => {
    const r = read(['Traffic goes through `Athena` first.', 'The Marvin service timed out.', 'The Hermes cluster lost a node.']);
    expect(r.systems).toEqual(['Athena', 'Hermes', 'Marvin']);
    expect(r.people).toEqual([]);
  });

  it('by what only a system does: restarts pods, is deployed, has replicas, returns 500s', () => {
    const r = read(['Kevin restarts pods when the heap fills.', 'Olive was deployed at 14:00.', 'Bruno has 3 replicas.', 'Ivy returned 503 for ten minutes.']);
    expect(r.systems).toEqual(['Bruno', 'Ivy', 'Kevin', 'Olive']);
  });
});

describe('the first reading wins, and a sentence with both readings decides nothing', () => {
  it('a person first stays a person when a later sentence looks like a system', () => {
    const r = read(['Frank said he would watch the queue.', 'Frank returned 500 pages of logs.']);
    expect(r.people).toEqual(['Frank']);
    expect(r.systems).toEqual([]);
  });

  it('a system first stays a system when a later sentence says it "said"', () => {
    const r = read(['The Marvin bot posts the deploy summary.', 'Marvin said the build was green.']);
    expect(r.systems).toEqual(['Marvin']);
    expect(r.people).toEqual([]);
  });

  it('an ordinary sentence reads no one', () => {
    expect(read(['The cache was cold after the restart.', 'We rolled back at 14:02.'])).toEqual({ people: [], systems: [] });
  });
});

describe('linear on adversarial text', () => {
  it('t(4n) / t(n) stays near 4 on repeated characters, brackets and names', () => {
    const time = (n: number): number => {
      const doc = [`${'A'.repeat(n)}`, `${'(Jen '.repeat(n / 5)}`, `${'Marvin '.repeat(n / 7)}`, `${'`'.repeat(n)}`, `${'@a'.repeat(n / 2)}`, '\u0000'.repeat(n)];
      const t0 = performance.now();
      documentPersons(doc);
      return performance.now() - t0;
    };
    time(20000);
    let best = Infinity;
    for (let k = 0; k < 3 && best >= 8; k++) best = Math.min(best, time(80000) / Math.max(time(20000), 0.5));
    expect(best).toBeLessThan(8);
  });
});
