import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { blameHits, ruleHits } from './blame.patterns.ts';
import { costInImpact, documentMachines, onlyMachines, questionAnsweredNo } from './blame.documents.round31.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 31: blame in whole documents, by what the document or its section tells about a sentence. Sentences
 * and documents written for these tests (new systems, people and domains); each shape has a positive and a negative.
 */
const blameLines = (text: string): number[] => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG }).filter((f) => f.rule === 'blame').map((f) => f.line);
const forms = (s: string): string[] => ruleHits(s).map((h) => h.form);

const doc = (sections: Record<string, string>): string =>
  ['# Incident review: tile server stalled', '', ...Object.entries(sections).flatMap(([h, body]) => [`## ${h}`, '', body, ''])].join('\n');

describe('a machine named by one guessed agent noun, a machine elsewhere in its document (round 31, should-have)', () => {
  const machineDoc = doc({
    Summary: 'The map stitcher stopped drawing new tiles for 40 minutes. Ops found it in the stitcher log and restarted the stitcher pods.',
    'Root cause': 'The stitcher should have skipped the corrupt elevation file and moved on.',
  });
  it('reads "The stitcher should have skipped …" as a machine when the document has "stitcher log", "stitcher pods"', () => {
    expect(documentMachines(machineDoc.split('\n')).has('stitcher')).toBe(true);
    expect(blameLines(machineDoc)).toEqual([]);
  });
  it('reads a machine the next sentence continues as "It" / "Its"', () => {
    const lines = ['The collator has no limit on batch size. Its memory grows with every account it loads.'];
    expect(documentMachines(lines).has('collator')).toBe(true);
    expect(documentMachines(['The collator has no limit on batch size. She said so.']).has('collator')).toBe(false);
  });
  it('keeps a person: a guessed agent noun the document never uses as a thing, a person\'s qualifier, the writer as "I"', () => {
    const personDoc = doc({ Summary: 'The surveyor should have re-measured the trench before the pour.', 'Root cause': 'The survey sheet had no check for a missing level.' });
    expect(blameLines(personDoc)).not.toEqual([]);
    const machines = new Set(['stitcher', 'tiler']);
    expect(onlyMachines('The night tiler should have swapped the routes.', machines)).toBe(false);
    expect(onlyMachines('I should have read the stitcher notes before the upgrade.', machines)).toBe(false);
    expect(onlyMachines('The stitcher should have skipped it.', machines)).toBe(true);
    // A firm or a customer by its relation is never a machine ("the vendor release notes").
    expect(documentMachines(['Read the vendor release notes first.']).has('vendor')).toBe(false);
  });
});

describe('what the incident cost people, in the Impact section (round 31, omission and lost time)', () => {
  it('does not read time spent, a cut-off missed or revenue lost in Impact as conduct', () => {
    const text = doc({
      Impact: [
        '- The two ward pharmacists spent three hours re-keying orders by hand instead of their weekly stock count.',
        '- Payroll missed the 16:00 transfer cut-off; salaries went out the next morning.',
      ].join('\n'),
      'Root cause': 'The import job had no retry after a timeout.',
    });
    expect(blameLines(text)).toEqual([]);
  });
  it('keeps the same sentences as blame outside Impact, and a judging word inside it', () => {
    const spent = 'The two ward pharmacists spent three hours re-keying orders by hand instead of their weekly stock count.';
    const hit = blameHits(spent, undefined, 'prose')[0];
    expect(hit?.form).toBe('omission-verb');
    expect(costInImpact(hit!, spent)).toBe(true);
    const judged = 'Kofi spent an hour arguing instead of escalating.';
    const h2 = blameHits(judged, undefined, 'prose')[0];
    expect(h2).toBeDefined();
    expect(costInImpact(h2!, judged)).toBe(false);
    const text = doc({ Impact: '- Lena ignored the pager for an hour, so the queue backed up.', 'Root cause': 'The pager had no second tier.' });
    expect(blameLines(text)).not.toEqual([]);
  });
});

