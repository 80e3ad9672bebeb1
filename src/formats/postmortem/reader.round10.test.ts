import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { normaliseHeading } from './section-names.ts';
import { parsePostmortem } from './parse-postmortem.ts';

/**
 * Issue 16, round 10: what the reader takes from exports and house styles. A "Time" column beside a "Date" column is
 * the clock; a zone note with the day is no entry; a time of day in words starts an entry of unknown time; an escaped
 * bullet is a bullet; a bold line with its answer on the lines below is a section label; a pandoc attribute block is
 * no part of a heading's name; action items name their owner after a dash, in brackets with an initial, or in the
 * field list under a sub-heading.
 */
const doc = (timeline: string, actions = '- Add an alert on the queue depth so that backlogs page within 5 minutes (@ana, 2026-12-20)'): string =>
  `# Payroll export stalled\n\n## Summary\n\nThe export stalled.\n\n## Timeline\n\n${timeline}\n\n## Root cause\n\nNo timeout on the export step.\n\n## Action items\n\n${actions}\n`;
const entries = (md: string) => parsePostmortem(md).doc.timeline.entries.map((e) => [e.asWritten, e.precision]);
const items = (actions: string) => parsePostmortem(doc('- 10:00 Export starts', actions)).doc.actionItems;

describe('timeline tables and notes (round 10)', () => {
  it('reads the "Time" column as the clock when a "Date" column stands before it', () => {
    const md = doc('| Date | Time | Event |\n|---|---|---|\n| 7 Mar | 22:40 | Export starts |\n| 8 Mar | 00:15 | Export stalls |');
    expect(entries(md)).toEqual([['7 Mar 22:40', 'minute'], ['8 Mar 00:15', 'minute']]);
  });

  it('hard negative: a lone "Date" column is still read as the time column', () => {
    const md = doc('| Date | Event |\n|---|---|\n| 2026-03-07 22:40 | Export starts |');
    expect(entries(md)).toEqual([['2026-03-07 22:40', 'minute']]);
  });

  it('reads "All times CET, 7 March 2026." above the rows as a note, not a date-only entry', () => {
    expect(entries(doc('All times CET, 7 March 2026.\n\n- 22:40 Export starts\n- 22:55 Export stalls'))).toEqual([['22:40', 'minute'], ['22:55', 'minute']]);
  });

  it('hard negative: "Outage began 7 March 2026" is still an entry (a date-only one)', () => {
    expect(entries(doc('Outage began 7 March 2026\n\n- 22:40 Export starts'))[0]).toEqual(['7 March 2026', 'date']);
  });

  it.each([
    ['- around lunch the payroll desk notices the empty file', 'around lunch'],
    ['- Saturday late evening export queue keeps growing', 'Saturday late evening'],
    ['\nTuesday morning    Clerk finds the empty file\n', 'Tuesday morning'],
  ])('reads "%s" as an entry whose time is not known', (line, asWritten) => {
    expect(entries(doc(`- 10:00 Export starts\n${line}\n- 13:00 Export restarted`))).toContainEqual([asWritten, 'unknown']);
  });

  it.each([
    ['- morning: payroll desk starts to complain', 'morning'],
    ['- lunchtime — the bank emails about the missing file', 'lunchtime'],
  ])('reads a day part as the label of "%s" as an entry whose time is not known', (line, asWritten) => {
    expect(entries(doc(`- 10:00 Export starts\n${line}\n- 13:00 Export restarted`))).toContainEqual([asWritten, 'unknown']);
  });

  it('hard negative: prose that opens with a day part ("Morning shift took over") is no entry', () => {
    expect(entries(doc('- 10:00 Export starts\n- Morning shift took over the queue\n- 13:00 Export restarted')).map((e) => e[0])).toEqual(['10:00', '13:00']);
  });

  it('reads a day part in a table\'s time column ("| early morning |") as an entry whose time is not known', () => {
    expect(entries(doc('| Time | Event |\n|---|---|\n| 22:40 | Export starts |\n| early morning | Clerk finds the empty file |'))).toEqual([['22:40', 'minute'], ['early morning', 'unknown']]);
  });

  it('reads "somewhere around 08:50" as an approximate time', () => {
    expect(entries(doc('- 08:15 Export starts\n- somewhere around 08:50 the bank calls'))[1]).toEqual(['somewhere around 08:50', 'approximate']);
  });

  it('reads an escaped bullet from a Google Docs export ("\\- 11:05 …") as an entry', () => {
    expect(entries(doc('\\- 11:05 export job started on all shards through the portal, which takes fifteen minutes in total\n\n\\- 11:20 first shard reports a timeout'))).toEqual([['11:05', 'minute'], ['11:20', 'minute']]);
  });
});

