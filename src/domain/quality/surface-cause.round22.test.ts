import { describe, expect, it } from 'vitest';
import { findingsOf, withSection } from '../../../test/factories/quality-doc.ts';
import { goesDeeper } from './surface-cause.ts';

/**
 * Issue 16, round 22: triggers in shapes the rule did not read — a run with the wrong argument, a thing shipped at a
 * moment, a value set in the active voice, a new artefact as the whole cause, a thing done twice, an empty input, an
 * outage of a network or another party — and a "because" that only gives another trigger.
 */
const surface = (body: string): number => findingsOf('surface-cause', withSection('Root Cause', body)).length;

describe('triggers in more shapes (round 22)', () => {
  it.each([
    ['a run with the wrong flag', 'Root cause: the nightly compaction job running with `--retain 900` instead of `--retain 90`.'],
    ['a thing shipped at a moment', 'Root cause: the new ranking model (ranker-v12) deployed at 09:41.'],
    ['a thing shipped on a day', 'The root cause was the pricing rules bundle released on Tuesday.'],
    ['a value set in the active voice', 'Root cause: the installer set the heartbeat timeout to 0.'],
    ['a new artefact as the whole cause', 'Root cause: the new invoice PDF template.'],
    ['a thing done twice', 'Root cause: the settlement batch was posted twice.'],
    ['an empty input', 'The root cause was the empty reply from the courier\'s tracking API.'],
    ['an outage of another party', 'The root cause was a power outage at the colocation site in Leeds.'],
    ['a because that gives only another trigger', 'The kiosk images pointed at the old registry because a stale value was left in `registry_url`.'],
  ])('flags %s', (_form, body) => {
    expect(surface(body)).toBe(1);
  });

  it.each([
    ['a run with the wrong flag, and what let it run', 'Root cause: the compaction job ran with `--retain 900` instead of `--retain 90`, because the job accepts any retention without a bound or a dry run.'],
    ['a new artefact, and the test it skipped', 'Root cause: the new invoice PDF template went live without a rendering test against real invoices.'],
    ['a value set, and nothing to stop it', 'Root cause: the installer set the heartbeat timeout to 0, and nothing validates the timeout before the agent starts.'],
    ['a new thing named inside a deeper cause', 'The scheduler assumed that the new region had the same quota as the old one.'],
    ['a because that gives a design cause', 'The kiosks pointed at the old registry because the image build reads the registry from a file that no deploy step owns.'],
  ])('hard negative: %s', (_form, body) => {
    expect(surface(body)).toBe(0);
  });
});

describe('goesDeeper (round 22)', () => {
  it('takes a because that gives a cause beyond a trigger', () => {
    expect(goesDeeper('the cache served stale prices because the purge hook only runs on full deploys')).toBe(true);
  });
  it('does not take a because that gives only a typo', () => {
    expect(goesDeeper('the route failed because of a typo')).toBe(false);
    expect(goesDeeper('the route failed because a typo reached the router config')).toBe(false);
  });
});

describe('a because that says what did not happen (round 22)', () => {
  it('hard negative: a trigger that nobody was told of is a lack', () => {
    expect(surface('The ticket router stalled because the database node restart was not announced to the support desk.')).toBe(0);
  });
});

describe('contributing factors read without their defences (round 22)', () => {
  const doc = (factors: string) => ['## Root cause', '', 'A Kafka broker restart replayed 3,200 booking events, and the seat service applied each of them again.', '', '## Contributing factors', '', factors].join('\n');

  it('flags a trigger whose contributing factors only defend ("worked as designed", "so nothing more could be done")', () => {
    expect(findingsOf('surface-cause', doc('The seat service worked as designed. The on-call followed the runbook, so nothing more could have been done.'))).toHaveLength(1);
  });

  it('hard negative: contributing factors that name what the system lacked', () => {
    expect(findingsOf('surface-cause', doc('The seat service has no idempotency check on booking event IDs.'))).toHaveLength(0);
  });
});

describe('a section headed as the trigger (round 22)', () => {
  it('judges the root cause in its own section, not the trigger section beside it', () => {
    const md = ['## Trigger', '', 'A typo in the fare table: `12.50` entered where `1.25` was meant.', '', '## Root cause', '', 'The fare table import accepts any value without a range check or a second review.'].join('\n');
    expect(findingsOf('surface-cause', md)).toHaveLength(0);
  });

  it('still flags a root-cause section that stops at the trigger beside it', () => {
    const md = ['## Trigger', '', 'A typo in the fare table: `12.50` entered where `1.25` was meant.', '', '## Root cause', '', 'The root cause was the typo in the fare table.'].join('\n');
    const f = findingsOf('surface-cause', md);
    expect(f.map((x) => x.line)).toEqual([5]);
  });
});
