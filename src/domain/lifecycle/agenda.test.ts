import { describe, expect, it } from 'vitest';
import { meetingParticipants } from './agenda.ts';

describe('meeting participants', () => {
  it('says what a major incident needs in plain words, without citing the process documents', () => {
    const base = { responders: ['bob', 'carol'], commander: 'ada', owner: 'ada', severityRank: 1 };
    const open = meetingParticipants({ ...base, facilitator: null });
    expect(open.notes).toEqual(['Major incident: invite the product owner.', 'Major incident: choose a neutral facilitator who was not directly involved.']);
    const involved = meetingParticipants({ ...base, facilitator: 'bob' });
    expect(involved.notes[1]).toBe('The facilitator bob took part in the response; a neutral facilitator is suggested for major incidents.');
    expect(meetingParticipants({ ...base, severityRank: 3, facilitator: null }).notes).toEqual([]);
    for (const note of [...open.notes, ...involved.notes]) expect(note).not.toMatch(/seed|P0|P1/);
  });
});
