import { describe, expect, it } from 'vitest';
import { findingsOf, withSection } from '../../../test/factories/quality-doc.ts';

const items = (...rows: string[]) => withSection('Action Items', ['| Action | Owner | Due |', '|---|---|---|', ...rows].join('\n'));

describe('action items', () => {
  it('flags vague items and passes specific ones', () => {
    const text = items(
      '| Improve monitoring | @alice | 2026-03-01 |',
      '| Add alert for error rate >5% sustained for >2 minutes on /api/sync | @bob | 2026-03-01 |',
    );
    const f = findingsOf('vague-action-item', text);
    expect(f.map((x) => x.quote)).toEqual(['Improve monitoring']);
    expect(f[0]?.message).toMatch(/measurable/);
    expect(f[0]?.line).toBe(text.split('\n').findIndex((l) => l.includes('Improve monitoring')) + 1);
  });

  it('flags a missing owner (error) and a missing due date (warning)', () => {
    const text = items('| Add a CI check for `haproxy -c` |  | 2026-03-01 |', '| Rotate the deploy key for lb-1 | @carol |  |');
    expect(findingsOf('action-item-owner', text).map((f) => [f.quote, f.severity])).toEqual([['Add a CI check for `haproxy -c`', 'error']]);
    expect(findingsOf('action-item-due', text).map((f) => [f.quote, f.severity])).toEqual([['Rotate the deploy key for lb-1', 'warning']]);
  });

  it('treats "TBD" and "-" as no owner', () => {
    const text = items('| Rotate the deploy key for lb-1 | - | 2026-03-01 |');
    expect(findingsOf('action-item-owner', text)).toHaveLength(1);
  });

  it('reports a template row still holding "@owner" / "YYYY-MM-DD" as an item without owner and due date, beside the placeholder (round 8)', () => {
    const text = items('| Add a runbook for lb-1 failover | @owner | YYYY-MM-DD |');
    expect(findingsOf('action-item-owner', text)).toHaveLength(1);
    expect(findingsOf('action-item-due', text)).toHaveLength(1);
    expect(findingsOf('placeholder', text)).toHaveLength(1);
  });

  it('fires too-many-action-items above 10, not at 10, and honours maxItems', () => {
    const row = (i: number) => `| Add alert number ${i} on checkout-api | @alice | 2026-03-01 |`;
    const ten = items(...Array.from({ length: 10 }, (_, i) => row(i)));
    const eleven = items(...Array.from({ length: 11 }, (_, i) => row(i)));
    expect(findingsOf('too-many-action-items', ten)).toEqual([]);
    expect(findingsOf('too-many-action-items', eleven)[0]?.message).toMatch(/11 action items/);
    expect(findingsOf('too-many-action-items', ten, { rules: { 'too-many-action-items': { maxItems: 5 } } })).toHaveLength(1);
  });
});
