import { describe, expect, it } from 'vitest';
import { parsePostmortem } from './parse-postmortem.ts';

/**
 * Issue 16, round 38: a lead word that opens a run of consecutive entries ("上午 11:30", "上午 11:33", "上午 11:38", then
 * "下午 12:01" …) is the clock's word for that stretch of the timeline (the half of the day), not a hedge, even when the
 * other half's word is carried by more entries.
 */
const precisions = (rows: readonly string[]): string[] =>
  parsePostmortem(['# X', '', '## 时间线', '', '| 时间 | 事件 |', '|---|---|', ...rows].join('\n')).doc.timeline.entries.map((e) => e.precision);

describe('a lead word opening a run of entries is the clock\'s word (round 38)', () => {
  it('keeps "上午" times precise beside a majority of "下午" ones', () => {
    const am = ['| 上午 11:30 | 发布活动 |', '| 上午 11:33 | 内存上升 |', '| 上午 11:38 | 内存 84% |'];
    const pm = ['| 下午 12:01 | 决定暂停 |', '| 下午 12:03 | 任务停止 |', '| 下午 12:06 | 打开降级开关 |', '| 下午 12:09 | 降级生效 |'];
    expect(new Set(precisions([...am, ...pm]))).toEqual(new Set(['minute']));
  });

  it('hard negative: a lead on a few scattered entries still marks them approximate', () => {
    const rows = ['| 11:30 | 发布活动 |', '| 大约 11:33 | 内存上升 |', '| 11:38 | 内存 84% |', '| 大约 11:41 | 告警 |', '| 11:45 | 决定暂停 |', '| 11:47 | 任务停止 |'];
    expect(precisions(rows)).toEqual(['minute', 'approximate', 'minute', 'approximate', 'minute', 'minute']);
  });
});
