import { describe, expect, it } from 'vitest';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 16: the document rules on whole post-mortems in the shapes of this round's exports (an ITIL form with
 * numbered field headings, Loop tasks with a weekday due date, a pandoc grid table).
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const rules = (md: string, rule: string) => lint(md).filter((f) => f.rule === rule).map((f) => f.line);

describe('a form with numbered field headings (round 16)', () => {
  const form = (detected: string) => [
    '# MAJOR INCIDENT REPORT',
    '',
    '## 3. Date/time incident started',
    '2027-02-11 04:10',
    '',
    '## 4. Date/time detected',
    detected,
    '',
    '## 9. Chronology of events',
    '- 04:10 Chiller 2 trips; the alarm is delayed by design',
    '- 05:02 Decision: move the racks to chiller 1',
  ].join('\n');

  it('reads the lag off a start field and a detection field, each with its time', () => {
    expect(rules(form('2027-02-11 04:55'), 'detection-lag')).toEqual([]);
  });

  it('still reports the lag when the detection field has no time', () => {
    expect(rules(form('TBD'), 'detection-lag')).not.toEqual([]);
  });
});

describe('timeline gaps (round 16)', () => {
  const timeline = (second: string) => ['## Timeline', '', '- 06:40 Freezer 2 door left ajar by the latch fault', `- 06:52 ${second}`, '- 07:55 Morning tech reads -12 °C on the display'].join('\n');

  it('does not read "monitoring" naming a console as an activity that filled the gap', () => {
    expect(rules(timeline('Freezer alarm acknowledged at the monitoring console'), 'timeline-gap')).toContain(5);
  });

  it('still reads monitoring as an activity', () => {
    expect(rules(timeline('Night tech keeps monitoring the freezer display'), 'timeline-gap')).not.toContain(5);
  });
});

describe('action items (round 16)', () => {
  it('reads a due date with its weekday ("due Fri 28 Feb") as a due date', () => {
    const md = ['## Action items', '', '☐ Announce freezer defrosts in #lab-ops a day ahead @Lab team due Fri 28 Feb'].join('\n');
    expect(rules(md, 'action-item-due')).toEqual([]);
  });

  it('reads a grid table row as one item: no item from the line above it or from its borders', () => {
    const md = [
      '## Action items',
      '',
      'All items are tracked in the lab tracker.',
      '',
      '+----+--------------------------------+--------------+------------+',
      '| #  | Action                         | Owner        | Due        |',
      '+====+================================+==============+============+',
      '| 1  | Replace the latch on freezer 2 | Ana Silva,   | 2027-03-01 |',
      '|    | and add it to the weekly check.| Facilities   |            |',
      '+----+--------------------------------+--------------+------------+',
    ].join('\n');
    expect(lint(md).filter((f) => f.rule.startsWith('action-item'))).toEqual([]);
  });
});

describe('surface cause with a 5 Whys of its own (round 16)', () => {
  const doc = (whys: string[]) => [
    '## Root cause',
    '',
    'The label job mapped sample IDs by rack slot, and racks 3-4 had moved since the rack map was last edited.',
    '',
    '## 5 Whys',
    '',
    ...whys,
  ].join('\n');

  it('reports an undeclared root cause with no deeper cause when its why chain stops short', () => {
    expect(rules(doc(['1. Why were the IDs wrong? Because the job reads rack slots.', '2. Why were the slots wrong? Because the racks moved.']), 'surface-cause')).toContain(1);
  });

  it('leaves the root cause to a full chain that ends on the process', () => {
    const full = [
      '1. Why were the IDs wrong? Because the job reads rack slots.',
      '2. Why were the slots wrong? Because the racks moved.',
      '3. Why did the map not follow? Because moving a rack needs no map edit.',
      '4. Why is no edit needed? Because the map has no owner.',
      '5. Why no owner? Because the rack map was never part of the lab procedure.',
    ];
    expect(rules(doc(full), 'surface-cause')).not.toContain(1);
  });
});

describe('defensive (round 16)', () => {
  it('reads "followed the SOP correctly" as the defence "followed the procedure correctly" is', () => {
    expect(rules('## Contributing factors\n\nLab staff followed the SOP correctly throughout.\n', 'defensive')).toEqual([3]);
    expect(rules('## Contributing factors\n\nThe SOP says to check the door seal weekly.\n', 'defensive')).toEqual([]);
  });
});
