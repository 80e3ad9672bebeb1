import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { luckLines } from './blame.luck.round38.ts';
import { passiveRecord } from './blame.passive-record.round38.ts';
import type { BlameHit } from './blame.patterns.ts';
import { quotedJudgement, withoutQuotes } from './blame.quoted.round38.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';
import type { SourceLine } from './source-text.ts';

/**
 * Issue 16, round 38: false alarms of the model in whole documents — a section about where the team got lucky, a plain
 * passive's agent, a judgement resting on quoted words only (blame.luck/-passive-record/-quoted.round38.ts). Sentences
 * written for these tests.
 */
const model = (sentence: string, phrase: string): BlameHit => {
  const start = sentence.indexOf(phrase);
  return { form: 'judging-words', phrase, start, end: start + phrase.length };
};
const lines = (raw: string[]): SourceLine[] => raw.map((r, i) => ({ n: i + 1, raw: r, kind: r.startsWith('#') ? 'heading' : r === '' ? 'blank' : 'prose' }));

describe('a section about where the team got lucky (round 38)', () => {
  it('holds the lines under its heading, up to the next heading of its level', () => {
    const set = luckLines(lines(['## Where we got lucky', '- Ana had built the tool herself.', '### Detail', 'More.', '## Action items', '- Add an alert.']));
    expect([...set]).toEqual([2, 4]);
  });
  it.each(['### 4.2 Where we were lucky', '## Where did we get lucky?', '## Lucky breaks'])('"%s" is a heading about luck', (h) => {
    expect(luckLines(lines([h, 'Text.'])).has(2)).toBe(true);
  });
  it.each(['## What went poorly, and where we got lucky', '## What went wrong', '## Unlucky timing'])('"%s" is not', (h) => {
    expect(luckLines(lines([h, 'Text.'])).has(2)).toBe(false);
  });
  it("drops the model's findings there, and keeps them under a heading of what went wrong", () => {
    const doc = (heading: string): string => `${GOOD_POSTMORTEM}\n## ${heading}\n\n- Joaquim had only just left the bridge and answered the second page in one minute.\n`;
    const blame = (heading: string) => lintPostmortem(parsePostmortem(doc(heading)).doc, doc(heading), { config: DEFAULT_QUALITY_CONFIG }).filter((f) => f.rule === 'blame');
    expect(blame('Where we got lucky')).toEqual([]);
    expect(blame('What went poorly, and where we got lucky')).not.toEqual([]);
  });
});

describe("a plain passive's agent (round 38)", () => {
  it.each([
    ['The migration is tracked by the platform team in their own board.', 'is tracked by the platform team'],
    ['Every batch was signed off by the release board as planned.', 'signed off by the release board'],
    ['All six were found by the audit and contacted by the support desk the next morning.', 'contacted by the support desk'],
  ])('"%s" records who did a plain act', (s, phrase) => expect(passiveRecord(model(s, phrase), s)).toBe(true));
  it.each([
    ['The change was pushed by Dave without a review.', 'pushed by Dave'],
    ['The runbook was ignored by the night shift again.', 'ignored by the night shift'],
    ['The flag was flipped by the new hire, who should have asked first.', 'flipped by the new hire'],
    ['The config was changed by Omar, which was not approved.', 'changed by Omar'],
  ])('"%s" keeps its judgement', (s, phrase) => expect(passiveRecord(model(s, phrase), s)).toBe(false));
  it("never drops a rule's form", () => {
    const s = 'The outage was caused by Dave.';
    expect(passiveRecord({ ...model(s, 'caused by Dave'), form: 'caused-by-person' }, s)).toBe(false);
  });
});

describe('a judgement resting on quoted words only (round 38)', () => {
  it('blanks paired quotes, the tail of a quote begun before the sentence, and a quote that runs on', () => {
    expect(withoutQuotes('Orders sat in "waiting for a driver" for an hour.')).not.toContain('driver');
    expect(withoutQuotes('I never saw the second step", said Ines.')).not.toContain('never');
    expect(withoutQuotes('I never saw the second step", said Ines.')).toContain('said Ines');
    expect(withoutQuotes('Customer, by chat: "Why was I charged twice?')).not.toContain('charged');
    expect(withoutQuotes('Customer, by chat: "Why was I charged twice?')).toContain('Customer, by chat');
  });
  const rests = (judged: boolean) => (text: string) => text.includes('Dave') && judged;
  it('drops a model finding the quoted words alone carried', () => {
    const s = 'The status read "lost by the driver" until noon.';
    expect(quotedJudgement(model(s, 'lost by the driver'), s, () => false)).toBe(true);
  });
  it('keeps one the writer\'s own words still carry, one without quotes, and a rule\'s form', () => {
    const s = 'Dave ignored the "do not deploy" banner.';
    expect(quotedJudgement(model(s, 'Dave ignored'), s, rests(true))).toBe(false);
    expect(quotedJudgement(model('Dave ignored the banner.', 'Dave ignored'), 'Dave ignored the banner.', () => false)).toBe(false);
    expect(quotedJudgement({ ...model(s, 'Dave ignored'), form: 'omission-verb' }, s, () => false)).toBe(false);
  });
  it('keeps scare quotes, which are the writer\'s own irony', () => {
    const s = 'Marco\'s "quick" change on a match night. Enough said.';
    expect(quotedJudgement(model(s, '"quick"'), s, () => false)).toBe(false);
    expect(quotedJudgement(model('The status read "lost by the driver" until noon.', 'lost by the driver'), 'The status read "lost by the driver" until noon.', () => false)).toBe(true);
  });
  it('keeps a quote that judges someone it names', () => {
    const s = 'Lead, in chat: "the reminder went to Ben again, who ignored it"';
    expect(quotedJudgement(model(s, 'Ben again'), s, () => false)).toBe(false);
  });
});
