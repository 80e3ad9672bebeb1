import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from './parse-postmortem.ts';

/**
 * Issue 16, round 11: what the reader takes from chat posts and issue-tracker exports. An italic line of its own that
 * names a known section ("*Root cause*") is that section's label, and one of no known name ends the section above it;
 * a paragraph is cut at a line that opens with a bold label ("**cause:** …") and around a run of lines that open with
 * a bullet character ("• …"), which becomes a list; a Jira wiki table ("||Owner||" / "|…|") is a table.
 */
const sections = (md: string) => parsePostmortem(md).doc.sections.map((s) => [s.key, s.heading, s.line]);
const rows = (n: number) => `## Timeline\n\n| When | What |\n|---|---|\n${'| Mon 02/11 afternoon | x |\n'.repeat(n / 30)}`;
const bodyOf = (md: string, key: string) => parsePostmortem(md).doc.sections.find((s) => s.key === key)?.body;

describe('italic lines as section labels (round 11)', () => {
  const post = '*Summary*\nThe billing job ran twice.\n\n*Root cause*\nnot known yet\n\n*Chat notes*\nLi restarted the job at 10:02.\n\n*Follow-ups*\n• Lock the job so that a second run exits (Li, 2027-01-10)\n';

  it('reads "*Summary*" and "*Root cause*" on lines of their own as those sections', () => {
    expect(sections(post).slice(0, 3)).toEqual([['summary', 'Summary', 1], ['rootCause', 'Root cause', 4], [null, 'Chat notes', 7]]);
  });

  it('an italic line of no known name ends the section above it: its text is not the root cause', () => {
    expect(bodyOf(post, 'rootCause')).toBe('not known yet');
  });

  it('hard negative: an italic sentence in a section is its text, not a label', () => {
    const md = '*Root cause*\nThe lock was never taken.\n\n*This part was written the day after.*\nThe cron and the queue both started the job.\n';
    expect(bodyOf(md, 'rootCause')).toContain('both started the job');
  });

  it('hard negative: an italic line that only looks like a name in prose ("*Note: times are CET*") is no label', () => {
    expect(sections('# Cron ran twice\n\n## Timeline\n\n*Note: times are CET*\n\n- 10:00 Job starts\n').map((s) => s[0])).toEqual(['timeline']);
  });
});

describe('labels and bullet characters inside one paragraph (round 11)', () => {
  const pinned = '> **what happened:** the export job ran twice\n> **root cause:** a cron entry left behind after the move\n> **action items:**\n> • remove the old cron entry from host b (Li, 2027-01-10)\n> • alert when the job runs twice in an hour\n';

  it('cuts a quoted chat post at each bold label: each is a section', () => {
    expect(sections(pinned).filter((s) => s[0] !== null)).toEqual([['summary', 'what happened', 1], ['rootCause', 'root cause', 2], ['actionItems', 'action items', 3]]);
  });

  it('reads the bullet-character lines as a list of action items, each on its own line', () => {
    expect(parsePostmortem(pinned).doc.actionItems.map((a) => [a.line, a.owner])).toEqual([[4, 'Li'], [5, null]]);
  });

  it('hard negative: bold words inside a line, or a bold label that does not open its line, do not cut the paragraph', () => {
    const md = '## Root cause\n\nThe cron entry was **not** removed\nwhen the job moved, and **root cause:** reviews missed it.\n';
    expect(parsePostmortem(md).doc.sections.map((s) => s.key)).toEqual(['rootCause']);
  });

  it('hard negative: a "•" inside a line is no bullet', () => {
    expect(parsePostmortem('## Action items\n\nRemove the cron entry • host b (Li, 2027-01-10)\n').doc.actionItems).toHaveLength(1);
  });
});

describe('Jira wiki tables (round 11)', () => {
  const md = '## Timeline\n\n||Time||Event||\n|10:02|Job starts|\n|10:40|Second run starts|\n\n## Action items\n\n||Action||Assignee||Due||\n|Lock the job|[~li]|2027-01-10|\n|Follow up with finance||\n';

  it('reads "||Time||Event||" with its "|…|" rows as a timeline table', () => {
    expect(parsePostmortem(md).doc.timeline.entries.map((e) => [e.asWritten, e.line])).toEqual([['10:02', 4], ['10:40', 5]]);
  });

  it('reads the action table by its header names, an empty cell as no owner', () => {
    expect(parsePostmortem(md).doc.actionItems.map((a) => [a.text, a.owner, a.due, a.line])).toEqual([
      ['Lock the job', '[~li]', '2027-01-10', 10],
      ['Follow up with finance', null, null, 11],
    ]);
  });

  it('hard negative: a paragraph that only opens with "||" is no table', () => {
    expect(parsePostmortem('## Timeline\n\n||Time||Event||\nthen nothing more\n').doc.timeline.entries).toEqual([]);
  });
});

