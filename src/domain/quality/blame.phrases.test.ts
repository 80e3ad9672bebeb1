import { describe, expect, it } from 'vitest';
import { blameHits, findBlame } from './blame.patterns.ts';
import { phraseMatches } from './blame.phrases.ts';
import { maskPersons, personSpans } from './person-references.ts';

/**
 * The phrase layer of the blame model and the person references added with it (issue 16,
 * second round). The sentences are written for these tests, not taken from the labelled
 * sets in test/fixtures/quality/.
 */
const families = (s: string): string[] => phraseMatches(maskPersons(s)).map((m) => m.family);

describe('phrase families', () => {
  it.each([
    ['Ottilie sat on the escalation until Monday.', 'idiom'],
    ['The integrator threw the spec over the fence and moved on.', 'idiom'],
    ['The gate agent could not be bothered to call the tower.', 'attitude'],
    ['The storeroom team were more interested in their break than in the freezer alarm.', 'attitude'],
    ['Thanks a million, Radu, for renaming the shared printer queue.', 'praise-opener'],
    ['Really impressive how the print room managed to lose the ballot papers.', 'sarcasm'],
    ['Whoever switched off the chlorine dosing needs to explain why.', 'accountability'],
    ['The site foreman left for the pub with the crane still rigged.', 'absence'],
    ['06:40 Tamsin restarts the boiler without the purge cycle, again.', 'habit'],
  ])('finds a phrase in "%s" (%s)', (s, family) => {
    expect(families(s)).toContain(family);
  });

  it('does not count leaving after a handover as absence', () => {
    expect(families('The site foreman left for lunch after handing the crane to the day crew.')).not.toContain('absence');
  });

  it('quotes the phrase and names its form when the phrase weighed most', () => {
    const s = 'Ottilie sat on the escalation until Monday.';
    const [hit] = blameHits(s);
    expect(hit?.form).toBe('idiom');
    expect(s.slice(hit!.start, hit!.end)).toContain('sat on the escalation');
  });
});

describe('the model with the phrase layer', () => {
  it('flags sarcastic thanks addressed to a person and leaves sincere thanks clean', () => {
    expect(findBlame('Thanks a lot, Radu, for renaming the shared printer queue on a Friday.')).not.toBeNull();
    expect(findBlame('Thanks, Radu, for renaming the printer queues so the labels match the floors.')).toBeNull();
  });

  it('does not judge a person who was not told: "should have been told" puts the person on the receiving end', () => {
    expect(findBlame('The relief pilot should have been briefed on the runway change.')).toBeNull();
  });

  it('does not judge a sentence that rejects the blame it mentions', () => {
    expect(findBlame('It would be unfair to write that the foreman left for lunch: the crane has an automatic lock.')).toBeNull();
  });
});

describe('person references added with the phrase layer', () => {
  const refs = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));
  it('takes the one addressed after thanks or praise as a person, even a department', () => {
    expect(refs('Great job, facilities, another weekend without heating.')).toEqual(['facilities']);
  });
  it('takes a department in lower case as the actor when a verb follows', () => {
    expect(refs('After the audit, procurement let the contract lapse.')).toEqual(['procurement']);
  });
  it('finds a role after a possessive and modifiers, and across scare quotes', () => {
    expect(refs("The carrier's depot technicians unloaded it.")).toEqual(["The carrier's depot technicians"]);
    expect(refs('Our "lead" engineer approved it.')).toEqual(['Our "lead" engineer']);
  });
  it('does not take a compass point for a name', () => {
    expect(refs('Depots in the North region closed early.')).toEqual([]);
  });
});
