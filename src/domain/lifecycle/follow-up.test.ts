import { describe, expect, it } from 'vitest';
import { followUps, type FollowUpItem } from './follow-up.ts';

const item = (over: Partial<FollowUpItem>): FollowUpItem => ({
  postmortemId: 'INC-2026-03-01-001', key: 'A1', title: 'Add disk alerts', owner: 'alice', priority: 'P1',
  dueDate: '2026-03-10', status: 'open', postmortemOwner: 'carol', ...over,
});
const now = new Date('2026-03-10T12:00:00Z');

describe('action-item follow-up', () => {
  it('reminds the owner of an item due within two days, and says nothing earlier', () => {
    expect(followUps([item({})], now)[0]).toMatchObject({ level: 'due-soon', notify: ['alice'] });
    expect(followUps([item({ dueDate: '2026-03-20' })], now)).toEqual([]);
  });
  it('escalates to the post-mortem owner after a week overdue, then to leadership after two', () => {
    expect(followUps([item({ dueDate: '2026-03-08' })], now)[0]).toMatchObject({ level: 'overdue', daysOverdue: 2, notify: ['alice'] });
    expect(followUps([item({ dueDate: '2026-03-01' })], now)[0]).toMatchObject({ level: 'escalated', notify: ['alice', 'carol'] });
    expect(followUps([item({ dueDate: '2026-02-20' })], now)[0]?.level).toBe('escalated-leadership');
  });
  it('flags items without an owner or a due date, and ignores closed ones', () => {
    const r = followUps([item({ owner: null }), item({ key: 'A2', dueDate: null }), item({ key: 'A3', status: 'done', dueDate: '2026-01-01' })], now);
    expect(r.map((f) => f.level)).toEqual(['no-owner', 'no-due-date']);
  });
  it('shows an unowned item that slipped as overdue, for the post-mortem owner to chase', () => {
    const [f] = followUps([item({ owner: null, dueDate: '2026-03-05' })], now);
    expect(f).toMatchObject({ level: 'overdue', daysOverdue: 5, notify: ['carol'] });
    expect(f?.message).toContain('has no owner');
  });
  it('lists the most urgent first', () => {
    const r = followUps([item({ key: 'A1' }), item({ key: 'A2', dueDate: '2026-02-01' })], now);
    expect(r.map((f) => f.item.key)).toEqual(['A2', 'A1']);
  });
});
