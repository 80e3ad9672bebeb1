import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';
import { placeholdersIn } from './placeholder.patterns.ts';

/**
 * Issue 16, round 38: the document rules on shapes that are not what they looked like — markup and values in brackets
 * and braces that are no template slots, a line naming its date format, an item led by its person and a colon, a
 * document headed in words the reader does not know, and a decision in another column of a timeline row.
 */
const none = new Set<string>();
const findingsOf = (rule: string, text: string) =>
  lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG }).filter((f) => f.rule === rule);

describe('brackets and braces that are no template slot (round 38)', () => {
  it('leaves a callout\'s kind, a Jira link and a count in brackets', () => {
    expect(placeholdersIn('> [!summary]', none)).toEqual([]);
    expect(placeholdersIn('Grafana: [sorter overview|https://grafana.example/d/sorters]', none)).toEqual([]);
    expect(placeholdersIn('waiting for sites [7/9] up to 05:19', none)).toEqual([]);
  });
  it('leaves code in Jira\'s monospace: a word joined by capitals, code with signs of its own', () => {
    expect(placeholdersIn('Alert on any {{TaxTableResolver}} fallback', none)).toEqual([]);
    expect(placeholdersIn('from the gateway\'s {{~HI}} responses', none)).toEqual([]);
  });
  it('hard negative: slots in brackets and braces are still found', () => {
    expect(placeholdersIn('Owner: [Owner Name]', none)).toEqual(['[Owner Name]']);
    expect(placeholdersIn('Service: {{ServiceName}}', none)).toEqual(['{{ServiceName}}']);
    expect(placeholdersIn('[What went well?]', none)).toHaveLength(1);
  });
  it('leaves a mask on a line that names the date format', () => {
    expect(placeholdersIn('Date format in this document: day first (DD/MM/YYYY).', none)).toEqual([]);
    expect(placeholdersIn('Times are AEST. Dates are DD/MM.', none)).toEqual([]);
    expect(placeholdersIn('Leverantörens loggar har tidsstämplar i formatet YYYY-MM-DD HH:MM:SS i UTC', none)).toEqual([]);
  });
  it('hard negative: a mask left where a value goes is still a placeholder', () => {
    expect(placeholdersIn('Date: YYYY-MM-DD', none)).toEqual(['YYYY-MM-DD']);
    expect(placeholdersIn('Detected at HH:MM by the alert', none)).toEqual(['HH:MM']);
  });
});

describe('an action item led by its person and a colon (round 38)', () => {
  const items = (line: string): string => withSection('Action Items', `- ${line}`, GOOD_POSTMORTEM);
  it('reads a known given name before the colon as the owner', () => {
    expect(findingsOf('action-item-owner', items('Pieter: write a paper-picking fallback procedure, by 2027-11-27'))).toHaveLength(0);
  });
  it('hard negative: a label before the colon is no owner', () => {
    expect(findingsOf('action-item-owner', items('Monitoring: add an alert on queue depth, by 2027-11-27'))).toHaveLength(1);
  });
});

describe('a decision in another column of a timeline row (round 38)', () => {
  const rows = (what: string): string => withSection('Timeline', ['| UTC | Who | What |', '|---|---|---|', '| 16:40 | Lena | Queue grows. |',
    `| 17:00 | Jonas | ${what} |`, '| 17:20 | Lena | Queue drains. |', '| 17:45 | Tomás | Monitoring. |'].join('\n'), GOOD_POSTMORTEM);
  it('reads the decision from the whole row', () => {
    expect(findingsOf('timeline-decision-points', rows('Escalated to the cloud provider.'))).toHaveLength(0);
  });
  it('reads "eskaloi" and other escalations spelt with a k as a decision', () => {
    expect(findingsOf('timeline-decision-points', rows('Aino eskaloi MDM-tiimille.'))).toHaveLength(0);
  });
  it('hard negative: a row of no decision leaves the finding', () => {
    expect(findingsOf('timeline-decision-points', rows('Looks at the graphs.'))).toHaveLength(1);
  });
});
