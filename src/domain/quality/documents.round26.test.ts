import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { lintPostmortem } from './index.ts';
import { QualityConfigSchema } from './quality.config.ts';

/**
 * Issue 16, round 26: action items and outlines in exports read by their shape — a Word table saved as tab-separated
 * text right under its title, a PDF's table copied to text (columns of spaces, wrapped actions, page footers between
 * rows), an outline's lettered points.
 */
const lint = (text: string) => {
  const { doc } = parsePostmortem(text);
  return { doc, findings: lintPostmortem(doc, text, { config: QualityConfigSchema.parse({}) }) };
};
const items = (text: string) => lint(text).doc.actionItems.map((a) => ({ line: a.line, text: a.text.replace(/ — .*$/, ''), owner: a.owner, due: a.due }));
const rulesOn = (text: string, line: number): string[] => lint(text).findings.filter((f) => f.line === line).map((f) => f.rule).sort();

describe('a tab-separated action table right under its title (round 26)', () => {
  const doc = (head: string) => [
    '## Summary', '', 'The kiln controller at the Gdańsk plant skipped its cool-down for 40 minutes.', '',
    '## Follow-up actions', head,
    'Add a cool-down interlock to kiln-ctl that refuses a restart above 300 °C\tWiktor Zając\t2027-02-11',
    'Look into the sensors\tOla\t',
    'Write a runbook\t-\t-', '',
  ].join('\n');
  it('each row is an item with its owner and due date, on its own line', () => {
    expect(items(doc('Action\tOwner\tDue'))).toEqual([
      { line: 7, text: 'Add a cool-down interlock to kiln-ctl that refuses a restart above 300 °C', owner: 'Wiktor Zając', due: '2027-02-11' },
      { line: 8, text: 'Look into the sensors', owner: 'Ola', due: null },
      { line: 9, text: 'Write a runbook', owner: null, due: null },
    ]);
    expect(rulesOn(doc('Action\tOwner\tDue'), 9)).toEqual(expect.arrayContaining(['action-item-due', 'action-item-owner']));
  });
  it('the header may name its columns in another language', () => {
    expect(items(doc('Maßnahme\tVerantwortlich\tFrist')).map((i) => i.owner)).toEqual(['Wiktor Zając', 'Ola', null]);
  });
  it('a tab-separated header of other words is no action table', () => {
    expect(items(doc('Metric\tBefore\tAfter'))).not.toHaveLength(3);
  });
});

describe('a PDF action table copied to text (round 26)', () => {
  const pdf = [
    '## Root cause', '', 'The ferry booking cache kept a sold cabin for 20 minutes because no test covers its expiry.', '',
    '## 7. Action items',
    'Action                                             Owner              Due',
    'Make the cabin cache drop a hold when the payment   Inês Barros        2027-05-02',
    'step fails, with a test that expires a hold mid-',
    'booking.',
    'Improve cache resilience                           Booking squad',
    '',
    'Saltwind Ferries — Post-Incident Review            Page 2 of 3',
    '',
    'Saltwind Ferries — Post-Incident Review            Page 3 of 3',
    '',
    'Add more dashboards                                                    2027-06-01',
    '',
    'Next paragraph of prose.',
  ].join('\n');
  it('a wrapped action is one item, hyphenated words joined, and rows after a page break still belong to it', () => {
    expect(items(pdf)).toEqual([
      { line: 7, text: 'Make the cabin cache drop a hold when the payment step fails, with a test that expires a hold midbooking.', owner: 'Inês Barros', due: '2027-05-02' },
      { line: 10, text: 'Improve cache resilience', owner: 'Booking squad', due: null },
      { line: 16, text: 'Add more dashboards', owner: null, due: '2027-06-01' },
    ]);
  });
  it('columns of spaces with no Owner or Due header are left as text', () => {
    expect(items(pdf.replace('Action                                             Owner              Due', 'Metric                                             Before             After'))).not.toHaveLength(3);
  });
});

