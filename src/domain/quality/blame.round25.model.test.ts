import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameFeatures } from './blame.features.ts';
import { blameHits } from './blame.patterns.ts';
import { maskPersons } from './person-references.ts';

/**
 * Issue 16, round 25: the structures the blame model lacked when the forty-third to forty-eighth voices were added to its
 * training (blame.features.round25.ts), and a rule's subject qualified by what the people are of ("the reviewers of the
 * import job were less than careful"). Sentences written for these tests: new names, systems and domains; each form has a
 * positive and a negative.
 */
const names = (s: string): Set<string> => new Set(blameFeatures(s, null).map((f) => f.name));

describe('a relative clause makes the person reached its actor (round 25)', () => {
  it('reads "pages X, who mutes it" as X acting, and the pair before X apart', () => {
    const f = names('The freezer monitor pages the night pharmacist, who mutes it.');
    expect(f.has('P-relative-actor') || f.has('neg+P-relative-actor')).toBe(true);
    expect(f.has('b:pages_P-who')).toBe(true);
    expect(f.has('b:pages_P')).toBe(false);
  });

  it('has no relative actor when the person is only reached', () => {
    const f = names('The freezer monitor pages the night pharmacist.');
    expect(f.has('P-relative-actor')).toBe(false);
    expect(f.has('neg+P-relative-actor')).toBe(false);
    expect(f.has('b:pages_P')).toBe(true);
  });
});

describe('a kind word denied by degree (round 25)', () => {
  it('weighs "less than thorough" as a virtue denied, not as a kind word', () => {
    const f = names('Frankly, Wilhelmina was less than thorough with the sample labels.');
    expect(f.has('kind-denied+P')).toBe(true);
    expect(f.has('pos+P')).toBe(false);
  });

  it('keeps a kind word said plainly as kind', () => {
    const f = names('Wilhelmina was thorough with the sample labels.');
    expect(f.has('kind-denied+P')).toBe(false);
  });

  it('finds the denial when the people are qualified by what they belong to', () => {
    expect(blameHits('The reviewers of the tariff import were less than careful with its mappings.')[0]?.form).toBe('judgement-adjective');
    expect(blameHits('The reviewers of the tariff import were careful with its mappings.')).toEqual([]);
  });
});

describe('time a person spent on a check, or on anything else (round 25)', () => {
  it('tells a check told plainly apart', () => {
    expect(names('Marisol spent two hours verifying the cold-store backups.').has('time-spent-checking+P')).toBe(true);
  });

  it('keeps time spent on an argument, or on a check of the wrong thing, as time spent', () => {
    for (const s of ['Marisol spent two hours arguing about the cold-store backups.', 'Marisol spent two hours verifying the wrong backups.']) {
      const f = names(s);
      expect(f.has('time-spent+P')).toBe(true);
      expect(f.has('time-spent-checking+P')).toBe(false);
    }
  });
});

describe('a demanded review, of people or of a tool (round 25)', () => {
  it('reads whose work a demanded review covers', () => {
    expect(names('Shift leads must review everything the barcode scanner flags.').has('review-of-people+P')).toBe(false);
    expect(names('Shift leads need to re-check whatever the temps submit.').has('review-of-people+P')).toBe(true);
  });

  it('does not read a purpose as a demand', () => {
    const f = names('Odette rolled the schema back to verify the rows were intact.');
    expect(f.has('review-of-people+P')).toBe(false);
  });
});

describe('a neutral act (round 25)', () => {
  it('marks a person acting with nothing judged', () => {
    expect(names('Tobias compares the manifest against the carrier list.').has('neutral-act+P')).toBe(true);
  });

  it('does not when the act is negated, judged or habitual', () => {
    for (const s of ['Tobias never compares the manifest against the carrier list.', 'Tobias carelessly compares the manifest against the carrier list.', 'Tobias keeps skipping the manifest check.']) {
      expect(names(s).has('neutral-act+P')).toBe(false);
    }
  });
});

describe('a template field opening with a common word is no name (round 25)', () => {
  it('reads "Downstream products affected (…)" as a thing', () => {
    expect(maskPersons('Downstream products affected (nowcast, warnings, public map): [Yes/No]')).not.toMatch(/§/);
    expect(blameHits('Downstream products affected (nowcast, warnings, public map): [Yes/No]')).toEqual([]);
  });

  it('still reads a name before a verb and a bracket', () => {
    expect(maskPersons('Kai merges (again) the branch.')).toMatch(/^§/);
  });
});

describe('the round-25 features stay linear (round 25)', () => {
  const inputs: Record<string, (n: number) => string> = {
    'repeated character': (n) => 'a'.repeat(n),
    'relative clauses': (n) => 'Tom, who '.repeat(Math.ceil(n / 9)),
    'degree words': (n) => 'less than '.repeat(Math.ceil(n / 10)),
    'time spent': (n) => 'Ana spent an hour '.repeat(Math.ceil(n / 18)),
    'demands': (n) => 'leads must review '.repeat(Math.ceil(n / 18)),
    'brackets and NUL': (n) => '([\u0000)] '.repeat(Math.ceil(n / 6)),
  };
  it.each(Object.keys(inputs))('%s: t(4n)/t(n) stays near 4', (name) => {
    expect(growthRatio(inputs[name]!, (t) => blameFeatures(t, null))).toBeLessThan(12);
  });
});