describe('house section names and labels (round 11)', () => {
  it.each([
    ['How it unfolded', 'timeline'],
    ['Who and what was affected', 'impact'],
    ['§2 Who was impacted?', 'impact'],
    ["What we'll change", 'actionItems'],
    ['Commitments', 'actionItems'],
    ['Bright spots', 'whatWentWell'],
    ['What helped us?', 'whatWentWell'],
    ['What went less well', 'whatWentWrong'],
    ["What didn't go so well", 'whatWentWrong'],
  ])('reads "## %s" as %s', (heading, key) => {
    expect(sections(`# Cron ran twice\n\n## ${heading}\n\nText.\n`).map((s) => s[0])).toEqual([key]);
  });

  it.each(['How we deploy', 'What we learned about the cron', 'Who to call'])('hard negative: "## %s" is no timeline, impact or action list', (heading) => {
    expect(sections(`# Cron ran twice\n\n## ${heading}\n\nText.\n`).map((s) => s[0])).not.toContain('timeline');
    expect(sections(`# Cron ran twice\n\n## ${heading}\n\nText.\n`).map((s) => s[0])).not.toContain('actionItems');
  });

  it('reads a bold label with a note in brackets after it ("**Timeline** (pasted from #ops)") as the label', () => {
    expect(sections('**Summary**\n\nThe job ran twice.\n\n**Timeline** (pasted from #ops)\n\n- 10:02 Job starts\n').map((s) => s[0])).toEqual(['summary', 'timeline']);
  });

  it('hard negative: a bold word that opens a sentence with brackets later on is no label', () => {
    expect(sections('**Summary**\n\nThe job ran twice.\n\n**Timeline** slipped (by a day) because of the move.\n').map((s) => s[0])).toEqual(['summary']);
  });

  it('reads an owner from a "Lead" or "Driver" column', () => {
    const md = '## Action items\n\n| Change | Lead | Target date |\n|---|---|---|\n| Lock the job so a second run exits | Li Wei | 2027-01-10 |\n| Add a run counter alert | | 2027-01-20 |\n';
    expect(parsePostmortem(md).doc.actionItems.map((a) => a.owner)).toEqual(['Li Wei', null]);
  });
});

describe('dates after a weekday and day parts in time cells (round 11)', () => {
  const rows = (cells: string[]) => `## Timeline\n\n| When | What |\n|---|---|\n${cells.map((c) => `| ${c} | Something happens |`).join('\n')}\n`;
  const read = (md: string) => parsePostmortem(md).doc.timeline.entries.map((e) => [e.asWritten, e.precision]);

  it('reads "Mon 02/11 09:30" as a day and a time (day first)', () => {
    expect(read(rows(['Mon 02/11 09:30', 'Tue 03/11 08:10']))).toEqual([['Mon 02/11 09:30', 'minute'], ['Tue 03/11 08:10', 'minute']]);
  });

  it('reads "Mon 02/11 afternoon" as a day whose time is unknown', () => {
    expect(read(rows(['Mon 02/11 09:30', 'Mon 02/11 afternoon']))[1]).toEqual(['Mon 02/11 afternoon', 'unknown']);
  });

  it('hard negative: "1/2 of the nodes" is no date, and a day part alone in words still reads as before', () => {
    expect(read('## Timeline\n\n- 10:00 Job starts\n- 1/2 of the nodes restart\n').map((e) => e[0])).toEqual(['10:00']);
    expect(read(rows(['Mon 02/11 09:30', 'Tue 03/11 evening shift handover']))[1]?.[1]).not.toBe('unknown');
  });
});

describe('pandoc simple tables (round 11)', () => {
  const md = '## Timeline\n\n  Time    What happened\n  ------- ------------------------------\n  22:05   Export generated by the CRM.\n  08:05--08:28   Refund file prepared.\n\n## Actions\n\n  Action                              Responsible     Due\n  ----------------------------------- --------------- -----------\n  Add a duplicate-row check to the export   Helen Marsh     2026-12-01\n  Better communication                unassigned      -\n';

  it('reads the rows of a timeline written as a pandoc simple table, each on its line, a "--" range as one entry', () => {
    expect(parsePostmortem(md).doc.timeline.entries.map((e) => [e.asWritten, e.line])).toEqual([['22:05', 5], ['08:05--08:28', 6]]);
  });

  it('reads its action table by the header names, a cell wider than its column included', () => {
    expect(parsePostmortem(md).doc.actionItems.map((a) => [a.text, a.owner, a.due, a.line])).toEqual([
      ['Add a duplicate-row check to the export', 'Helen Marsh', '2026-12-01', 12],
      ['Better communication', 'unassigned', null, 13],
    ]);
  });

  it('hard negative: a setext heading\'s single underline, and a dashed line in prose, are no table', () => {
    expect(sections('Timeline\n--------\n\n- 10:00 Job starts\n').map((s) => s[0])).toEqual(['timeline']);
    expect(parsePostmortem('## Summary\n\nThe job -- the nightly one -- ran twice.\n').doc.sections[0]?.body).toContain('the nightly one');
  });
});

