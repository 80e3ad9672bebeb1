import { describe, expect, it } from 'vitest';
import { buildDoc, findingsOf, GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { timedEntries } from './timeline.rules.ts';

const timeline = (...rows: string[]) =>
  withSection('Timeline', ['| Time (UTC) | Event |', '|---|---|', ...rows, '', 'Time to detect: 2 minutes.'].join('\n'));

describe('timeline-order', () => {
  it('flags an entry earlier than the one above it', () => {
    const text = timeline('| 14:00 | Deploy | ', '| 14:10 | Alert fired; decided to roll back |', '| 14:05 | Rollback started |');
    const f = findingsOf('timeline-order', text);
    expect(f.map((x) => x.quote)).toEqual(['14:05 Rollback started']);
    expect(f[0]?.severity).toBe('error');
  });

  it('accepts a timeline that crosses midnight', () => {
    expect(timedEntries(buildDoc(timeline('| 23:58 | Deploy |', '| 00:02 | Alert fired |')).timeline.entries).map((t) => t.ms)).toEqual([
      86_280_000, 86_520_000,
    ]);
    expect(findingsOf('timeline-order', timeline('| 23:58 | Deploy |', '| 00:02 | Alert fired; rolled back |'))).toEqual([]);
  });
});

describe('timeline-gap', () => {
  it('does not fire on a 4-minute gap, fires on a 6-minute one', () => {
    expect(findingsOf('timeline-gap', timeline('| 14:00 | Deploy |', '| 14:04 | Alert fired |'))).toEqual([]);
    const f = findingsOf('timeline-gap', timeline('| 14:00 | Deploy |', '| 14:06 | Alert fired |'));
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/6 minutes/);
  });

  it('passes a gap explained in the later entry, the earlier one, or between them', () => {
    expect(findingsOf('timeline-gap', timeline('| 14:00 | Deploy |', '| 14:30 | Still investigating replica lag |'))).toEqual([]);
    expect(findingsOf('timeline-gap', timeline('| 14:00 | Waiting for DNS propagation |', '| 14:30 | Traffic recovered |'))).toEqual([]);
    expect(findingsOf('timeline-gap', timeline('| 14:00 | Deploy |', '| | (no activity: team was at the all-hands) |', '| 14:30 | Alert |'))).toEqual([]);
  });

  it('does not report overnight gaps (over 12 hours by default)', () => {
    const overnight = timeline('| 2026-02-01 18:00 | Deploy |', '| 2026-02-02 09:00 | Alert fired |');
    expect(findingsOf('timeline-gap', overnight)).toEqual([]);
    expect(findingsOf('timeline-gap', overnight, { rules: { 'timeline-gap': { ignoreOverHours: 24 } } })).toHaveLength(1);
  });

  it('uses the configured threshold', () => {
    const text = timeline('| 14:00 | Deploy |', '| 14:08 | Alert fired |');
    expect(findingsOf('timeline-gap', text, { rules: { 'timeline-gap': { gapMinutes: 10 } } })).toEqual([]);
  });
});

describe('timeline-precision', () => {
  it.each(['~14:00', '??:??', 'around 14:00', 'morning', '2026-02-01'])('flags "%s"', (time) => {
    expect(findingsOf('timeline-precision', timeline(`| ${time} | Something happened |`))).toHaveLength(1);
  });

  it('passes HH:MM times', () => {
    expect(findingsOf('timeline-precision', GOOD_POSTMORTEM)).toEqual([]);
  });
});

describe('timeline-decision-points', () => {
  it('fires when no entry marks a decision', () => {
    const text = timeline('| 14:00 | Deploy |', '| 14:02 | Alert fired |', '| 14:04 | Error rate recovered |');
    const f = findingsOf('timeline-decision-points', text);
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('info');
  });

  it('passes with a rollback, failover or escalation', () => {
    const text = timeline('| 14:00 | Deploy |', '| 14:02 | Alert fired |', '| 14:04 | Escalated to the DB team |');
    expect(findingsOf('timeline-decision-points', text)).toEqual([]);
  });
});

describe('detection-lag', () => {
  const noLag = GOOD_POSTMORTEM.replace('Time to detect: 2 minutes.', '');

  it('passes when the timeline has the start before the first alert', () => {
    expect(findingsOf('detection-lag', noLag)).toEqual([]);
  });

  it('fires when the timeline starts at detection and nothing states the lag', () => {
    const text = withSection('Timeline', ['| Time | Event |', '|---|---|', '| 14:02 | Alert fired |', '| 14:05 | Rolled back |'].join('\n'), noLag);
    expect(findingsOf('detection-lag', text)).toHaveLength(1);
  });

  it.each(['Detection time: 12 minutes.', 'The problem was detected after 40 minutes.', 'It went undetected for two days.'])(
    'passes when stated: "%s"',
    (sentence) => {
      const text = withSection('Timeline', ['| Time | Event |', '|---|---|', '| 14:02 | Alert fired |', '', sentence].join('\n'), noLag);
      expect(findingsOf('detection-lag', text)).toEqual([]);
    },
  );
});
