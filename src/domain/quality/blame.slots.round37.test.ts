import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { personSpans } from './person-references.ts';

/**
 * Issue 16, round 37: people read by their slot (blame.person-slots.round37.ts) — after a judgement only people carry,
 * as a passive's agent, a region or a rotation acting, a post's initialism with a should-have, the writer's own
 * failure. Sentences written for these tests: each shape, and its twin naming a machine or a place in the same slot.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));

describe('the slot after a judgement only people carry', () => {
  it.each([
    ['A failure by the TCs to coordinate the level left both aircraft climbing.', 'the TCs'],
    ['There was a failure on kitchen\'s part to label the tray.', 'kitchen'],
    ['The failure of the SREs to read the runbook cost an hour.', 'the SREs'],
    ['A reckless move by the supervisor closed both runways.', 'the supervisor'],
    ['The outage followed a lapse of concentration and a blunder by the ATSA at 03:00.', 'the ATSA'],
  ])('"%s" names a person', (s, who) => {
    expect(people(s)).toContain(who);
  });
  it.each([
    'The failure of the OCR to read the scans left the queue full.',
    'Root cause: failure of the switch stack to re-elect a master.',
    'Bold move by the price optimiser to list every TV at a 98% discount.',
    'The failure of the pump to start flooded the basement.',
    '38% of requests failed (Client errors by resolver ASN, panel 2).',
  ])('"%s" names no one', (s) => {
    expect(people(s)).toEqual([]);
  });
});

describe('a passive\'s agent that is a post or a region', () => {
  it.each([
    ['The alert was acknowledged by JT and then left for fifty minutes.', 'JT'],
    ['The kill switch was flipped off by EMEA at 23:40.', 'EMEA'],
  ])('"%s" names a person', (s, who) => {
    expect(people(s)).toContain(who);
  });
  it.each([
    'The alarm was silenced by the SCADA system\'s nuisance filter.',
    'The alert was suppressed by the EHR rule during downtime.',
    'The table was truncated at 02:10 by the orchestrator\'s retry.',
  ])('"%s" names no one', (s) => {
    expect(people(s)).toEqual([]);
  });
});

describe('a region or a rotation acting', () => {
  it.each([
    ['APAC left the settlement batch stuck again.', 'APAC'],
    ['EMEA could have rolled back at 02:10.', 'EMEA'],
    ['US rotation spent half the incident re-diagnosing it.', 'US rotation'],
    ['The weekend rota missed the Saturday recon failure.', 'The weekend rota'],
  ])('"%s" names a person', (s, who) => {
    expect(people(s)).toContain(who);
  });
  it.each([
    'APAC edges stayed degraded for an hour.',
    'The APAC region\'s replicas lagged behind the primary.',
    'The weekend rota shows two gaps in March.',
  ])('"%s" names no one', (s) => {
    expect(people(s)).toEqual([]);
  });
});

describe('a rota that is the schedule', () => {
  it('a rota without a past tense right after it is no one', () => {
    expect(people('The policy is sound; the overnight rota simply did not include a second approver.')).not.toContain('the overnight rota');
  });
});

describe('initialisms ending in S that are posts', () => {
  it('a shift word before the initialism makes it a post', () => {
    expect(people('Our night NOCs sat on it for forty minutes.')).toEqual(['Our night NOCs']);
    expect(people('The night BMS sat on it until the morning.')).toEqual(['The night BMS']);
  });
  it('a system\'s initialism ending in S stays a thing', () => {
    expect(people('The BMS sat on it until the morning.')).toEqual([]);
    expect(people('The PMS dropped the ball on the audit job.')).toEqual([]);
  });
  it('a post\'s initialism with a should-have of any verb', () => {
    expect(people('The SRE should have held the release until the canary passed.')).toEqual(['The SRE']);
    expect(people('The HPA should have scaled past 20 pods.')).toEqual([]);
  });
});

describe('the writer\'s own failure', () => {
  it.each([
    ['I should have caught it before the handover.', 'I'],
    ['Honestly I let this one slide.', 'I'],
    ['We on days let it slide and handed nights a warm freezer.', 'We'],
    ['Honestly, we (SRE) dropped this one.', 'we'],
  ])('"%s" names the writer', (s, who) => {
    expect(people(s)).toContain(who);
  });
  it.each([
    'We should have had an alert on the queue depth.',
    'Lorenzo said "I should have seen it," but the warning was hidden.',
    'I restarted the service at 14:02.',
  ])('"%s" names no writer', (s) => {
    expect(people(s).filter((p) => /^(?:I|we)$/i.test(p))).toEqual([]);
  });
});

describe('the round-37 slots stay linear', () => {
  const input = (n: number): string => 'A failure by the RM to check, flipped off by EMEA; APAC left it and we (SRE) dropped this one, I should have '.repeat(Math.ceil(n / 108));
  it('t(4n)/t(n) stays near 4', () => {
    expect(growthRatio(input, (t) => personSpans(t))).toBeLessThan(12);
  });
});
