import { describe, expect, it } from 'vitest';
import { blameHits, DOCUMENT_MODEL_BAR, BLAME_THRESHOLD, ruleHits } from './blame.patterns.ts';
import { blameFeatures } from './blame.features.ts';
import { maskPersons, personSpans } from './person-references.ts';
import { phraseMatches } from './blame.phrases.ts';
import type { Model } from './classifier.ts';

/**
 * Issue 16, round 22. The model's own judgement needs more certainty in a document than on a sentence alone; forms of
 * blame from editorial timelines, @mention call-outs, rhetorical questions and groups named by what they do; things
 * that are not people. Each with its twin. The sentences are written for these tests.
 */
const flagged = (s: string): boolean => blameHits(s).length > 0;
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));

describe('the model alone needs more certainty in a document (round 22)', () => {
  const s = 'Linnea deleted the tank log before the audit and went for coffee.';
  const masked = maskPersons(s);
  const signal = blameFeatures(s, null, masked, phraseMatches(masked)).find((f) => /^(?:harm-verb|neg|judge-word)/.test(f.name));
  /** A model that judges every sentence at probability p, with one judging feature weighed (the finding needs one). */
  const at = (p: number): Model => ({ bias: Math.log(p / (1 - p)), weights: { [signal!.name]: 1e-9 } });

  it('the sentence has no rule form and a judging feature', () => {
    expect(ruleHits(s)).toEqual([]);
    expect(signal).toBeDefined();
    expect(DOCUMENT_MODEL_BAR).toBeGreaterThan(BLAME_THRESHOLD);
  });

  it('between the two bars: judged as a sentence alone, not in a document (prose or a timeline entry)', () => {
    const p = (BLAME_THRESHOLD + DOCUMENT_MODEL_BAR) / 2;
    expect(blameHits(s, at(p))).toHaveLength(1);
    expect(blameHits(s, at(p), 'sentence')).toHaveLength(1);
    expect(blameHits(s, at(p), 'prose')).toEqual([]);
    expect(blameHits(s, at(p), 'entry')).toEqual([]);
  });

  it('above the document bar: judged in a document too', () => {
    const p = (DOCUMENT_MODEL_BAR + 1) / 2;
    expect(blameHits(s, at(p), 'prose')).toHaveLength(1);
  });

  it('below both: judged nowhere', () => {
    expect(blameHits(s, at(BLAME_THRESHOLD / 2))).toEqual([]);
  });

  it('a rule form is reported in a document whatever the model says', () => {
    const ruled = 'Linnea should have checked the tank log before the audit.';
    expect(blameHits(ruled, at(0.01), 'prose')).toHaveLength(1);
  });
});

describe('an editorial timeline row: "finally", "eventually", late (round 22)', () => {
  it.each([
    '06:10 — Bertil finally bothers to open the pump alarm.',
    '23:40 Yusra finally answers the duty phone, half an hour after the first call.',
    '04:15 - FAC-0193 wakes up, eventually, and resets the chiller.',
    '08:50 - Fitter arrives at the depot, a mere two hours late.',
    'The plumber deigned to call us back on Thursday.',
  ])('flags "%s"', (s) => {
    expect(flagged(s)).toBe(true);
  });

  it.each([
    '06:10 — Bertil opens the pump alarm and starts the standby pump.',
    '11:05 The backlog finally drains and Yusra closes the bridge.',
    '08:50 - Fitter arrives at the depot late because the ring road was closed.',
    'If anybody bothers to ask, the spare keys are in the lockbox.',
  ])('does not flag "%s"', (s) => {
    expect(ruleHits(s)).toEqual([]);
  });
});

describe('an @mention that calls someone out (round 22)', () => {
  it.each([
    '@h.varga this is the third time your cron change has emptied the tills.',
    'cc @m.okoro since your migration is the reason this review exists.',
    '@lin.q you were on the freeze rota and still pushed to main.',
    '@s.adeyemi can you explain why you skipped the dry run? Asking for everyone.',
  ])('flags "%s"', (s) => {
    expect(flagged(s)).toBe(true);
  });

  it.each([
    '@h.varga can you link the cron change here? The timeline should point to it.',
    'Tagging @m.okoro since she knows the till export format and can help with validation.',
    '@lin.q ran the dry run at 10:02 and posted the results in the channel.',
  ])('does not flag "%s"', (s) => {
    expect(ruleHits(s)).toEqual([]);
  });
});

describe('a rhetorical question that names who is responsible; a duty called optional (round 22)', () => {
  it('flags "who is responsible … if not <group>?"', () => {
    expect(flagged('Who is responsible for renewing the domain if not the web team?')).toBe(true);
  });

  it('does not flag a real question about ownership', () => {
    expect(ruleHits('Who is responsible for renewing the domain after the migration?')).toEqual([]);
  });

  it('flags a duty called optional for a person or group, ironically', () => {
    expect(flagged('Apparently reading the tide table is optional for the harbour crew now.')).toBe(true);
  });

  it('does not flag a duty that really is optional, said of a thing', () => {
    expect(ruleHits('The second signature is optional for orders under £500.')).toEqual([]);
  });
});

describe('groups and roles read as people (round 22)', () => {
  it('reads a group named by what it does after a possessive as people', () => {
    expect(people("The hospital's facilities team switched off the chiller for the weekend.")).toContain("The hospital's facilities team");
  });

  it("does not read a thing's group after a possessive as people", () => {
    expect(people("The tenant's security group blocked port 8443.")).not.toContain("The tenant's security group");
  });

  it('reads "the PO" who acts as the product owner', () => {
    expect(people('The PO moved the release to Friday without asking the testers.')).toContain('The PO');
  });

  it('does not read a purchase order as a person', () => {
    expect(people('The PO number was missing from the freight invoice.')).toEqual([]);
    expect(people('Procurement approved the PO on Tuesday.')).not.toContain('the PO');
  });

  it('does not read an automatic agent as a person', () => {
    expect(people('The stale-ticket auto-closer closed a live incident as "stale".')).toEqual([]);
  });
});
