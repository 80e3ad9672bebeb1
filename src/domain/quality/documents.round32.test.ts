import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { lintPostmortem } from './index.ts';
import { QualityConfigSchema } from './quality.config.ts';

/**
 * Issue 16, round 32 (documents): timeline readers by shape — a clock written with the hour's and minute's characters
 * ("14時30分"), with a dot that opens the entry ("16.30 — …", "sekitar pukul 15.00"), a date and a time in semicolon
 * cells ("2027-06-14;06:05;…"), a chat header with its day ("Maria — Today at 14:03"), a clock told in English prose
 * ("A little after half past two, …"); gaps that a bound ("older than 48 hours"), a measured wait ("queue wait back
 * under 30 s") do not explain, and a reading still under its threshold at a gap's start that does. Every sentence here
 * is written for the test.
 */
const lint = (text: string) => {
  const { doc } = parsePostmortem(text);
  return { doc, findings: lintPostmortem(doc, text, { config: QualityConfigSchema.parse({}) }) };
};
const gapLines = (text: string) => lint(text).findings.filter((f) => f.rule === 'timeline-gap').map((f) => f.line);
const doc = (lines: string[]) => ['# Outage', '', '## Timeline', '', ...lines, '', '## Root cause', '', 'A cache key changed.'].join('\n');

describe('a clock written with the hour\'s and minute\'s characters (round 32)', () => {
  it.each([
    ['- 9時05分：倉庫から連絡', '- 9時40分：復旧を確認'],
    ['- 9点05分：仓库来电', '- 9点40分：确认恢复'],
    ['- 9시 05분: 창고에서 연락', '- 9시 40분: 복구 확인'],
  ])('"%s" / "%s" are entries with their clock, and the 35 minutes between them a gap', (a, b) => {
    const { doc: d } = lint(doc([a, b]));
    expect(d.timeline.entries).toHaveLength(2);
    expect(gapLines(doc([a, b]))).toEqual([6]);
  });
  it('a count with a counter word is no clock ("14台停止")', () => {
    expect(lint(doc(['- 14台停止', '- 9時40分：復旧'])).doc.timeline.entries.map((e) => e.asWritten)).toEqual(['9時40分']);
  });
});

describe('a clock written with a dot that opens the entry (round 32)', () => {
  it('"16.30 — …" is a time, and "sekitar pukul 15.00 — …" an approximate one', () => {
    const text = doc(['- sekitar pukul 15.00 — antrean mulai menumpuk.', '- 15.40 — alert menyala.', '- 16.30 — Tim memutuskan restart layanan.']);
    const { doc: d, findings } = lint(text);
    expect(d.timeline.entries.map((e) => e.asWritten)).toEqual(['sekitar pukul 15.00', '15.40', '16.30']);
    expect(findings.some((f) => f.rule === 'timeline-precision' && f.line === 5)).toBe(true);
    expect(findings.filter((f) => f.rule === 'timeline-gap').map((f) => f.line)).toEqual([7]);
  });
  it('a decimal is still a number ("- 1.50 litres were lost", "Version 16.30 shipped")', () => {
    const { doc: d } = lint(doc(['- 09:00 Tank drains.', '- 1.50 litres were lost.', '- Version 16.30 shipped later.']));
    expect(d.timeline.entries.map((e) => e.asWritten)).toEqual(['09:00']);
  });
});

describe('a date and a time in cells joined by semicolons (round 32)', () => {
  it('each row is an entry at its time, so the order and the gaps are read', () => {
    const text = doc(['Date;Time;Who;What', '2027-03-02;10:00;Ops;Export starts', '2027-03-02;10:40;Ops;Customers report empty files', '2027-03-02;10:35;Ops;Export marked done']);
    const { doc: d, findings } = lint(text);
    expect(d.timeline.entries.map((e) => e.asWritten)).toEqual(['2027-03-02;10:00', '2027-03-02;10:40', '2027-03-02;10:35']);
    expect(findings.some((f) => f.rule === 'timeline-order')).toBe(true);
    expect(findings.some((f) => f.rule === 'timeline-gap' && f.line === 7)).toBe(true);
  });
});

describe('a chat export\'s header with the day before the time (round 32)', () => {
  it('"Maria — Today at 14:03" starts a message by Maria at 14:03', () => {
    const text = doc(['**Maria** — Today at 14:03', 'checkout throwing 500s', '', '**Tom** — Today at 14:09', 'looking at the pods', '', '**Maria** — Yesterday at 14:41', 'rolled back']);
    const { doc: d } = lint(text);
    expect(d.timeline.entries.map((e) => e.asWritten)).toEqual(['14:03', '14:09', '14:41']);
    expect(d.timeline.entries.every((e) => !/today|yesterday/i.test(e.text))).toBe(true);
  });
  it('a line of words with a time at its end is not a header ("We met today at 14:03 and it went on")', () => {
    const { doc: d } = lint(doc(['- 14:00 Alarm.', 'We met today at 14:03 and agreed the plan.']));
    expect(d.timeline.entries).toHaveLength(1);
  });
});

