import { describe, expect, it } from 'vitest';
import { formatWork } from './work.command.ts';

describe('debrief work', () => {
  it('prints each list with its count, overdue marks and the team section only when there is a team', () => {
    const item = { postmortemId: 'INC-1', key: 'A1', title: 'Alert on queue age', priority: 'P1', status: 'open', owner: 'ana', team: null, dueDate: '2026-03-17', overdue: true };
    const out = formatWork({
      person: { username: 'ana', displayName: 'Ana Ruiz', team: null },
      reviews: [{ postmortemId: 'INC-2', incidentId: 'INC-2', title: 'Webhooks delayed', owner: 'carol', role: 'engineering-lead', requestedAt: '2026-03-10T12:00:00Z' }],
      actionItems: [item], postmortems: [], team: { name: null, overdue: [] }, waiting: 2,
    });
    expect(out).toContain('Ana Ruiz (ana): 2 waiting for you');
    expect(out).toContain('INC-2  as engineering-lead  Webhooks delayed  — owner carol');
    expect(out).toContain('INC-1 A1  P1  due 2026-03-17 (overdue)  Alert on queue age');
    expect(out).toContain('Post-mortems you own (0)\n  none');
    expect(out).not.toContain('Overdue in team');
  });
});
