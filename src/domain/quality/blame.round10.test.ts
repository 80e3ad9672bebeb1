import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameFeatures } from './blame.features.ts';
import { blameHits } from './blame.patterns.ts';
import { clauseShapes } from './blame.clauses.ts';
import { maskPersons, personSpans } from './person-references.ts';

/**
 * Issue 16, round 10: blame with no judging word. A person's document or tool as the subject is the thing's clause;
 * initials in brackets, a company's engineer and a bare role in a timeline row are person references; a system that
 * worked set against a person, a lesson addressed to a person, a person as the obstacle, a person's absence and
 * praise beside damage are model features whose weight is learned from every writer. The sentences are written for
 * these tests; each positive has a hard-negative twin.
 */
const names = (s: string): string[] => blameFeatures(s, null).map((f) => f.name);
const flagged = (s: string): boolean => blameHits(s).length > 0;
const masked = (s: string): boolean => personSpans(s).length > 0;

describe("a person's document or tool as the subject is the thing's clause (round 10)", () => {
  it.each([
    "The foreman's checklist left no room for the gate.",
    "The charge nurse's handbook had no page for the new infusion pump.",
    "Mireille's runbook did not cover a second region.",
  ])('reads POSS-artefact in "%s"', (s) => {
    expect(names(s)).toContain('POSS-artefact');
  });

  it.each(["Sanjay's handover was a thumbs-up emoji.", "Hannah's review took forty seconds for nine hundred lines.", 'The foreman left no room for the gate.'])(
    'hard negative: no POSS-artefact in "%s" (an act, or the person as subject)',
    (s) => {
      expect(names(s)).not.toContain('POSS-artefact');
    },
  );

  it("a judging word keeps the clause the person's: \"Ken's sloppy runbook …\"", () => {
    expect(names("Ken's sloppy runbook did not cover a second region.")).not.toContain('POSS-artefact');
  });

  it('does not flag the checklist sentence, and still flags the person as subject', () => {
    expect(flagged("The foreman's checklist left no room for the gate.")).toBe(false);
    expect(flagged("The charge nurse's handbook had no page for the new infusion pump.")).toBe(false);
  });
});

describe('initials in brackets after an act are a person reference (round 10)', () => {
  it.each([
    'Retention on the audit bucket was shortened to a day (JS).',
    'The feature flag was flipped on for every tenant (P.K.) on Sunday night.',
    'The zone file was hand-edited [ref. CN] and never reviewed.',
    "The nightly purge was 'tidied up' (thanks, A.B.) and the invoices vanished.",
    'One more unreviewed firewall change (ML, again) took the booking site down.',
    'The cron line was edited on the box itself (NM/ops).',
  ])('finds the initials in "%s"', (s) => {
    expect(masked(s)).toBe(true);
  });

  it.each([
    'The domain name system (DNS) stopped answering at 02:10 (UTC).',
    'The cutover ran under change CHG-2231 (approved).',
    'Rollback finished at 14:03 (SLA met).',
    'The sentence has capitals in brackets (OK) but no initials.',
  ])('hard negative: no person in "%s"', (s) => {
    expect(masked(s)).toBe(false);
  });

  it('a role acronym in brackets after a name stays the apposition, not a second person', () => {
    expect(personSpans('Priya (SRE) restarted the broker.').length).toBe(1);
  });
});

describe("a company's engineer and a bare role in a timeline row are person references (round 10)", () => {
  it.each([
    ["FreshFarm's support guy told us to wipe the cache.", 'support guy'],
    ["Our hosting provider's on-call engineer purged the wrong domain.", 'on-call engineer'],
    ['03:47 — on-call acknowledges page, then goes quiet.', 'on-call'],
  ])('masks the person in "%s"', (s, who) => {
    const m = maskPersons(s);
    expect(m.slice(s.indexOf(who), s.indexOf(who) + who.length)).toMatch(/^[§¤]+$/);
  });

  it.each(["Acme's load balancer drained the node.", '03:47 — alert fires again.', "The vendor's status page showed all green."])('hard negative: "%s" names no person there', (s) => {
    expect(maskPersons(s)).not.toMatch(/§¤*\s+(?:drained|fires|showed)/);
  });
});

