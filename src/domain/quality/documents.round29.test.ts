import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { lintPostmortem } from './index.ts';
import { QualityConfigSchema } from './quality.config.ts';

/**
 * Issue 16, round 29: readers by shape — an incident tool's follow-up list with a status chip before each item. Every
 * sentence here is written for the test.
 */
const lint = (text: string) => {
  const { doc } = parsePostmortem(text);
  return { doc, findings: lintPostmortem(doc, text, { config: QualityConfigSchema.parse({}) }) };
};

describe('a follow-up list of status chips, one item a line (round 29)', () => {
  const doc = [
    '# Kiosk printers offline', '', '## Summary', '', 'The lobby kiosks could not print tickets for 40 minutes.', '',
    '## Follow-ups', '',
    '[Open] Pin the printer driver to 4.2 in the kiosk image · Owner: Ilse Brandt · Due: 2027-08-02',
    '[In progress] Look into printer stuff',
    "[Won't do] Replace every kiosk · Owner: -",
    '[Done] Roll the kiosks back to the old image · Owner: Tomas Ruiz · Due: 2027-07-20',
  ].join('\n');
  it('each line is an item, its chip the status and not its words, and the fields between "·" leave no dangling dot', () => {
    expect(lint(doc).doc.actionItems.map((a) => [a.line, a.text, a.owner, a.due, a.status])).toEqual([
      [9, 'Pin the printer driver to 4.2 in the kiosk image · Due: 2027-08-02', 'Ilse Brandt', '2027-08-02', 'open'],
      [10, 'Look into printer stuff', null, null, 'in_progress'],
      [11, 'Replace every kiosk · Owner', null, null, 'wont_do'],
      [12, 'Roll the kiosks back to the old image · Due: 2027-07-20', 'Tomas Ruiz', '2027-07-20', 'done'],
    ]);
  });
  it('a paragraph that only opens with a bracketed word stays one paragraph', () => {
    const prose = ['# X', '', '## Action items', '', '[Note] we agreed to revisit this next week', 'once the vendor replies.'].join('\n');
    expect(lint(prose).doc.actionItems.length).toBe(1);
  });
});

describe('linear time on the round 29 forms', () => {
  it('chips stays linear on long runs', () => {
    const chips = (n: number) => `## Follow-ups\n\n${'[Open] Add a check · Owner: A B · · Due: 2027-01-01\n'.repeat(n)}[${'a '.repeat(n)}] ${'· '.repeat(n)}\n`;
    expect(growthRatio(chips, (t) => lint(t), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
});
