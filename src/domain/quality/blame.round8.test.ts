import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameFeatures } from './blame.features.ts';
import { blameHits } from './blame.patterns.ts';
import { stanceFeatures } from './blame.stance.ts';
import { maskPersons } from './person-references.ts';

/**
 * Issue 16, round 8: structures rather than phrases. A possessive opening a clause makes the person's thing the
 * subject, not the person; the writer's stance (doubt, irony, habit, a concession that takes back, an exclamation,
 * the person addressed at the close, the person set against everyone else) and a harmful verb with a person as its
 * subject are model features by class; a sincere offer of help is not judged. The sentences are written for these
 * tests; each positive has a hard-negative twin.
 */
const names = (s: string): string[] => blameFeatures(s, null).map((f) => f.name);
const flagged = (s: string): boolean => blameHits(s).length > 0;

describe('a possessive opening the clause makes the thing the subject, not the person (round 8)', () => {
  it('reads "The foreman\'s checklist left no room …" as the checklist\'s clause', () => {
    const f = names("The foreman's checklist left no room for the gate.");
    expect(f).toContain('POSS-subject');
    expect(f).not.toContain('P-subject');
    expect(f).not.toContain('negation+P');
    expect(f).toContain('negation+POSS-subject');
  });

  it('hard negative: the person as the subject ("The foreman left no room …") is still the person', () => {
    const f = names('The foreman left no room for the gate.');
    expect(f).toContain('P-subject');
    expect(f).toContain('negation+P');
  });

  it('does not flag the checklist sentence', () => {
    expect(flagged("The foreman's checklist left no room for the gate.")).toBe(false);
  });
});

describe('the writer\'s stance is a feature by class, with a person or without one (round 8)', () => {
  it.each([
    ['doubt', 'Priyanka tested the migration, apparently.', 'The replica apparently lagged for ten minutes.'],
    ['irony', 'Of course, Dmitri pushed the hotfix straight to the live cluster.', 'Of course the cache warmed up after the restart.'],
    ['habit', 'Tobias restarted the broker once again.', 'The broker restarted once again at 04:10.'],
    ['concession', 'To be fair to Hamid, he did answer the page eventually.', 'To be fair, the pager app was updating at the time.'],
    ['exclaim', 'Ingrid merged it straight to main!', 'The queue drained in four minutes!'],
    ['contrast', 'Some of us read the change notice before the upgrade; Oskar did not.', 'The only change that skipped the canary was the certificate rotation.'],
  ])('%s: a person in "%s" gives stance:…+P, none in "%s" gives the bare class', (cls, withPerson, without) => {
    expect(names(withPerson)).toContain(`stance:${cls}+P`);
    expect(names(without)).toContain(`stance:${cls}`);
    expect(names(without)).not.toContain(`stance:${cls}+P`);
  });

  it('reads a person addressed at the close of a reproach (", Mateo."), not after thanks', () => {
    expect(names('The runbook says to drain the node first, not last, Mateo.')).toContain('stance:address+P');
    expect(names('The runbook says to drain the node first, not skip it, Mateo.')).toContain('stance:address+P');
    expect(names('Thanks for draining the node first, Mateo.')).not.toContain('stance:address+P');
    expect(names('Mateo drained the node first.')).not.toContain('stance:address+P');
  });

  it('hard negative: no stance words, no stance feature', () => {
    expect(names('Hamid answered the page at 02:14 and started the failover.').filter((n) => n.startsWith('stance:'))).toEqual([]);
  });
});

describe('a harmful verb with a person as the subject (round 8)', () => {
  it.each(['Kwame wiped the staging database during the demo.', 'The contractor took the payment API down for an hour.', 'She fat-fingered the multiplier.'])('reads harm-verb+P-subject in "%s"', (s) => {
    expect(names(s)).toContain('harm-verb+P-subject');
  });

  it.each(['The cron job wiped the staging database during the demo.', 'Kwame took the ticket and started the rollback.', "Kwame's script wiped the cache."])('hard negative: none in "%s"', (s) => {
    expect(names(s)).not.toContain('harm-verb+P-subject');
  });
});

describe('stance carries blame the forms do not know (round 8, whole detector)', () => {
  it.each(['Priyanka tested the migration, apparently.', 'To be fair to Hamid, he did answer the page eventually, two hours in.', 'Some of us read the change notice; Oskar clearly did not.'])(
    'flags "%s"',
    (s) => {
      expect(flagged(s)).toBe(true);
    },
  );

  it.each(['The replica apparently lagged for ten minutes.', 'Of course the cache warmed up after the restart.', 'Hamid answered the page eventually, after the pager app updated.'])(
    'hard negative: leaves "%s" clean',
    (s) => {
      expect(flagged(s)).toBe(false);
    },
  );
});

describe('a sincere offer of help is not judged; its sarcastic twin is (round 8)', () => {
  it.each(['Happy to walk Lucas through the checklist before his first shift.', "I'm glad to pair with Ana on the failover drill next week."])('leaves "%s" clean', (s) => {
    expect(flagged(s)).toBe(false);
  });

  it.each(['Happy to walk Lucas through the checklist again, since apparently reading it is optional.'])('flags "%s"', (s) => {
    expect(flagged(s)).toBe(true);
  });
});

describe('the stance features take linear time on adversarial input (round 8)', () => {
  const inputs: Record<string, (n: number) => string> = {
    'stance words': (n) => 'apparently of course once again at least some of us '.repeat(n / 51),
    'closing address': (n) => ', Dana ,'.repeat(n / 8) + ' Dana.',
    'exclamations and emoji': (n) => 'Dana! 🙄 :eyes: '.repeat(n / 16),
    'took without down': (n) => 'Dana took the '.repeat(n / 14),
    "possessive subjects": (n) => "Dana's checklist Dana's ".repeat(n / 24),
  };
  // stanceFeatures on the whole input (the detector reads at most 2,000 characters of a sentence; the function itself must be linear).
  const run = (text: string): unknown => stanceFeatures(text, maskPersons(text), true, []);
  it.each(Object.keys(inputs))('%s: t(4n) / t(n) stays under 12', (name) => {
    expect(growthRatio(inputs[name]!, run)).toBeLessThan(12);
  });
});

describe('an apposition and a quantity are no stance (round 8)', () => {
  it('hard negative: ", Rafael Duarte." after a role names the role, it does not address anyone', () => {
    expect(names('Keiko escalates to the software on-call, Rafael Duarte.')).not.toContain('stance:address+P');
  });

  it('hard negative: "at least 20 minutes" is a quantity, not a concession', () => {
    expect(names('The sampler interval is at least 20 minutes longer than the batch the renderer writes for Dana.')).not.toContain('stance:concession+P');
    expect(names('At least Dana was consistent: she mislabelled every sample.')).toContain('stance:concession+P');
  });
});
