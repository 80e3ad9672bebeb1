import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from './json-text.ts';
import { readEpoch, readGitDate, readIso } from './time.ts';

describe('time readers', () => {
  it('converts offsets to UTC and keeps every fraction digit', () => {
    expect(readIso('2018-11-04T22:43:58.283995108+01:00')?.at).toBe('2018-11-04T21:43:58.283995108Z');
    expect(readIso('2024-03-05 09:12-05:00')).toMatchObject({ at: '2024-03-05T14:12:00Z', precision: 'minute' });
    expect(readIso('0001-01-01T00:00:00Z')).toBeNull();
    expect(readIso('2024-02-30T00:00:00Z')).toBeNull();
    expect(readIso('2024-03-05T10:00:00')?.assumedUtc).toBe(true);
  });

  it('tells epoch units by magnitude', () => {
    expect(readEpoch(1502709956288)?.at).toBe('2017-08-14T11:25:56.288Z');
    expect(readEpoch(JSON.parse('1420452374669001603'))?.at).toBe('2015-01-05T10:06:14.669Z');
    expect(readEpoch('1420452374669001603')?.at).toBe('2015-01-05T10:06:14.669001603Z');
    expect(readEpoch('1454884927.000002')?.at).toBe('2016-02-07T22:42:07.000002Z');
    expect(readEpoch('1452837318')?.at).toBe('2016-01-15T05:55:18Z');
  });

  it('reads the date forms of git log', () => {
    expect(readGitDate('Thu Jan 18 20:32:01 2018 -0800')?.at).toBe('2018-01-19T04:32:01Z');
    expect(readGitDate('Thu, 18 Jan 2018 20:32:01 -0800')?.at).toBe('2018-01-19T04:32:01Z');
    expect(readGitDate('2018-01-18 20:32:01 -0800')?.at).toBe('2018-01-19T04:32:01Z');
    expect(readGitDate('1516336321 -0800')?.at).toBe('2018-01-19T04:32:01Z');
  });

  it('agrees with Date on any instant and offset', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1971-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), fc.integer({ min: -12 * 60, max: 14 * 60 }), (d, off) => {
        const local = new Date(d.getTime() + off * 60_000).toISOString().slice(0, 23);
        const sign = off < 0 ? '-' : '+';
        const abs = Math.abs(off);
        const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        expect(Date.parse(readIso(`${local}${zone}`)?.at ?? '')).toBe(d.getTime());
      }),
    );
  });
});

describe('parseJsonText', () => {
  it('names the line, column and field of the first error', () => {
    expect(() => parseJsonText('alertmanager', '{\n  "version": "4",\n  "groupKey": <string>,\n}')).toThrow(
      'alertmanager: not valid JSON at line 3, column 15 (value of "groupKey"): found "<string>,"',
    );
    expect(() => parseJsonText('x', '{"a": 1')).toThrow(/line 1, column 8: the text ends too early/);
  });
});