describe('lists an export escaped, and task lists in a comment thread (round 11)', () => {
  it('reads lines that all open with an escaped number ("1\\. …") as a numbered list of items', () => {
    const md = '## Action items\n\n1\\. Bound the pool to 200 per pod — Owner: Li Wei — Due: 2027-01-10\n2\\. Better communication — Owner: — — Due: —\n';
    expect(parsePostmortem(md).doc.actionItems.map((a) => [a.line, a.owner, a.due])).toEqual([[3, 'Li Wei', '2027-01-10'], [4, null, null]]);
  });

  it('hard negative: one escaped number in a paragraph of prose stays prose', () => {
    const md = '## Action items\n\nWe agreed on the following plan for the pool\n1\\. is the first step of three and the rest follow.\n';
    expect(parsePostmortem(md).doc.actionItems).toHaveLength(1);
  });

  it('with no action-item section, reads a task list in a comment as the action items', () => {
    const md = '### Summary\n\nThe job ran twice.\n\n---\n\n**@li** commented\n\nAdding the follow-ups here:\n\n- [ ] Lock the job so a second run exits — @li, 24 Jul\n- [ ] Reconcile charges nightly — someone from billing\n';
    expect(parsePostmortem(md).doc.actionItems.map((a) => [a.line, a.owner])).toEqual([[11, '@li'], [12, null]]);
  });

  it('hard negative: a plain list, or a task list beside an action-item section, adds no items', () => {
    expect(parsePostmortem('### Summary\n\n- The job ran twice\n- Finance noticed\n').doc.actionItems).toEqual([]);
    const md = '### Summary\n\n- [x] Job stopped\n\n### Action items\n\n- Lock the job — @li, 2027-01-10\n';
    expect(parsePostmortem(md).doc.actionItems.map((a) => a.line)).toEqual([7]);
  });
});

describe('owners and done lines in other words (round 11)', () => {
  const one = (line: string) => parsePostmortem(`## Action items\n\n${line}\n`).doc.actionItems[0];

  it('reads "owner X" after a comma, with a name in brackets after it', () => {
    expect(one('1. Document the clinic call-back, owner Support operations (Dana Kim), due 8 January 2027.')?.owner).toBe('Support operations (Dana Kim)');
    expect(one('1. Add a failover drill, owner Ingrid Solberg.')?.owner).toBe('Ingrid Solberg');
  });

  it('reads a team with its person in brackets after a dash, before the due date', () => {
    expect(one('- [ ] Publish a note on certificate rollovers — Customer Success (Hélène Moreau) — due Dec 11, 2026')?.owner).toBe('Customer Success (Hélène Moreau)');
  });

  it('hard negative: "owner" inside the item\'s words names nobody', () => {
    expect(one('1. Ask the service owner to rotate the key before the audit.')?.owner).toBeNull();
    expect(one('1. Make the owner field required, so every alert has one.')?.owner).toBeNull();
  });

  it('reads a sub-item "Done on 2 December at 16:06" as a field that marks the item done', () => {
    const item = one('5. Disable the deps cache until item 1 is done.\n   - Owner: Tomás Herrera\n   - Done on 2 December at 16:06');
    expect([item?.owner, item?.status]).toEqual(['Tomás Herrera', 'done']);
  });

  it('hard negative: "Done when the cache is rebuilt" is no done line', () => {
    expect(one('5. Disable the deps cache.\n   - Owner: Tomás Herrera\n   - Done when the cache is rebuilt')?.status).toBeNull();
  });
});

describe('the round-11 reader patterns run in linear time', () => {
  it.each([
    ['many pipes', (n: number) => `## Action items\n\n||${'a||'.repeat(n / 3)}\n|${'b|'.repeat(n / 2)}\n`],
    ['many label lines', (n: number) => '**cause:** x\n'.repeat(n / 13)],
    ['many bullet lines', (n: number) => '• step\n'.repeat(n / 7)],
    ['long italic line', (n: number) => `*${'Root '.repeat(n / 5)}*\ntext\n`],
    ['weekday dates', (n: number) => rows(n)],
    ['escaped numbers', (n: number) => `## Action items\n\n${'1\\. step\n'.repeat(n / 10)}`],
    ['task lists', (n: number) => `### Summary\n\n${'- [ ] step — @li\n'.repeat(n / 18)}`],
    ['owner after a comma', (n: number) => `## Action items\n\n1. x, owner A${' b'.repeat(n / 2)}\n`],
    ['done lines', (n: number) => `## Action items\n\n1. x\n${'   - Done on 2 Dec\n'.repeat(n / 19)}`],
    ['pandoc table', (n: number) => `  a   b\n  --- ---\n${'  x   y\n'.repeat(n / 8)}`],
    ['pandoc rule of many runs', (n: number) => `  a   b\n  ${'-- '.repeat(n / 3)}\n  x   y\n`],
    ['bracket note after a label', (n: number) => `**Timeline** (${'('.repeat(n)}\n`],
    ['nested quotes of labels', (n: number) => `${'> '.repeat(n / 20)}**cause:** x\n`.repeat(10)],
  ])('%s: t(4n)/t(n) stays near 4', (_, input) => {
    expect(growthRatio(input, (t) => parsePostmortem(t))).toBeLessThan(12);
  });
});
