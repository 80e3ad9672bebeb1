import { describe, expect, it } from 'vitest';
import { mergeTimeline } from './merge.ts';
import type { TimelineItem } from './merge.types.ts';

function item(id: string, at: string | null, extra: Partial<TimelineItem> = {}): TimelineItem {
  return { id, at, source: 'manual', kind: 'note', text: `event ${id}`, idempotencyKey: `k-${id}`, ...extra };
}

describe('mergeTimeline', () => {
  it('sorts by instant (across offsets and sub-millisecond digits), stable, unknown times last', () => {
    const { items } = mergeTimeline([
      item('late', '2024-03-05T14:20:00Z'),
      item('unknown-1', null),
      item('ns-b', '2024-03-05T14:10:00.000000200Z'),
      item('ns-a', '2024-03-05T14:10:00.000000100Z'),
      item('unknown-2', null),
      item('tie-1', '2024-03-05T14:15:00Z'),
      item('tie-2', '2024-03-05T14:15:00.000Z'),
    ]);
    expect(items.map((i) => i.id)).toEqual(['ns-a', 'ns-b', 'tie-1', 'tie-2', 'late', 'unknown-1', 'unknown-2']);
  });

  it('folds redeliveries with the same idempotency key, keeping every raw id', () => {
    const r = mergeTimeline([item('a', '2024-03-05T14:00:00Z', { idempotencyKey: 'pd:1' }), item('b', '2024-03-05T14:00:00Z', { idempotencyKey: 'pd:1' }), item('c', null, { idempotencyKey: 'pd:1' })]);
    expect(r.items.map((i) => i.id)).toEqual(['a']);
    expect(r.duplicatesFolded).toEqual([{ keptId: 'a', foldedIds: ['b', 'c'], reasons: ['idempotency_key'] }]);
  });

  it('folds a GitHub deploy and the git commit of the same sha, keeping the deploy', () => {
    const sha = 'c0ffee0000000000000000000000000000000abc';
    const r = mergeTimeline([
      item('commit', '2024-03-05T14:20:11Z', { source: 'git', kind: 'commit', text: 'Revert pricing cache', idempotencyKey: `git:${sha}`, sha }),
      item('deploy', '2024-03-05T14:22:00Z', { source: 'github', kind: 'deploy.created', text: 'Deploy of acme/shop', idempotencyKey: 'github:deployment:555:created', sha }),
      item('short', '2024-03-05T14:21:00Z', { source: 'git', kind: 'commit', text: 'Revert pricing cache', idempotencyKey: 'git:c0ffee0', sha: 'c0ffee0' }),
    ]);
    expect(r.items.map((i) => i.id)).toEqual(['deploy']);
    expect(r.duplicatesFolded[0]).toEqual({ keptId: 'deploy', foldedIds: ['commit', 'short'], reasons: ['sha'] });
  });

  it('does not fold the same sha hours apart, nor the same text from one source', () => {
    const sha = 'abcdef1234567';
    const r = mergeTimeline([
      item('commit', '2024-03-05T09:00:00Z', { source: 'git', kind: 'commit', sha }),
      item('deploy', '2024-03-05T14:00:00Z', { source: 'github', kind: 'deploy.created', sha }),
      item('m1', '2024-03-05T14:01:00Z', { source: 'slack', text: '+1' }),
      item('m2', '2024-03-05T14:02:00Z', { source: 'slack', text: '+1' }),
    ]);
    expect(r.items).toHaveLength(4);
  });

  it('folds the same text from two sources within the window', () => {
    const r = mergeTimeline([
      item('am', '2024-03-05T14:00:00Z', { source: 'alertmanager', text: 'DiskFull firing: /data 93%' }),
      item('gf', '2024-03-05T14:00:30Z', { source: 'grafana', text: 'DiskFull firing — /data 93%' }),
    ]);
    expect(r.items.map((i) => i.id)).toEqual(['am']);
    expect(r.duplicatesFolded[0]?.reasons).toEqual(['same_text']);
  });

  it('marks silences longer than 5 minutes, not a 4-minute one nor exactly 5', () => {
    const r = mergeTimeline([
      item('a', '2024-03-05T14:00:00Z'),
      item('b', '2024-03-05T14:04:00Z'),
      item('c', '2024-03-05T14:09:00Z'),
      item('d', '2024-03-05T14:21:30Z'),
      item('e', null),
    ]);
    expect(r.gaps).toEqual([{ from: '2024-03-05T14:09:00Z', to: '2024-03-05T14:21:30Z', minutes: 12.5, afterIndex: 2 }]);
    expect(mergeTimeline([item('a', '2024-03-05T14:00:00Z'), item('b', '2024-03-05T14:03:00Z')], { gapMinutes: 2 }).gaps).toHaveLength(1);
  });
});
