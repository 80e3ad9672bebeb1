import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 35: the structure of exports. A table's "X" among other letter codes in its column is a value (an
 * "S" / "X" band), not the template's slot; a tracker's activity log below the sub-issues ("### Activity") is the
 * issue's record, not action items; an incident tool's timeline names its event column "Content".
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const rulesOf = (text: string): string[] => lint(text).map((f) => f.rule);

describe('a lone "X" in a table column of letter codes is a value (round 35)', () => {
  const appendix = (bands: readonly string[]): string => withSection('Impact', ['Passes affected:', '',
    '| Pass (UTC) | Site | Band | Result |', '|---|---|---|---|', ...bands.map((b, i) => `| 23:4${i}:07 | PA-${i} | ${b} | Missed |`),
  ].join('\n'), GOOD_POSTMORTEM);

  it('reads "X" among "S" bands as a band', () => {
    expect(rulesOf(appendix(['S', 'X', 'S', 'X']))).not.toContain('placeholder');
  });

  it('hard negative: a column of only "X" is still the template\'s slot', () => {
    expect(rulesOf(appendix(['X', 'X']))).toContain('placeholder');
  });

  it('hard negative: an "X" among numbers is still a slot ("| Duration | X |" beside "| Customers | 3,000 |")', () => {
    const text = withSection('Impact', ['| Measure | Value |', '|---|---|', '| Customers | 3,000 |', '| Duration | X |'].join('\n'), GOOD_POSTMORTEM);
    expect(rulesOf(text)).toContain('placeholder');
  });
});

describe('a tracker\'s activity log below the sub-issues is no action item (round 35)', () => {
  const items = [
    '- [ ] **PLT-1191** Alert `DecodeErrors` when decode errors exceed 20 in 5 minutes · Assignee: Kasia Nowak · Due 2024-07-19',
    '- [ ] **PLT-1192** Split `TelemetryStale` into a 45-minute loaded rule · Assignee: Devon Park · Due 2024-07-26',
  ];
  const log = ['- Kasia Nowak changed priority to Urgent · 2024-07-09T14:09:40-07:00', '- Amaka Eze linked FS-77 · 2024-07-09T14:31:05-07:00'];

  it.each(['Activity', 'History', 'Comments'])('reads the lines under "### %s" as the record', (name) => {
    const { doc } = parsePostmortem(withSection('Action Items', [...items, '', `### ${name}`, '', ...log].join('\n'), GOOD_POSTMORTEM));
    expect(doc.actionItems).toHaveLength(2);
  });

  it('hard negative: a group of items under a sub-heading stays in the action items', () => {
    const { doc } = parsePostmortem(withSection('Action Items', [...items.slice(0, 1), '', '### Monitoring', '', ...items.slice(1)].join('\n'), GOOD_POSTMORTEM));
    expect(doc.actionItems).toHaveLength(2);
  });
});

describe('an export\'s timeline with its event in a "Content" column (round 35)', () => {
  const rows = [
    '| Timestamp | Type | Content |', '|---|---|---|',
    '| 2024-04-09 09:12:40 | Change | `station-config` v812 deployed to the casters. |',
    '| 2024-04-09 09:15:02 | Monitor | `rtk.fix_rate < 90%` triggered; paged the on-call. |',
    '| 2024-04-09 09:18:30 | Status | Decision: roll back `station-config` to v811. |',
  ];

  it('reads the content as the entry, not the type', () => {
    const { doc } = parsePostmortem(withSection('Timeline', rows.join('\n'), GOOD_POSTMORTEM));
    expect(doc.timeline.entries.map((e) => e.text)[2]).toContain('roll back');
  });

  it('hard negative: a table whose only text column is the type keeps the type', () => {
    const { doc } = parsePostmortem(withSection('Timeline', ['| Timestamp | Type |', '|---|---|', '| 2024-04-09 09:12:40 | Change |', '| 2024-04-09 09:15:02 | Monitor |'].join('\n'), GOOD_POSTMORTEM));
    expect(doc.timeline.entries.map((e) => e.text)).toEqual(['Change', 'Monitor']);
  });
});