describe('a question the writer puts and answers no (round 31, fault-noun and should-have)', () => {
  it('clears the blame inside "we looked at whether …" when the next sentence answers no', () => {
    const s = 'We looked at whether the 2024 retention setting was an error by the storage team.';
    const hit = blameHits(s, undefined, 'prose')[0];
    expect(hit).toBeDefined();
    expect(questionAnsweredNo(s, hit!, 'It was not: the setting matched the volume at the time.')).toBe(true);
    expect(questionAnsweredNo(s, hit!, 'It was, and we have told them.')).toBe(false);
    expect(questionAnsweredNo('The retention setting was an error by the storage team.', hit!, 'It was not tested.')).toBe(false);
    const text = doc({ 'Root cause': 'Several people asked in the retro whether the dispatcher should have spotted the duplicate call. We do not think that is the useful question: the screen showed one call.' });
    expect(blameLines(text)).toEqual([]);
  });
  it('keeps the question asked and answered yes as blame', () => {
    const text = doc({ 'Root cause': 'We looked at whether the dispatcher should have spotted the duplicate call. She should have, and she has said so.' });
    expect(blameLines(text)).not.toEqual([]);
  });
});

describe('a passive approval or decision (round 31, passive-agent)', () => {
  it('reads who approved or decided, with the basis of the decision, as a record', () => {
    expect(forms('The cut-over was approved by Ines Varga after the pilot ran for a week without incidents.')).toEqual([]);
    expect(forms('The call to fail over was made by the shift lead, after weighing a full failover against a partial one that the router does not support.')).toEqual([]);
  });
  it('keeps an approval whose act is judged', () => {
    expect(forms('The cut-over was approved by Ines without any review.')).toEqual(['passive-agent']);
    expect(forms('The cut-over was approved by Ines despite the freeze.')).toEqual(['passive-agent']);
    expect(forms('The untested schema change was approved by the shift lead.')).toEqual(['passive-agent']);
  });
});

describe('colleagues sharing the work (round 31, the model; the round-30 regression)', () => {
  const prose = (t: string): string[] => blameHits(t, undefined, 'prose').map((h) => h.form);
  it('does not flag a person doing the same as the group', () => {
    expect(blameHits('Most porters log the trolley count at noon, and Dariusz does it too.')).toEqual([]);
    expect(prose('The other two leads sign the roster on Fridays, while Amara does so on Mondays.')).toEqual([]);
  });
  it('keeps the comparison that turns on the person', () => {
    expect(blameHits('Most porters log the trolley count at noon, Dariusz just never does.')).not.toEqual([]);
    expect(blameHits('Other porters log the trolley count at noon, and Dariusz forgets every single day.')).not.toEqual([]);
  });
});

describe('the round-31 readings stay linear (round 31)', () => {
  const inputs: Record<string, (n: number) => string> = {
    'document machines': (n) => 'The stitcher has the stitcher log. Its `tile-stitcher-7` '.repeat(Math.ceil(n / 57)),
    'questions answered': (n) => 'We looked at whether the team asked whether '.repeat(Math.ceil(n / 44)),
    'passive approvals': (n) => 'was approved by Ines after weighing against '.repeat(Math.ceil(n / 44)),
    'colleagues sharing the work': (n) => `Other clerks ${'file the report and '.repeat(Math.ceil(n / 19))}and Ravi does so`,
  };
  it.each(Object.keys(inputs))('%s: t(4n)/t(n) stays near 4', (name) => {
    expect(growthRatio(inputs[name]!, (t) => documentMachines([t]))).toBeLessThan(12);
    expect(growthRatio(inputs[name]!, (t) => blameHits(t, undefined, 'prose'))).toBeLessThan(12);
    expect(growthRatio(inputs[name]!, (t) => questionAnsweredNo(t, { form: 'fault-noun', phrase: 'x', start: t.length, end: t.length }, 'It was not.'))).toBeLessThan(12);
  });
});
