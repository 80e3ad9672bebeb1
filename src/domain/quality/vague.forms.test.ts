import { describe, expect, it } from 'vitest';
import { actionItemVagueness, isVagueActionItem, vaguenessMessage, type Vagueness } from './vague.patterns.ts';

/** Vague action items by what is missing (issue 16); items written for these tests, not taken from the labelled sets. */
const KINDS: Record<Vagueness['kind'], { vague: string[]; specific: string[] }> = {
  'abstract-action': {
    vague: [
      'Fix latency issues in the ledger service', 'Pay more attention to queue depth', 'Look into the cron drift', 'Ensure the backups are reliable',
      'Establish a culture of ownership in the warehouse team', 'Upskill the night shift on failovers', 'Take a closer look at the batch scheduler',
      'Drive alignment on release windows with product', 'Tighten up the change process',
    ],
    specific: [
      'Fix latency issues in the ledger service so that p99 stays under 250 ms at peak',
      'Look into the cron drift and record the cause in OPS-812',
      'Ensure `backup.verify` runs after every nightly backup',
      'Upskill the night shift on failovers: each operator runs the DR drill once by 30 June, tracked in OPS-900',
    ],
  },
  'generic-object': {
    vague: ['Add more dashboards', 'Write better documentation', 'Set up alerting for the new region'],
    specific: ['Add a dashboard panel for ledger p99 latency by region', 'Write the restore steps into runbooks/ledger-restore.md', 'Set up an alert on 5xx rate above 2% for the EU gateway'],
  },
  wish: {
    vague: ['Better handover between shifts', 'More frequent restore tests'],
    specific: ['Better handover: a written checklist signed by both shift leads, tracked in OPS-77', 'More frequent restore tests: weekly, alerting on failure'],
  },
  // No rule opener matches; the model weighs the words (abstract nouns, the verb) and finds no criterion.
  'no-criterion': {
    vague: ['Refocus the platform team on reliability'],
    specific: ['Refocus the platform team on the 3 open reliability tickets in REL-12'],
  },
  'too-short': {
    vague: ['Tidy things'],
    specific: ['Rotate STRIPE_KEY'],
  },
};

describe('vague action items by what is missing', () => {
  for (const [kind, { vague, specific }] of Object.entries(KINDS) as [Vagueness['kind'], { vague: string[]; specific: string[] }][]) {
    describe(kind, () => {
      it.each(vague)(`flags "%s" (${kind})`, (t) => {
        expect(actionItemVagueness(t)?.kind).toBe(kind);
      });
      it.each(specific)('passes "%s"', (t) => {
        expect(isVagueActionItem(t)).toBe(false);
      });
    });
  }

  it('says which part is missing: a named service without a criterion lacks only the outcome', () => {
    const v = actionItemVagueness('Fix performance issues in search-api');
    expect(v).toEqual({ opener: 'Fix performance issues', kind: 'abstract-action', missing: ['outcome'] });
    expect(vaguenessMessage(v!)).toMatch(/Missing: a measurable outcome or a completion criterion/);
    expect(vaguenessMessage(actionItemVagueness('Improve monitoring')!)).toMatch(/artefact or place .*; a measurable outcome/);
  });

  it('does not count a due date, a quarter or a version as a measurable outcome', () => {
    expect(isVagueActionItem('Improve the deploy pipeline by Q3')).toBe(true);
    expect(isVagueActionItem('Improve stability of v2')).toBe(true);
  });
});
