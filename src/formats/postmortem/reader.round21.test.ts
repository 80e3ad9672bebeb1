import { describe, expect, it } from 'vitest';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from '../../domain/quality/index.ts';
import { foreignMarkup } from './foreign-markup.ts';
import { parsePostmortem } from './parse-postmortem.ts';

/**
 * Issue 16, round 21: the reader on the export shapes of this round. An outliner's block properties under an item
 * ("owner:: [[Name]]", "due:: [[May 15th, 2026]]") are the item's fields.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const lines = (md: string, rule: string) => lint(md).filter((f) => f.rule === rule).map((f) => f.line);

const outline = [
  'title:: Greenhouse vents left shut', // 1
  '',
  '- ## Summary', // 3
  '\t- The vents stayed shut for three hours after a controller update.',
  '- ## Action items', // 5
  '\t- TODO Add a vent-position alert on the greenhouse dashboard when a vent is shut above 30 °C',
  '\t  owner:: [[Ines Duarte]]',
  '\t  due:: [[Jun 2nd, 2027]]',
  '\t- LATER Some kind of reminder would help', // 9
].join('\n');

describe('an outliner block property under an item (round 21)', () => {
  it('reads "owner:: [[Name]]" and "due:: [[date]]" as the item\'s owner and due date', () => {
    const md = foreignMarkup(outline);
    expect(md.split('\n')[6]).toBe('  owner: Ines Duarte');
    const item = parsePostmortem(outline).doc.actionItems.find((a) => a.line === 6);
    expect(item?.owner).toBe('Ines Duarte');
    expect(item?.due).toBe('2027-06-02');
  });

  it('the item with its properties has neither an owner nor a due finding; the bare one has both', () => {
    expect(lines(outline, 'action-item-owner')).toEqual([9]);
    expect(lines(outline, 'action-item-due')).toEqual([9]);
  });

  it('a property line outside an outline is left as it is', () => {
    const md = '# X\n\n## Action items\n\n- Add an alert\n  owner:: [[Ines]]\n';
    expect(foreignMarkup(md)).toBe(md);
  });
});

describe('bullet characters with hanging indents (round 21, PDF-to-text)', () => {
  const pdf = [
    '## Summary', // 1
    '',
    'The ingest API rejected uploads for three hours.',
    '',
    '## Action items', // 5
    '',
    '•  Fix the config (Android team)', // 7
    '•  Add a release-gate check in the Android CI pipeline that calls every', // 8
    '   endpoint against staging and fails the build on any non-2xx response.',
    '   Owner: Wojciech Nowak. Due: 2026-09-12.',
  ].join('\n');

  it('the indented lines continue the item above them: its owner and due date are read', () => {
    const item = parsePostmortem(pdf).doc.actionItems.find((a) => a.line === 8);
    expect(item?.owner).toBe('Wojciech Nowak');
    expect(item?.due).toBe('2026-09-12');
  });

  it('a team in closing brackets is the owner ("(Android team)")', () => {
    const item = parsePostmortem(pdf).doc.actionItems.find((a) => a.line === 7);
    expect(item?.owner).toBe('Android team');
  });

  it('bullets with no hanging line are read as before, one item each', () => {
    const chat = '# X\n\n## Action items\n\n• be more careful\n• add a check\n';
    expect(parsePostmortem(chat).doc.actionItems.map((a) => a.line)).toEqual([5, 6]);
  });
});

describe('an HTML action table with <thead> and <tbody> (round 21)', () => {
  const html = [
    '# Gateway certificate expired', // 1
    '',
    '## Summary',
    '',
    'The e-file gateway certificate expired on deadline day.', // 5
    '',
    '## Action items',
    '',
    '<table>',
    '  <thead>', // 10
    '    <tr><th>#</th><th>Action</th><th>Owner</th><th>Due</th></tr>',
    '  </thead>',
    '  <tbody>',
    '    <tr><td>1</td><td>Add a certificate expiry alert on the gateway</td><td>Sam Okoro</td><td>next sprint</td></tr>', // 14
    '    <tr><td>2</td><td>Move the gateway certificate to ACME renewal</td><td>Dina Haddad</td><td></td></tr>',
    '  </tbody>',
    '</table>',
  ].join('\n');

  it('a due cell in words is a due date given; an empty one is not', () => {
    expect(lines(html, 'action-item-due')).toEqual([15]);
  });
});

describe('MediaWiki block markup (round 21)', () => {
  const wiki = [
    '== Summary ==', // 1
    'The booking portal offered the same slot twice for 20 minutes.',
    '',
    '== 5 Whys ==', // 4
    '# Why were slots offered twice? Because two workers ran.',
    '# Why did two workers run? Because the autoscaler started one.',
    '',
    '== Action items ==', // 8
    '{| class="wikitable"',
    '! # !! Action !! Owner !! Due', // 10
    '|-',
    '| 1 || Move the slot lock to a PostgreSQL advisory lock in the booking database || Mikko Laine || 2027-02-13', // 12
    '|-',
    '| 2',
    '| Set <code>maxReplicas: 1</code> for the booking worker', // 15
    '| Saara Nieminen',
    '| 2027-01-16',
    '|}',
    '',
    '[[Category:Post-mortems]]', // 20
  ].join('\n');

  it('a {| |} table is read as a table, a row on its first cell\'s line, cells on lines of their own adding to it', () => {
    const items = parsePostmortem(wiki).doc.actionItems.map((a) => [a.line, a.owner, a.due]);
    expect(items).toEqual([[12, 'Mikko Laine', '2027-02-13'], [14, 'Saara Nieminen', '2027-01-16']]);
  });

  it('a run of "# " lines is a numbered list, not headings; a category link is no action item', () => {
    const md = foreignMarkup(wiki).split('\n');
    expect(md[4]).toBe('1. Why were slots offered twice? Because two workers ran.');
    expect(md[19]).toBe('');
    expect(lines(wiki, 'action-item-owner')).toEqual([]);
  });

  it('a Markdown heading standing alone in a page with wiki headings stays a heading', () => {
    const mixed = '# Review\n\n## Summary\n\nA slot was offered twice.\n\n== Timeline ==\n\n- 08:00 worker starts\n';
    expect(foreignMarkup(mixed).split('\n')[2]).toBe('## Summary');
  });
});

describe('outlines: Roam sections as bold bullets, nested heading bullets (round 21)', () => {
  const roam = [
    '- Post-mortem: [[Laundry]] routes empty', // 1
    '    - Author:: [[Ola Mensah]]',
    '    - **Summary**', // 3
    '        - From 07:02 to 08:15 the driver app showed empty routes.',
    '    - **Impact**',
    '        - 412 pickups missed.',
    '    - **Timeline**', // 7
    '        - 07:00 route-builder v3.9 deployed',
    '        - 07:15 decision: roll back route-builder to v3.8',
    '    - **Root cause**', // 10
    '        - The v3.9 route filter dropped every stop without a time window, and no test replays a real schedule.',
    '    - **Action items**', // 12
    '        - {{[[TODO]]}} Add a replayed-schedule check to the route-builder CI pipeline',
    '            - Owner:: [[Kwame Boateng]]',
    '            - Due:: [[March 17th, 2027]]',
    '    - Linked references', // 16
    '        - [[March 3rd, 2027]] daily notes',
  ].join('\n');

  it('bold bullets naming sections are the sections: none is reported missing', () => {
    expect(lines(roam, 'missing-section')).toEqual([]);
    const md = foreignMarkup(roam).split('\n');
    expect(md[2]).toBe('## Summary');
    expect(md[3]).toBe('    - From 07:02 to 08:15 the driver app showed empty routes.'.slice(4));
  });

  it('"{{[[TODO]]}}" is the task\'s state and "Owner::" / "Due::" child bullets its fields', () => {
    const item = parsePostmortem(roam).doc.actionItems.find((a) => a.line === 13);
    expect(item?.owner).toBe('Kwame Boateng');
    expect(item?.due).toBe('2027-03-17');
    expect(lines(roam, 'placeholder')).toEqual([]);
  });

  it('a sibling of the section bullets ("Linked references") ends the section above it', () => {
    expect(parsePostmortem(roam).doc.actionItems.map((a) => a.line)).toEqual([13]);
  });

  it('a top-level list of bold labels ("- **Impact**:", "- **Resolution**:") is a list, not an outline', () => {
    const md = ['# Incident', '', '- **Impact**:', '  - 2 sites down', '', '- **Resolution**:', '  - records restored', '', '- **Time to repair**: 2h 2m'].join('\n');
    expect(foreignMarkup(md)).toBe(md);
  });

  it('a heading bullet nested in a Logseq section is a heading, its children moved out with it', () => {
    const logseq = ['- ## Summary', '\t- Vents shut.', '- ## Root cause', '\t- ### 5 Whys', '\t\t- Why? Because.', '\t- A remark.'].join('\n');
    expect(foreignMarkup(logseq).split('\n')).toEqual(['## Summary', '- Vents shut.', '## Root cause', '### 5 Whys', '- Why? Because.', '- A remark.']);
  });
});

describe('a catch-all heading made precise by its gloss (round 21)', () => {
  it('"Work notes (timeline)" is the timeline; "Notes (see timeline above)" stays notes', async () => {
    const { classifyHeading } = await import('./section-names.ts');
    expect(classifyHeading('Work notes (timeline)')).toBe('timeline');
    expect(classifyHeading('Appendix (Timeline)')).toBe('timeline');
    expect(classifyHeading('Notes (see timeline above)')).toBe('notes');
    expect(classifyHeading('Work notes')).toBe('notes');
  });
});

describe('an HTML table in a CMS page of HTML headings (round 21)', () => {
  const cms = [
    '<h1>Tills without prices</h1>', // 1
    '<h2>Summary</h2>',
    '<p>Tills had no prices until 07:54.</p>',
    '<h2>Timeline</h2>',
    '<table>', // 5
    '<tr><th>Time</th><th>What happened</th></tr>',
    '<tr><td>05:40</td><td>Price list published</td></tr>',
    '<tr><td>morning</td><td>Shop managers call the helpdesk</td></tr>', // 8
    '</table>',
  ].join('\n');

  it('keeps its <table> tags, so its rows are the timeline\'s entries', () => {
    expect(parsePostmortem(cms).doc.timeline.entries.map((e) => [e.line, e.asWritten])).toEqual([[7, '05:40'], [8, 'morning']]);
    expect(lines(cms, 'timeline-precision')).toEqual([8]);
  });
});
