import { describe, expect, it } from 'vitest';
import { loadTextFixture } from '../../../test/helpers/payload-fixtures.ts';
import { gitAdapter } from './git.adapter.ts';

const REVERT = { at: '2024-03-05T14:20:11Z', kind: 'commit', text: 'Revert "Enable new pricing cache"', idempotencyKey: 'git:c0ffee0000000000000000000000000000000abc', phase: 'mitigation', decisionPoint: true };
const MERGE_AT = '2024-03-05T13:40:00Z';

describe('gitAdapter', () => {
  it.each(['git-log-fuller.txt', 'git-log-raw.txt', 'git-log-tsv.txt'])('reads %s with author dates and names', (name) => {
    const r = gitAdapter(loadTextFixture(name), {});
    expect(r.events).toHaveLength(2);
    expect(r.events[0]).toMatchObject({ ...REVERT, actor: 'Ana Dev', precision: 'exact' });
    expect(r.events[1]).toMatchObject({ at: MERGE_AT, actor: 'Lee Build', text: 'Merge pull request #41 from acme/pricing-cache' });
    expect(r.warnings).toEqual([]);
  });

  it('reads one line per commit with ISO dates', () => {
    const r = gitAdapter(loadTextFixture('git-log-oneline-iso.txt'), {});
    expect(r.events.map((e) => e.at)).toEqual(['2024-03-05T14:20:11Z', MERGE_AT, '2024-03-04T22:10:09Z']);
    expect(r.events[0]?.idempotencyKey).toBe('git:c0ffee0');
  });

  it('reads --oneline without dates as undated commits, with a warning', () => {
    const r = gitAdapter('c0ffee0 (HEAD -> main) Revert pricing cache\n1111111 Merge pull request #41\n', {});
    expect(r.events.map((e) => [e.at, e.precision, e.text])).toEqual([
      [null, 'unknown', 'Revert pricing cache'],
      [null, 'unknown', 'Merge pull request #41'],
    ]);
    expect(r.warnings[0]?.message).toContain('without a date');
  });

  it('accepts an empty log and refuses text that is not a log, naming the line', () => {
    expect(gitAdapter('', {}).events).toEqual([]);
    expect(() => gitAdapter('\nhello world\n', {})).toThrow(/git: line 2: expected/);
    expect(() => gitAdapter({ commits: [] }, {})).toThrow(/git: expected the text/);
  });
});
