import { describe, expect, it } from 'vitest';
import { actionItemDueDate, horizonDueDate, horizonForPriority, priorityForHorizon } from './action-items.ts';
import { addPeriodText, parsePeriod } from './period.ts';
import { buildPolicy } from './test-factories.ts';

const utc = buildPolicy();
const berlin = buildPolicy({ timeZone: 'Europe/Berlin' });
const newYork = buildPolicy({ timeZone: 'America/New_York' });

describe('periods', () => {
  it.each([
    ['24h', { amount: 24, unit: 'h' }], ['48 hours', { amount: 48, unit: 'h' }], ['1 week', { amount: 1, unit: 'w' }],
    ['30min', { amount: 30, unit: 'min' }], ['1mo', { amount: 1, unit: 'mo' }], ['1 quarter', { amount: 1, unit: 'q' }],
  ])('parses %s', (text, p) => expect(parsePeriod(text)).toEqual(p));

  it.each(['', '1', 'h', '1.5mo', '2 fortnights', '-1h'])('refuses %s', (text) => expect(parsePeriod(text)).toBeUndefined());
});

describe('action-item due dates (seed 000: P0 24 hours, P1 1 week, P2 1 month, P3 1 quarter)', () => {
  it.each([
    ['P0', '2026-03-10T09:00:00Z', '2026-03-11T09:00:00.000Z'],
    ['p1', '2026-03-10T09:00:00Z', '2026-03-17T09:00:00.000Z'],
    ['P2', '2026-03-10T09:00:00Z', '2026-04-10T09:00:00.000Z'],
    ['P3', '2026-03-10T09:00:00Z', '2026-06-10T09:00:00.000Z'],
    // Month ends: a calendar month from Jan 31 is the last day of February.
    ['P2', '2026-01-31T12:00:00Z', '2026-02-28T12:00:00.000Z'],
    ['P2', '2028-01-31T12:00:00Z', '2028-02-29T12:00:00.000Z'],
    ['P2', '2026-03-31T12:00:00Z', '2026-04-30T12:00:00.000Z'],
    ['P3', '2026-11-30T12:00:00Z', '2027-02-28T12:00:00.000Z'],
    ['P3', '2026-12-31T23:00:00Z', '2027-03-31T23:00:00.000Z'],
  ])('%s from %s is due %s (UTC)', (priority, from, due) => {
    expect(actionItemDueDate(utc, priority, new Date(from)).at.toISOString()).toBe(due);
  });

  it('refuses an unknown priority', () => {
    expect(() => actionItemDueDate(utc, 'P7', new Date())).toThrow(/unknown action-item priority "P7"/);
  });

  it('counts calendar months in the configured zone: Jan 31 evening in New York is Feb 1 in UTC', () => {
    const from = new Date('2026-02-01T03:00:00Z'); // 2026-01-31 22:00 in New York
    expect(actionItemDueDate(utc, 'P2', from).at.toISOString()).toBe('2026-03-01T03:00:00.000Z');
    expect(actionItemDueDate(newYork, 'P2', from).at.toISOString()).toBe('2026-03-01T03:00:00.000Z'); // Feb 28 22:00 EST
    expect(actionItemDueDate(newYork, 'P2', new Date('2026-01-31T15:00:00Z')).at.toISOString()).toBe('2026-02-28T15:00:00.000Z');
  });
});

describe('deadlines across DST changes', () => {
  it('24 hours is 24 hours even over the spring-forward night (Berlin, 2026-03-29)', () => {
    const from = new Date('2026-03-28T12:00:00Z'); // 13:00 CET
    expect(addPeriodText(from, '24h', 'Europe/Berlin').toISOString()).toBe('2026-03-29T12:00:00.000Z'); // 14:00 CEST
    expect(actionItemDueDate(berlin, 'P0', from).at.toISOString()).toBe('2026-03-29T12:00:00.000Z');
  });

  it('a week is 168 hours over the autumn change (New York, 2026-11-01)', () => {
    expect(addPeriodText(new Date('2026-10-30T16:00:00Z'), '1w', 'America/New_York').toISOString()).toBe('2026-11-06T16:00:00.000Z');
  });

  it('a calendar month keeps the wall-clock time across the change', () => {
    // 2026-03-10 09:00 CET (08:00Z) + 1 month = 2026-04-10 09:00 CEST (07:00Z).
    expect(actionItemDueDate(berlin, 'P2', new Date('2026-03-10T08:00:00Z')).at.toISOString()).toBe('2026-04-10T07:00:00.000Z');
    // In UTC the same instant plus a month is 08:00Z.
    expect(actionItemDueDate(utc, 'P2', new Date('2026-03-10T08:00:00Z')).at.toISOString()).toBe('2026-04-10T08:00:00.000Z');
  });

  it('a wall-clock time the change skips moves forward; a repeated one takes the earlier instant', () => {
    // 2026-02-08 02:30 EST + 1 month → 2026-03-08 02:30 does not exist in New York → 03:30 EDT.
    expect(addPeriodText(new Date('2026-02-08T07:30:00Z'), '1mo', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    // 2026-10-01 01:30 EDT + 1 month → 2026-11-01 01:30 happens twice → the first (EDT, 05:30Z).
    expect(addPeriodText(new Date('2026-10-01T05:30:00Z'), '1mo', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('keeps the wall clock in zones whose offsets and changes are in half and quarter hours', () => {
    // Lord Howe Island moves from +10:30 to +11:00 on 2026-10-04 (a 30-minute change); 12:00 a month earlier stays 12:00.
    expect(addPeriodText(new Date('2026-09-04T01:30:00Z'), '1mo', 'Australia/Lord_Howe').toISOString()).toBe('2026-10-04T01:00:00.000Z');
    // Kathmandu is +05:45 all year: 09:00 local is 03:15Z, a month later too.
    expect(addPeriodText(new Date('2026-01-15T03:15:00Z'), '1mo', 'Asia/Kathmandu').toISOString()).toBe('2026-02-15T03:15:00.000Z');
  });
});

describe('horizons (seeds 002/003)', () => {
  it('maps priorities to horizons and back', () => {
    expect(horizonForPriority(utc, 'P0')).toBe('immediate');
    expect(horizonForPriority(utc, 'p1')).toBe('immediate');
    expect(horizonForPriority(utc, 'P2')).toBe('short-term');
    expect(horizonForPriority(utc, 'P3')).toBe('long-term');
    expect(priorityForHorizon(utc, 'immediate')).toBe('P1');
    expect(priorityForHorizon(utc, 'short-term')).toBe('P2');
    expect(priorityForHorizon(utc, 'long-term')).toBe('P3');
  });

  it('dates horizons: immediate 1 week, short-term 1 month, long-term 1 quarter', () => {
    const from = new Date('2026-01-31T10:00:00Z');
    expect(horizonDueDate(utc, 'immediate', from).toISOString()).toBe('2026-02-07T10:00:00.000Z');
    expect(horizonDueDate(utc, 'short-term', from).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(horizonDueDate(utc, 'long-term', from).toISOString()).toBe('2026-04-30T10:00:00.000Z');
  });
});