describe("an outline's lettered points (round 26)", () => {
  const outline = [
    'KILN OUTAGE — OUTLINE', '',
    'I. Summary', '   A. The Gdańsk kiln skipped its cool-down from 02:10 to 02:50.', '',
    'II. Timeline', '   A. 02:10 controller restarts hot.', '   B. 02:40 shift lead paged.', '   C. 02:20 alarm acknowledged.', '',
    'III. Action items', '   A. Improve the kiln process', '      1. Owner: TBD', '   B. Add a restart interlock to kiln-ctl refusing starts above 300 °C', '      1. Owner: Wiktor Zając', '      2. Due: 2027-02-11', '',
  ].join('\n');
  it('lettered points are list items: timeline entries and action items with their numbered fields', () => {
    const { doc } = lint(outline.split('\n').join('\n'));
    expect(doc.timeline.entries.map((e) => e.line)).toEqual([7, 8, 9]);
    expect(items(outline).map((i) => [i.line, i.owner, i.due])).toEqual([[12, 'TBD', null], [14, 'Wiktor Zając', '2027-02-11']]);
    expect(rulesOn(outline, 9)).toContain('timeline-order');
  });
  it('lettered titles at the margin stay headings, and points not starting at A are not a run', () => {
    const text = ['A. Summary', 'The kiln stopped.', '', 'B. Action items', '', '   B. Not a point', '   C. Nor this', ''].join('\n');
    expect(lint(text).doc.sections.map((s) => s.key)).toEqual(['summary', 'actionItems']);
    expect(lint(text).doc.actionItems.length).toBeLessThan(2);
  });
});

describe("a chat's agreed actions in its last messages (round 26)", () => {
  const chat = (label: string) => [
    'Teams export — #inc-greenhouse-vents — 2027-03-02', '',
    'Jonas Berg  09:01', 'vents on the east range stayed shut overnight, 14 houses at 4 °C', '',
    'Aiko Tan  09:04', 'the vent controller lost its schedule after the firmware push', '',
    'Jonas Berg  09:20', label, '',
    '    Aiko Tan  09:21  (reply in thread)', '    @aiko: pin the vent firmware to 2.4 in fleet.yaml and add a canary greenhouse — by 12 Mar 2027', '',
    '    Piet Smit  09:22  (reply in thread)', '    @piet: look into the sensors', '        :thumbsup: 2', '',
    'Jonas Berg  09:23', 'thanks all', '',
  ].join('\n');
  it('after a label message, each message led by its owner is an item on its own line', () => {
    expect(items(chat('ok actions so far:')).map((i) => [i.line, i.owner])).toEqual([[13, '@aiko'], [16, '@piet']]);
    expect(rulesOn(chat('ok actions so far:'), 16)).toEqual(expect.arrayContaining(['action-item-due', 'vague-action-item']));
  });
  it('with no label message, the messages are no items', () => {
    expect(items(chat('sounds good'))).toEqual([]);
  });
});

describe('the round-26 readers run in linear time', () => {
  it.each([
    ['a tab table of many rows', (n: number) => `Actions\nAction\tOwner\tDue\n${'x\ty\tz\n'.repeat(n / 6)}`],
    ['a spaced table of many wrapped lines', (n: number) => `Actions\nAction   Owner   Due\n${'abc  d  e\nwrapped-\n'.repeat(n / 18)}`],
    ['a spaced header of many spaces', (n: number) => `Action${' '.repeat(n)}Owner\nx${' '.repeat(n)}y\n`],
    ['many page breaks', (n: number) => `Action   Owner\nx   y\n${'\nPage 1 of 2\n'.repeat(n / 13)}\nz   w\n`],
    ['lettered points', (n: number) => `I. Summary\n${'   A. x\n   B. y\n'.repeat(n / 16)}`],
    ['chat messages after a label', (n: number) => `A  09:01\nx\nB  09:02\nactions:\n${'C  09:03\n@c: x\n'.repeat(n / 15)}`],
    ['a long speaker-like line', (n: number) => `A  09:01\nB  09:02\nC  09:03\nactions:\n${'Ab '.repeat(n / 3)}  9:00\n`],
    ['a long lettered point', (n: number) => `   A. ${'x '.repeat(n / 2)}\n`],
  ])('%s: t(4n)/t(n) stays near 4', (_, input) => {
    expect(growthRatio(input, (t) => lint(t))).toBeLessThan(12);
  });
});
