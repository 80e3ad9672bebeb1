import { describe, expect, it } from 'vitest';
import { findingsOf, withSection } from '../../../test/factories/quality-doc.ts';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { isDefensive } from './defensive.rule.ts';
import { TRIGGER } from './surface-cause.ts';

/**
 * Issue 16, round 12: triggers in other words — a setting said to be wrong ("The cache TTL on the feed responses was
 * wrong"), a load spike on its own — and a defence that names another party's lack ("Nothing could have prevented this,
 * because the aggregator does not allow a grace period") is still a defence, so it does not carry the root cause deeper.
 */
const surface = (body: string): number => findingsOf('surface-cause', withSection('Root Cause', body)).length;

describe('a setting said to be wrong, a load spike (round 12)', () => {
  it.each([
    'The cache TTL on the feed responses was wrong.',
    'The retry timeout was too short.',
    'A traffic spike from the Lumen listening party.',
  ])('flags "%s" as a root cause that stops at the trigger', (body) => {
    expect(surface(body)).toBe(1);
  });

  it.each([
    'The cache TTL on the feed responses was wrong because nothing validates TTLs against the feed\'s publishing interval before a deploy.',
    'A traffic spike from the listening party met an autoscaler with no headroom policy, so no new TURN nodes could start in time.',
  ])('hard negative: "%s" names what the system lacked', (body) => {
    expect(surface(body)).toBe(0);
  });
});

describe('another party\'s lack is no gap of ours (round 12)', () => {
  it('reads "Nothing could have prevented this …, because the aggregator does not allow a grace period" as a defence', () => {
    expect(isDefensive('Nothing could have prevented this once the certificate had expired, because the aggregator does not allow a grace period.')).toBe(true);
  });

  it('flags the expiry beside that defence as a surface cause', () => {
    expect(surface('The SMS aggregator client certificate expired at 00:00 on 23 November.\n\nNothing could have prevented this once the certificate had expired, because the aggregator does not allow a grace period.')).toBe(1);
  });

  it('hard negative: a lack of our own after the same opening learns', () => {
    expect(isDefensive('Nothing could have caught this, because our renewal job does not alert when a certificate is within 30 days of expiry.')).toBe(false);
  });
});

describe('linear time (round 12)', () => {
  it('a sentence of many "timeout" words before "was wrong": t(4n)/t(n) stays near 4', () => {
    expect(growthRatio((n) => `${'timeout '.repeat(n / 8)}was wrong`, (t) => TRIGGER.test(t))).toBeLessThan(12);
  });

  it('a sentence of many "because the vendor": t(4n)/t(n) stays near 4', () => {
    expect(growthRatio((n) => `Nothing could have prevented this ${'because the vendor '.repeat(n / 19)}does not allow it.`, (t) => isDefensive(t))).toBeLessThan(12);
  });
});
