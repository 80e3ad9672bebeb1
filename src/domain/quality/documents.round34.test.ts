import { describe, expect, it } from 'vitest';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { classifyHeading } from '../../formats/postmortem/section-names.ts';
import { foreignTimeCell, foreignTimeLead } from '../../formats/postmortem/foreign-time-words.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 34 (documents): section names in Japanese, Chinese, Korean, Vietnamese, Czech, Russian and Arabic
 * written without an English gloss; an action table's owner and due columns named in those languages; an hour with a
 * part of the day after it and a colon closing it ("Khoảng 8 giờ sáng:", "حوالي الساعة 9 صباحاً"); gaps filled by a
 * length or an activity under way written in those scripts ("移動に 7分", "調査継続中"); the time to detect stated in
 * another language, or left "unknown"; a denied trigger ("ヒューマンエラーではありません"); a root cause that only
 * defends. Every sentence here is written for the test.
 */
const lint = (text: string) => {
  const { doc } = parsePostmortem(text);
  return { doc, findings: lintPostmortem(doc, text, { config: DEFAULT_QUALITY_CONFIG }) };
};
const rules = (text: string) => lint(text).findings.map((f) => f.rule);

describe('section names in more languages, without a gloss (round 34)', () => {
  it.each([
    ['概要', 'summary'], ['影響範囲', 'impact'], ['タイムライン（日本標準時 JST）', 'timeline'], ['根本原因', 'rootCause'],
    ['寄与要因', 'contributingFactors'], ['うまくいったこと', 'whatWentWell'], ['うまくいかなかったこと', 'whatWentWrong'],
    ['再発防止策', 'actionItems'], ['一、概述', 'summary'], ['时间线', 'timeline'], ['改进措施', 'actionItems'],
    ['근본 원인', 'rootCause'], ['잘된 점', 'whatWentWell'], ['후속 조치', 'actionItems'],
    ['Tóm tắt', 'summary'], ['Diễn biến', 'timeline'], ['Nguyên nhân gốc', 'rootCause'], ['Hành động khắc phục', 'actionItems'],
    ['Shrnutí', 'summary'], ['Časová osa', 'timeline'], ['Hlavní příčina', 'rootCause'], ['Nápravná opatření', 'actionItems'],
    ['Co se povedlo', 'whatWentWell'], ['Хронология', 'timeline'], ['Коренная причина', 'rootCause'], ['Что пошло не так', 'whatWentWrong'],
    ['الملخص', 'summary'], ['التأثير', 'impact'], ['التسلسل الزمني', 'timeline'], ['السبب الجذري', 'rootCause'], ['الإجراءات التصحيحية', 'actionItems'],
  ])('reads "%s" as %s', (heading, key) => {
    expect(classifyHeading(heading)).toBe(key);
  });
  it.each([['付録'], ['参考資料リンク'], ['Příloha'], ['Приложение']])('leaves "%s" unread (no review section)', (heading) => {
    expect(classifyHeading(heading)).toBeNull();
  });
  it('a Japanese review with every section named reports none missing', () => {
    const text = ['# 障害報告', '', '## 概要', '', '停止した。', '', '## 影響', '', '120 件。', '', '## タイムライン', '', '- 10:00 停止', '', '## 根本原因', '', 'x', '', '## アクションアイテム', '', '- y'].join('\n');
    expect(rules(text)).not.toContain('missing-section');
  });
});

describe("an action table's owner and due columns in more languages (round 34)", () => {
  const table = (head: string, row: string) => ['# X', '', '## Action items', '', head, '|---|---|---|---|', row].join('\n');
  it.each([
    ['| # | 内容 | 担当 | 期限 |', '| 1 | 照合機能を追加する | 小林 大輔 | 2026-07-17 |'],
    ['| STT | Hành động | Người phụ trách | Hạn |', '| 1 | Viết hướng dẫn cấu hình | Trần Văn Hùng | 30/10/2026 |'],
    ['| رقم | الإجراء | المسؤول | الموعد |', '| 1 | إضافة تحقق من القيم | سارة القحطاني | 2026-12-15 |'],
    ['| Č. | Opatření | Odpovědná osoba | Termín |', '| 1 | Vyměnit ventil | Radek Novotný | 2026-09-30 |'],
  ])('%s: the owner and due date are read', (head, row) => {
    const item = parsePostmortem(table(head, row)).doc.actionItems[0];
    expect(item?.owner).toBeTruthy();
    expect(item?.due).toBeTruthy();
  });
  it('an empty owner cell under such a header is still no owner', () => {
    const item = parsePostmortem(table('| # | 内容 | 担当 | 期限 |', '| 1 | 監視を強化する | | |')).doc.actionItems[0];
    expect(item?.owner ?? null).toBeNull();
  });
});

describe('an hour with a part of the day, closed by a colon (round 34)', () => {
  it.each([['Khoảng 8 giờ sáng'], ['Tầm 9h'], ['حوالي الساعة 9 صباحاً'], ['بعد الظهر'], ['ليلة السبت'], ['gegen 15 Uhr nachmittags']])('"%s" is an approximate time cell', (cell) => {
    expect(foreignTimeCell(cell)).toBe(cell);
  });
  it.each([['10:15'], ['9:40'], ['Hlavní příčina']])('"%s" is not', (cell) => {
    expect(foreignTimeCell(cell)).toBeNull();
  });
  it('an entry opening with "khoảng 8 giờ:" has that imprecise time; one opening with "khoảng 8:40" is left to the clock reader', () => {
    expect(foreignTimeLead('khoảng 8 giờ: bệnh nhân gọi tổng đài')?.asWritten).toBe('khoảng 8 giờ');
    expect(foreignTimeLead('around 15:40: x')?.asWritten).toBe('around 15:40');
  });
});

