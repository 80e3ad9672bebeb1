import { describe, expect, it } from 'vitest';
import { parsePostmortem } from './parse-postmortem.ts';

/**
 * Issue 16, round 20: a table with no status column that closes an item in its due cell ("done", "completed 3 May",
 * "cancelled"): the item is done or dropped. An open word there ("pending", "TBD") says nothing of its status.
 */
const items = (rows: readonly string[], header = '| Action | Owner | Due |') =>
  parsePostmortem(['# Kiln outage', '', '## Action items', '', header, '|---|---|---|', ...rows].join('\n')).doc.actionItems;

describe('a status written in the due cell of a table without a status column (round 20)', () => {
  it('reads "done" and "completed 3 May" in the due cell as done, "cancelled" as dropped', () => {
    const read = items(['| Restart the kiln controller | Ada Moreno | done |', '| Re-flash the firmware | Ada Moreno | completed 3 May |', '| Replace the relay board | Ben Ito | cancelled |']);
    expect(read.map((i) => i.status)).toEqual(['done', 'done', 'wont_do']);
    expect(read.map((i) => i.due)).toEqual([null, null, null]);
  });

  it('hard negative: a date, "pending" or "TBD" in the due cell leaves the status unread', () => {
    const read = items(['| Add a disk alert on /var/kiln at 80 % | Ada Moreno | 2027-03-02 |', '| Review storage | Ben Ito | pending |', '| Move the schedule store | Ben Ito | TBD |']);
    expect(read.map((i) => i.status)).toEqual([null, null, null]);
    expect(read[0]?.due).toBe('2027-03-02');
  });

  it('hard negative: a status column still decides, whatever the due cell says', () => {
    const read = parsePostmortem(['## Action items', '', '| Action | Owner | Due | Status |', '|---|---|---|---|', '| Restart the kiln controller | Ada Moreno | done | open |'].join('\n')).doc.actionItems;
    expect(read[0]?.status).toBe('open');
  });
});