describe('sections of form exports and pandoc (round 10)', () => {
  const keys = (md: string) => parsePostmortem(md).doc.sections.map((s) => s.key);

  it('reads a bold question with its answer on the next line as a section ("**Impact – who was affected?**")', () => {
    const md = '# Form responses\n\n**Summary – what happened?**\nThe export stalled.\n\n**Impact – who was affected?**\n310 staff paid late.\n\n**Timeline**\n10:00 – Export starts\n10:20 – Export stalls\n';
    expect(keys(md)).toEqual(expect.arrayContaining(['summary', 'impact', 'timeline']));
    expect(parsePostmortem(md).doc.timeline.entries.map((e) => e.line)).toEqual([10, 11]);
  });

  it('hard negative: bold words that open a sentence are no label', () => {
    expect(keys('# Export\n\n## Summary\n\n**Impact** was small: ten staff paid a day late.\n')).not.toContain('impact');
  });

  it.each(['Summary {#summary}', 'Root cause {#root-cause .unnumbered}'])('drops the pandoc attribute block of "%s"', (h) => {
    expect(normaliseHeading(h)).toBe(h.replace(/ \{.*$/, '').toLowerCase());
  });

  it('hard negative: braces inside a heading stay ("Timeline {draft} of events" keeps its words)', () => {
    expect(normaliseHeading('Timeline {draft} of events')).toContain('of events');
  });
});

describe('owners and due dates of action items (round 10)', () => {
  it.each([
    ['- Add a sanity check on feed updates — Ines Carvalho, 2026-12-04', 'Ines Carvalho', '2026-12-04'],
    ['1. Write the runbook for stalled exports – Tom Berg – 2026-11-27', 'Tom Berg', '2026-11-27'],
    ['- Alert on shard timeouts above 2 % (Tomasz W., until 30.09.2026)', 'Tomasz W.', '2026-09-30'],
    ['- Ask the vendor for advance notice — Okafor, before the contract review in January', 'Okafor', null],
  ])('reads the owner of "%s"', (line, owner, due) => {
    const [item] = items(line);
    expect(item?.owner).toBe(owner);
    expect(item?.due).toBe(due);
  });

  it('reads a due date a few words into its field ("Due: before the Q2 review (2026-04-15)")', () => {
    const [item] = items('Add a schema check on the payroll feed\n: Owner: Ana Lima · Due: before the Q2 review (2026-04-15) · Ticket PAY-12');
    expect(item?.owner).toBe('Ana Lima');
    expect(item?.due).toBe('2026-04-15');
  });

  it('hard negative: a dash before words that are no name and no date gives no owner', () => {
    expect(items('- Retry the export — Better, and faster next time')[0]?.owner).toBeNull();
  });

  it('reads a sub-heading with a checkbox list of its fields as one item on the heading line', () => {
    const list = items('### AI-1: Alert on export stalls over 10 minutes\n- [ ] Owner: Rui Alves\n- [ ] Due: 2027-01-15\n\n### AI-2: Replace the export host disk\n- [x] Done 28 Dec by Rui\n\n### AI-3: Be more careful\n- [ ] Owner: TBD');
    expect(list.map((i) => [i.line, i.owner, i.due, i.status])).toEqual([
      [17, 'Rui Alves', '2027-01-15', null],
      [21, null, null, 'done'],
      [24, 'TBD', null, null],
    ]);
  });

  it('reads a key set off by a long dash ("### AI-4 — Look into the sync script") as the key, not the item\'s words', () => {
    const [item] = items('### AI-4 — Look into the sync script\nOwner: Rui Alves');
    expect([item?.key, item?.text]).toEqual(['AI-4', 'Look into the sync script']);
  });

  it('hard negative: a sub-heading followed by a list of real steps keeps the steps as items', () => {
    expect(items('### Monitoring\n- Alert on export stalls over 10 minutes (@rui, 2027-01-15)\n- Page the payroll on-call on a stalled export (@ana, 2027-01-20)').map((i) => i.owner)).toEqual(['@rui', '@ana']);
  });
});

describe('the round-10 reader patterns run in linear time', () => {
  it.each([
    ['dash owner', (n: number) => doc('- 10:00 Export starts', `- x${' — Ab'.repeat(n / 5)}`)],
    ['due field', (n: number) => doc('- 10:00 Export starts', `- x due: ${'a '.repeat(n / 2)}`)],
    ['words time', (n: number) => doc(`- around ${'morning '.repeat(n / 8)}`)],
    ['escaped bullets', (n: number) => doc(`${'\\- '.repeat(n / 3)}10:00 x`)],
    ['attribute', (n: number) => `# Summary ${' {#a'.repeat(n / 4)}\n\n${doc('- 10:00 Export starts')}`],
  ])('%s: t(4n)/t(n) stays near 4', (_, input) => {
    expect(growthRatio(input, (t) => parsePostmortem(t))).toBeLessThan(12);
  });
});