describe('gaps filled in Japanese, Chinese, Korean and other scripts (round 34)', () => {
  const doc = (a: string, b: string) => ['# X', '', '## Timeline', '', `- ${a}`, `- ${b}`, '', '## Root cause', '', 'A cache key changed.'].join('\n');
  it.each([
    ['14:07 保全係が到着し、リーダーを点検。', '14:15 生産技術が到着（移動に 7分）。'],
    ['14:22 情報システム課へエスカレーション。', '14:48 調査継続中。変更履歴を確認。'],
    ['10:00 值班工程师开始排查。', '10:20 等了20分钟后供应商回复。'],
    ['10:00 공급업체 회신 대기.', '10:20 회신 도착.'],
    ['10:00 Nhóm đang chờ nhà cung cấp.', '10:20 Nhà cung cấp trả lời.'],
  ])('"%s" → "%s" is explained', (a, b) => {
    expect(rules(doc(a, b))).not.toContain('timeline-gap');
  });
  it.each([
    ['14:07 保全係が到着。', '14:25 ラインを再開。'],
    ['10:00 Nhóm khởi động lại dịch vụ.', '10:20 Cổng hiển thị lại.'],
  ])('"%s" → "%s" is not', (a, b) => {
    expect(rules(doc(a, b))).toContain('timeline-gap');
  });
});

describe('the time to detect in another language (round 34)', () => {
  const doc = (line: string) => ['# X', '', '## Summary', '', line, '', '## Timeline', '', '- 10:00 Deploy.', '', '## Root cause', '', 'x'].join('\n');
  it.each([['検知までの時間：**0分**'], ['发现耗时：5 分钟'], ['탐지까지 걸린 시간: 3분'], ['Zeit bis zur Erkennung: 12 Minuten'], ['Thời gian phát hiện: 20 phút']])('"%s" states it', (line) => {
    expect(rules(doc(line))).not.toContain('detection-lag');
  });
  it.each([['Thời gian phát hiện: chưa rõ.'], ['検知までの時間：不明'], ['Time to detect: unknown']])('"%s" leaves it unstated', (line) => {
    expect(rules(doc(line))).toContain('detection-lag');
  });
});

describe('root causes that deny a trigger or only defend (round 34)', () => {
  const doc = (body: string[]) => ['# X', '', '## Root cause', '', ...body].join('\n');
  it('a Japanese trigger the sentence denies is no surface cause when the lack is named', () => {
    expect(rules(doc(['マスタ更新の前に、タグと突き合わせる検証ステップがなかった。', '', 'これはヒューマンエラーではありません。']))).not.toContain('surface-cause');
  });
  it('the same trigger asserted, with nothing the system lacked, is', () => {
    expect(rules(doc(['原因はヒューマンエラーです。']))).toContain('surface-cause');
  });
  it('a section that only defends stops at the event it names', () => {
    expect(rules(doc(['The vendor update changed the default device. Nothing could have prevented this.']))).toContain('surface-cause');
  });
  it('a defence beside the check the system lacked does not', () => {
    expect(rules(doc(['The vendor update changed the default device, and no check confirmed the encoder input after an update. Nothing could have prevented the update itself.']))).not.toContain('surface-cause');
  });
  it.each([['Lỗi do con người: nhân viên nhập sai địa chỉ máy chủ.'], ['قيمة خاطئة في جدول التعرفة.']])('"%s" stops at the trigger', (line) => {
    expect(rules(doc([line]))).toContain('surface-cause');
  });
});

describe('stand-ins with a note, and an empty "What went well" heading (round 34)', () => {
  const doc = (key: string, body: string) =>
    ['# X', '', '## Summary', '', 'The portal stopped.', '', '## Timeline', '', '- 10:00 Deploy.', '', `## ${key}`, '', body, '', '## Action items', '', '- Add a check (@ana, 2026-01-10)'].join('\n');
  const emptyAt = (text: string) => lint(text).findings.filter((f) => f.rule === 'empty-section').map((f) => f.quote);
  it.each([['TODO – uzupełnić po rozmowie z dostawcą'], ['_To be completed after the review meeting._'], ['TBD: waiting on the vendor'], ['_No response_']])('a root cause holding only "%s" is empty', (body) => {
    expect(emptyAt(doc('Root cause', body))).toEqual(['Root cause']);
  });
  it.each([['TODO: the retry queue overflowed because nothing capped it.'], ['To be fair, the cache key changed without a version bump, and no test covered it.']])('"%s" is written', (body) => {
    expect(emptyAt(doc('Root cause', body))).toEqual([]);
  });
  it('a "What went well" heading with only a comment under it is an empty section; with none at all it is the missing rule\'s', () => {
    expect(emptyAt(doc('What went well', '<!-- prompt: at least three points -->'))).toEqual(['## What went well']);
    expect(emptyAt(doc('Lessons learned', 'Caches need versions.'))).toEqual([]);
  });
});
