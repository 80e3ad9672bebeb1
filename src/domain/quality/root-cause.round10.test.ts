import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';
import { isDefensive } from './defensive.rule.ts';
import { plainText } from './source-text.ts';
import { namesOnlyTrigger, TRIGGER } from './surface-cause.ts';

/**
 * Issue 16, round 10: a value written where another belonged is a trigger ("set to 0 instead of 250"); the "because"
 * that opens every answer of a 5 Whys, or gives a defence its reason, says nothing the system lacked; a Markdown escape
 * is the character it escapes, so exports are read as their words.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const count = (text: string, rule: string): number => lint(text).filter((f) => f.rule === rule).length;

describe('a value written where another belonged is a trigger (round 10)', () => {
  it.each([
    'The seat limit for the matinee was set to 0 instead of 180.',
    'The relay listened on 5672 instead of 5671 after the change.',
    'The new firmware default is a 59.5–60.5 Hz window instead of 57–62 Hz.',
  ])('reads "%s" as naming only a trigger', (cause) => {
    expect(namesOnlyTrigger(cause)).toBe(true);
  });

  it.each([
    'The cache served the old grid instead of the new one until the purge, because purges are not part of the rollback.',
    'The seat limit was 0 instead of 180 because the import has no check on zero capacity.',
  ])('hard negative: "%s" is no bare trigger', (cause) => {
    expect(namesOnlyTrigger(cause)).toBe(false);
  });
});

describe('a 5 Whys of "because" answers that stop at triggers is no deeper cause (round 10)', () => {
  const doc = (whys: string): string =>
    withSection('5 Whys', whys, withSection('Root Cause', 'The seat limit for the matinee was set to 0 instead of 180 on Friday.', GOOD_POSTMORTEM.replace('## What Went Well', '## 5 Whys\n\nx\n\n## What Went Well')));

  it('reports the root cause when every answer is a trigger', () => {
    expect(count(doc('1. Why were no seats sold? Because the limit was 0.\n2. Why was it 0? Because it was typed on Friday.'), 'surface-cause')).toBeGreaterThanOrEqual(2);
  });

  it('hard negative: a 5 Whys that reaches what the system lacked keeps the root cause', () => {
    const whys = '1. Why were no seats sold? Because the limit was 0.\n2. Why was it 0? Because it was typed by hand.\n3. Why by hand? Because the form has no validation of zero limits.\n4. Why none? Because the form was built for one show.\n5. Why one show? Because nobody owns the form.';
    expect(lint(doc(whys)).filter((f) => f.rule === 'surface-cause' && f.section === 'rootCause')).toEqual([]);
  });
});

describe('a defence that gives its reason with "because" still defends (round 10)', () => {
  it.each([
    'The monitoring worked, but the outage was out of our control, because the vendor did not announce the change.',
    'The ticket system worked as designed, because it only shows what the partners send.',
  ])('reads "%s" as defensive', (s) => {
    expect(isDefensive(s)).toBe(true);
  });

  it('hard negative: a sentence that says what the procedure lacked learns', () => {
    expect(isDefensive('The clerk followed the checklist correctly, and the checklist has no check on zero limits.')).toBe(false);
  });
});

describe('Markdown escapes are read as their characters (round 10)', () => {
  it.each([
    ['The slot\\-grid job worked as designed\\.', 'The slot-grid job worked as designed.'],
    ['5\\. Why was it started on all groups?', 'Why was it started on all groups?'],
    ['a literal \\*star\\* stays', 'a literal *star* stays'],
  ])('reads "%s" as "%s"', (raw, text) => {
    expect(plainText(raw)).toBe(text);
  });

  it('reports a defence written in a Confluence export', () => {
    expect(count(withSection('Root Cause', 'The upstream list was empty because the template had no validation.\n\nThe slot\\-grid job worked as designed\\.'), 'defensive')).toBe(1);
  });

  it('reads an escaped 5 Whys from a Google Docs export ending on a person', () => {
    const whys = ['1\\. Why did it stop? – Because the link dropped.', '2\\. Why? – Because the window was narrow.', '3\\. Why? – Because the default changed.', '4\\. Why? – Because all groups were updated.', '5\\. Why? – Because the intern did not know that updates go one group at a time.'].join('\n\n');
    const text = GOOD_POSTMORTEM.replace('## What Went Well', `## Five times why\n\n${whys}\n\n## What Went Well`);
    expect(lint(text).filter((f) => f.rule === 'surface-cause').map((f) => f.message)).toEqual([expect.stringContaining('ends on a person')]);
  });
});

describe('the round-10 cause patterns run in linear time', () => {
  it('TRIGGER on a run of "instead of"', () => {
    expect(growthRatio((n) => 'instead of '.repeat(n / 11), (t) => TRIGGER.test(t))).toBeLessThan(12);
  });
  it('plainText on a run of escapes', () => {
    expect(growthRatio((n) => '\\-\\*'.repeat(n / 4), (t) => plainText(t))).toBeLessThan(12);
  });
});

describe('unanswered whys, bad builds, keys and labels (round 10)', () => {
  const chain = (answers: readonly string[]): string =>
    GOOD_POSTMORTEM.replace('## What Went Well', `## 5 Whys\n\n${answers.map((a, i) => `${i + 1}. Why? ${a}`).join('\n')}\n\n## What Went Well`);
  const short = (text: string): boolean => lint(text).some((f) => f.rule === 'surface-cause' && /chain has/.test(f.message));

  it('counts a why whose answer is still "TBD" or "??" as no step: the chain is short', () => {
    expect(short(chain(['Because the relay dropped.', 'Because the window was narrow.', 'TBD', '??', '[answer]']))).toBe(true);
  });

  it('hard negative: five answered whys are a whole chain', () => {
    expect(short(chain(['Because the relay dropped.', 'Because the window was narrow.', 'Because the default changed.', 'Because the rollout had no canary.', 'Because canaries are not in the release checklist.']))).toBe(false);
  });

  it.each(['Bad build from the release branch.', 'A faulty firmware image on the gateways.'])('reads "%s" as naming only a trigger', (cause) => {
    expect(namesOnlyTrigger(cause)).toBe(true);
  });

  it('reports a labelled root cause on its own line when a label with text stands above it', () => {
    const text = '# Pairing failure\n\n**What happened:** Hearing aids could not pair.\n\n**Root cause:** Bad build from the release branch.\n\n**Actions:** Add a pairing test to the release pipeline (@ana, 2026-12-01).\n';
    expect(lint(text).filter((f) => f.rule === 'surface-cause').map((f) => f.line)).toEqual([5]);
  });

  it('growth of the unanswered-why pattern stays linear', () => {
    expect(growthRatio((n) => `Why? ${'['.repeat(n)}`, (t) => short(chain([t])))).toBeLessThan(12);
  });
});
