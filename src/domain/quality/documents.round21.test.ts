import { describe, expect, it } from 'vitest';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 21: the document rules on whole post-mortems in the shapes of this round: an outliner's task state
 * leading an action item ("TODO Add …", "LATER Move …") is the item's status, not a placeholder, and the item is judged
 * as an item (owner, due date); a note to self ("TODO: attach the graph", "TODO fill in") stays a placeholder.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const lines = (md: string, rule: string) => lint(md).filter((f) => f.rule === rule).map((f) => f.line);
const doc = (section: string, items: readonly string[]) => ['# Kiln outage', '', '## Summary', '', 'The kiln controller lost its schedule for two hours.', '', `## ${section}`, '', ...items].join('\n');

describe('an outliner task state leading an action item (round 21)', () => {
  it('"TODO Add …" and "LATER Move …" in the action items are not placeholders', () => {
    const md = doc('Action items', ['- TODO Add a kiln temperature alert to the plant dashboard — @ada — 2027-03-01', '- LATER Move the kiln schedule backup to the shared drive — @ben — 2027-03-08']);
    expect(lines(md, 'placeholder')).toEqual([]);
  });

  it('such an item is still judged for its owner and due date', () => {
    const md = doc('Action items', ['- TODO Be more careful with kiln schedules']);
    expect(lines(md, 'action-item-owner')).toEqual([9]);
    expect(lines(md, 'action-item-due')).toEqual([9]);
  });

  it('a note to self stays a placeholder: a colon, a small letter, or outside the action items', () => {
    expect(lines(doc('Action items', ['- TODO: attach the kiln graph']), 'placeholder')).toEqual([9]);
    expect(lines(doc('Action items', ['- TODO fill in the kiln items']), 'placeholder')).toEqual([9]);
    expect(lines(doc('Impact', ['- TODO Add the number of batches lost']), 'placeholder')).toEqual([9]);
  });
});

describe('a 5 Whys chain as an HTML table (round 21)', () => {
  const html = [
    '<h1>Tills without prices</h1>', // 1
    '<h2>Summary</h2>',
    '<p>Tills in 23 shops had no prices until 07:54.</p>',
    '<h2>Root cause</h2>',
    '<p>The export wrote a semicolon as its separator, and nothing checks the file before the tills read it.</p>', // 5
    '<h3>5 Whys</h3>',
    '<table>',
    '<tr><th>Why?</th><th>Because</th></tr>',
    '<tr><td>Why did tills show no price?</td><td>The price column was unreadable.</td></tr>',
    '<tr><td>Why was it unreadable?</td><td>The export used a semicolon.</td></tr>', // 10
    '<tr><td>Why did it use a semicolon?</td><td>Because the assistant didn\'t check the file before saving.</td></tr>',
    '</table>',
  ].join('\n');

  it('its rows are the steps: a short chain, and one that ends on a person', () => {
    const found = lint(html).filter((f) => f.rule === 'surface-cause');
    expect(found.some((f) => /3 whys/.test(f.message))).toBe(true);
    expect(found.some((f) => f.line === 11 && /ends on a person/.test(f.message))).toBe(true);
  });
});

describe('another party\'s change as the whole root cause (round 21)', () => {
  const rc = (text: string) => ['# Stale ETAs', '', '## Summary', '', 'ETAs were stale for six hours.', '', '## Root cause', '', text].join('\n');

  it('"SeaTrace API change." alone stops at the trigger', () => {
    expect(lines(rc('**Root cause:** SeaTrace API change.'), 'surface-cause')).toEqual([9]);
  });

  it('with what let it through behind it, it is not a surface cause', () => {
    const deep = '**Root cause:** SeaTrace API change. Our poller had no check that the positions array was non-empty, and no freshness alert existed because nobody owned the metric.';
    expect(lines(rc(deep), 'surface-cause')).toEqual([]);
  });
});