describe('a clock told in English prose at an entry\'s start (round 32)', () => {
  it.each(['A little after half past two, Tom restarts the pods.', 'By quarter to four the queue is empty.', 'Just before five, the on-call closes the ticket.', "At ten o'clock: support posts an update."])(
    '"%s" is an entry whose time is not precise',
    (line) => {
      const { doc: d, findings } = lint(doc(['- 14:02 Checkout fails.', `- ${line}`, '- 18:10 Incident closed.']));
      expect(d.timeline.entries).toHaveLength(3);
      expect(findings.some((f) => f.rule === 'timeline-precision' && f.line === 6)).toBe(true);
    },
  );
  it.each(['After two retries the job gives up.', 'Before one of the pods restarts, logs are copied.', 'By then the queue is empty.'])('"%s" is no time', (line) => {
    const { findings } = lint(doc(['- 14:02 Checkout fails.', `- ${line}`, '- 14:06 Incident closed.']));
    expect(findings.some((f) => f.rule === 'timeline-precision' && f.line === 6)).toBe(false);
  });
});

describe('what a gap\'s words measure (round 32)', () => {
  const two = (a: string, b: string) => gapLines(doc([`- 10:00 ${a}`, `- 10:40 ${b}`]));
  it.each([
    ['Clerk confirms invoices older than 72 hours are missing.', 'Clerk finds the purge job.'],
    ['Nine refunds above £500 within 10 minutes.', 'Float drops below the floor.'],
    ['Rollback finished.', 'Call queue wait back under 20 s.'],
    ['Rollback finished.', 'Hold wait time back to normal.'],
  ])('"%s" / "%s": a bound, a window or a measured wait leaves the time unexplained', (a, b) => {
    expect(two(a, b)).toEqual([6]);
  });
  it.each([
    ['Clerk has waited 40 minutes for the vendor.', 'Vendor calls back.'],
    ['Rollback finished.', 'We wait until the caches expire, then check again.'],
    ['Deploy completes; load still below the morning peak.', 'Error rate climbs.'],
    ['Backlog at 3 minutes, under the 15-minute alert threshold.', 'Alert fires.'],
  ])('"%s" / "%s": the time is accounted for', (a, b) => {
    expect(two(a, b)).toEqual([]);
  });
});

describe('a declared root cause in Japanese, Chinese or Korean (round 32)', () => {
  const rc = (body: string) => lint(['# 障害', '', '## 原因 / Root cause', '', body].join('\n')).findings.filter((f) => f.rule === 'surface-cause');
  it.each(['原因：運用担当の設定ミス。', '根本原因：网关的超时配置错误。', '根因: 操作失误导致证书被删除。', '원인: 배포 담당자의 설정 오류.'])('"%s" stops at the trigger', (body) => {
    expect(rc(body)).toHaveLength(1);
  });
  it.each(['原因：設定ミス。設定ファイルを検証する仕組みがなかったため、誤った値がそのまま本番に入った。', '根本原因：配置错误，而且发布流程没有校验配置。', '원인: 설정 오류. 배포 전에 검증이 없었다.'])(
    '"%s" says what the system lacked',
    (body) => {
      expect(rc(body)).toHaveLength(0);
    },
  );
});

describe('a defence in Indonesian (round 32)', () => {
  const defensive = (line: string) => lint(['# Insiden', '', '## Akar Masalah', '', `Sertifikat bank kedaluwarsa. ${line}`].join('\n')).findings.some((f) => f.rule === 'defensive');
  it.each(['Operator sudah mengikuti runbook dengan benar.', 'Gangguan ini di luar kendali kami.', 'Ini bukan kesalahan kami.'])('"%s" defends', (line) => {
    expect(defensive(line)).toBe(true);
  });
  it.each(['Operator mengikuti runbook, tetapi runbook tidak memuat langkah rotasi.', 'Kami akan menambahkan pemantauan masa berlaku sertifikat.'])('"%s" does not', (line) => {
    expect(defensive(line)).toBe(false);
  });
});

describe('linear time on the round 32 forms', () => {
  it('written clocks and chat headers stay linear on long runs', () => {
    const t = (n: number) =>
      `## Timeline\n\n${'- 9時05分：a\n- 16.30 — b\n2027-03-02;10:00;c;d\n**Maria** — Today at 14:03\nx\n'.repeat(n)}- ${'9時'.repeat(n)}\n- ${'16.3 '.repeat(n)}\n**${'Today at '.repeat(n)}** 14:03\n`;
    expect(growthRatio(t, (s) => lint(s), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('prose clocks and gap measures stay linear on long runs', () => {
    const t = (n: number) =>
      `## Timeline\n\n- 10:00 ${'older than '.repeat(n)}x\n- ${'a little after '.repeat(n)}half past two, x\n- 10:40 ${'wait '.repeat(n)}\n- 11:20 ${'below the '.repeat(n)}peak\n- 12:00 y\n`;
    expect(growthRatio(t, (s) => lint(s), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
  it('CJK causes stay linear on long runs', () => {
    const t = (n: number) => `## 原因\n\n原因：${'設定'.repeat(n)}ミス ${'没有'.repeat(n)}\n`;
    expect(growthRatio(t, (s) => lint(s), { from: 100, upTo: 8000 })).toBeLessThan(12);
  });
});
