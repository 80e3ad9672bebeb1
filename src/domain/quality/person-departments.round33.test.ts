import { describe, expect, it } from 'vitest';
import { blameHits } from './blame.patterns.ts';
import { DEPARTMENT, DEPARTMENT_NOUN, FUNCTION_NOUN, LOWER_DEPARTMENT } from './person-departments.ts';
import { DEPARTMENT as WORDS_DEPARTMENT } from './person-words.ts';
import { personSpans } from './person-references.ts';

/**
 * Issue 16, round 33: the department lists in one place (person-departments.ts), and a department noun that acts read
 * as its people. Sentences written for these tests, each with its twin where the same word is a thing.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));

describe('one list of departments (round 33)', () => {
  it('person-words reads the same list the posts reader does', () => {
    expect(WORDS_DEPARTMENT).toBe(DEPARTMENT);
    expect(LOWER_DEPARTMENT.test('procurement')).toBe(true);
  });
  it('a department-only noun and a function noun that is also a thing', () => {
    expect(DEPARTMENT_NOUN.test('Surveillance')).toBe(true);
    expect(FUNCTION_NOUN.test('Production')).toBe(true);
  });
});

describe('a department noun that acts is its people; as a thing it is no one (round 33)', () => {
  it('Surveillance acting, and surveillance footage', () => {
    expect(people('Surveillance never pulled the tape from the cage camera.')).toEqual(['Surveillance']);
    expect(people('Surveillance footage showed the chip walk at 02:10.')).toEqual([]);
  });
  it("a function noun's possessive judgement, and the function as a system that crashed", () => {
    expect(people('Production\'s "careful review" of the well file skipped the casing log.')).toEqual(['Production']);
    expect(people('Production crashed after the Friday deploy.')).toEqual([]);
  });
  it('blame on a department and its blameless twin', () => {
    expect(blameHits('Frankly, Surveillance did a lazy job on the cage cameras that week.').length).toBeGreaterThan(0);
    expect(blameHits('Surveillance reviewed the cage cameras and sent the clip within the hour.')).toEqual([]);
  });
});
