import { describe, expect, it } from 'vitest';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 17: the document rules on whole post-mortems in the shapes of this round's exports (a numbered outline,
 * a discussion post's byline, a static site's shortcodes, declined action items, items led by their owner's name).
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const rules = (md: string, rule: string) => lint(md).filter((f) => f.rule === rule).map((f) => f.line);

describe('a numbered outline with no Markdown headings (round 17)', () => {
  const doc = (wentWell: string) => [
    'ORCHARD SENSOR OUTAGE — REVIEW',
    '',
    '1. Summary',
    '1.1 Soil sensors stopped reporting for 50 minutes after a gateway update.',
    '',
    '2. Impact',
    '2.1 Irrigation ran on its fallback schedule for two zones.',
    '',
    '3. Timeline',
    '3.1 05:10 — Gateway reboots into the new firmware; sensor reports stop.',
    '3.2 05:12 — Silence alert pages the on-call, Ines.',
    '3.3 05:20 — Decision: roll the gateway back.',
    '3.4 06:00 — Reports resume from every zone.',
    '',
    '4. Root cause',
    '4.1 The firmware dropped the sensors\' old radio profile, and the release pipeline has no test against that profile.',
    '',
    '5. Action items',
    '5.1 Add a radio-profile test to the gateway release pipeline.',
    '5.1.1 Owner: Ines Duarte',
    '5.1.2 Due: 2027-05-01',
    '',
    '6. What went well',
    `6.1 ${wentWell}`,
  ].join('\n');

  it('reads the outline\'s sections: none is reported missing', () => {
    expect(rules(doc('The silence alert paged within two minutes.'), 'missing-section')).toEqual([]);
    expect(rules(doc('The silence alert paged within two minutes.'), 'action-item-owner')).toEqual([]);
  });

  it('reports a What went well holding only "TBD" as skipped', () => {
    expect(rules(doc('TBD'), 'what-went-well-missing')).toHaveLength(1);
    expect(rules(doc('The silence alert paged within two minutes.'), 'what-went-well-missing')).toEqual([]);
  });
});

describe('page furniture that is no prose (round 17)', () => {
  const page = (line: string) => ['# Checkout latency review', '', line, '', '## Summary', '', 'Checkout was slow for 20 minutes.'].join('\n');

  it('skips a discussion post\'s byline closed by its date', () => {
    expect(rules(page('@kdoyle started this conversation in Incident reviews · Mar 3, 2027'), 'blame')).toEqual([]);
  });

  it('reads a line behind a static site\'s shortcode without the shortcode\'s attributes', () => {
    const text = page('{{< alert icon="📝" context="info" >}} Fill this page in after every incident. {{< /alert >}}');
    expect(lint(text).filter((f) => f.rule === 'blame' && f.quote.includes('context'))).toEqual([]);
  });
});

describe('action items: declined ones and ones led by their owner (round 17)', () => {
  const actions = (items: string[]) => ['# Review', '', '## Action items', '', ...items].join('\n');

  it('needs no owner or date for an item considered and declined ("Won\'t do:")', () => {
    const text = actions(['- *Move every job to the new queue.* Won\'t do: the old queue is retired in June anyway.']);
    expect(rules(text, 'action-item-owner')).toEqual([]);
    expect(rules(text, 'action-item-due')).toEqual([]);
  });

  it('reads a known given name before "to" or "will" as the owner, not a verb before "to"', () => {
    expect(rules(actions(['- Priya to add a dial test for every menu branch by 2027-04-03.']), 'action-item-owner')).toEqual([]);
    expect(rules(actions(['- Migrate to the new queue by 2027-04-03.']), 'action-item-owner')).toEqual([5]);
  });
});