describe('shapes of blame with no judging word are model features (round 10)', () => {
  it.each([
    ['system-ok-then+P', 'The page fired on time; the engineer holding the pager did not look at it.'],
    ['system-ok-then+P', 'The canary did its job. Bartek shipped anyway.'],
    ['lesson-for+P', 'Lessons for the weekend on-call: open the runbook before you touch the database.'],
    ['despite+P', 'The replica caught up in spite of Dorota, not thanks to her.'],
    ['absent+P', 'Emeka was unreachable for the whole outage.'],
    ['absent+P', 'The duty manager had her phone switched off from ten.'],
    ['praise-beside-harm+P', "Lovely clean commit from Yusuf, shame it deleted the tenants' invoices."],
  ])('%s in "%s"', (feature, s) => {
    expect(names(s)).toContain(feature);
  });

  it.each([
    ['system-ok-then+P', 'The page fired on time; Bartek acknowledged it within a minute.', 'a person after a working system, and nothing held against him'],
    ['lesson-for+P', 'Lessons for the alerting design: fewer pages, each with a runbook link.', 'a lesson for a thing'],
    ['despite+P', 'The replica caught up despite the network partition.', 'an obstacle that is a thing'],
    ['absent+P', 'The pager service was unreachable for the whole outage.', 'a thing unreachable'],
    ['praise-beside-harm+P', 'Lovely clean commit from Yusuf, and the invoices are right again.', 'praise with no damage'],
  ])('hard negative: no %s in "%s" (%s)', (feature, s) => {
    expect(names(s)).not.toContain(feature);
  });
});

describe('a habit is a judgement when what is done again is judged (round 10)', () => {
  it.each(['Tobias keeps pushing hotfixes straight to main without a review.', 'The night shift kept ignoring the low-pressure alarm.'])('habitual+P in "%s"', (s) => {
    expect(names(s)).toContain('habitual+P');
  });

  it.each(['The pickers kept loading the vans by hand while the scanners were down.', 'Odile kept refreshing the status page until the vendor answered.'])(
    'hard negative: persistence, habit-plain+P in "%s"',
    (s) => {
      const f = names(s);
      expect(f).toContain('habit-plain+P');
      expect(f).not.toContain('habitual+P');
    },
  );
});

describe('the person who should have been informed is not blamed (round 10)', () => {
  it.each(['Sunniva should have been warned that the certificate was about to expire.', 'The night nurse should have been told the pump had been recalled.'])(
    'does not flag "%s"',
    (s) => {
      expect(flagged(s)).toBe(false);
    },
  );

  it('still flags the person who should have told others', () => {
    expect(flagged('Sunniva should have warned the ward that the certificate was about to expire.')).toBe(true);
  });
});

describe('a check done before the act, told plainly, is care (round 10)', () => {
  it.each(['The rigger inspected the harness twice before the climb.', 'Noor verified the restore on staging before touching production.'])('does not flag "%s"', (s) => {
    expect(flagged(s)).toBe(false);
  });

  it.each([
    'Noor should have verified the restore on staging before touching production.',
    'The rigger never inspected the harness before the climb.',
    'Noor verified the restore before the cutover; Ilya skipped it and went straight to production.',
  ])('still flags the counterfactual, the negation or the contrast: "%s"', (s) => {
    expect(flagged(s)).toBe(true);
  });
});

describe('a plain account of a person\'s act is one feature (round 10)', () => {
  it.each(['The surveyor walked the trench line twice before the dig.', 'Ayaan restarted the broker at 14:02.'])('plain-act+P in "%s"', (s) => {
    expect(names(s)).toContain('plain-act+P');
  });

  it.each(['Ayaan never restarted the broker.', 'Ayaan carelessly restarted the broker.', 'Why did Ayaan restart the broker?', 'The broker restarted at 14:02.'])(
    'hard negative: no plain-act+P in "%s"',
    (s) => {
      expect(names(s)).not.toContain('plain-act+P');
    },
  );
});

describe('the round-10 patterns take linear time on adversarial input', () => {
  const shapes: Record<string, (n: number) => string> = {
    'worked then words, no person': (n) => `The alert worked; ${'and then the '.repeat(n / 13)}`,
    'lessons for for for': (n) => 'lessons for '.repeat(n / 12),
    'a person then absent words': (n) => `Emeka ${'was was was '.repeat(n / 12)}`,
    'praise words only': (n) => 'lovely great superb '.repeat(n / 20),
  };
  const runShapes = (text: string): unknown => clauseShapes(text, maskPersons(text));
  it.each(Object.keys(shapes))('clause shapes, %s: t(4n) / t(n) stays under 12', (name) => {
    expect(growthRatio(shapes[name]!, runShapes)).toBeLessThan(12);
  });

  const refs: Record<string, (n: number) => string> = {
    'brackets of capitals': (n) => '(AB, (CD/ [ref. EF '.repeat(n / 20),
    'possessives then modifiers': (n) => "Acme's support Acme's field ".repeat(n / 28),
    'clock rows of roles': (n) => `03:47 — ${'on-call '.repeat(n / 8)}`,
  };
  it.each(Object.keys(refs))('person references, %s: t(4n) / t(n) stays under 12', (name) => {
    expect(growthRatio(refs[name]!, (t) => personSpans(t))).toBeLessThan(12);
  });

  it('the whole feature extraction stays linear on a long sentence of the new shapes', () => {
    const input = (n: number): string => 'The alert worked; (JS) lessons for Emeka, despite Dorota, lovely wrong. '.repeat(n / 72);
    expect(growthRatio(input, (t) => blameFeatures(t, null))).toBeLessThan(12);
  });
});
