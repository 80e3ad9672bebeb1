import { describe, expect, it } from 'vitest';
import { completionCell, itemCell, pipeCells } from './action-items.row.round37.ts';

/**
 * Issue 16, round 37: an action item in a table row is read with its row's other cells — past a tracker's key in the
 * first column, and with a completion cell in a column the header names in any language (action-items.row.round37.ts).
 * Rows written for these tests.
 */
describe('an action item read with its row (round 37)', () => {
  it('the item past a tracker key in the first column', () => {
    const row = pipeCells('| 4410027 | Page the data on-call when `ingest_lag_seconds` stays above 600 for 10 minutes | Ana Ruiz | 2025-02-03 | |');
    expect(itemCell('4410027', row)).toBe('Page the data on-call when `ingest_lag_seconds` stays above 600 for 10 minutes');
    expect(itemCell('OPS-88', pipeCells('| OPS-88 | Rotate the signing key | Ana | 2025-02-03 |'))).toBe('Rotate the signing key');
  });
  it('an item with words stays itself', () => {
    expect(itemCell('Improve monitoring', pipeCells('| 7 | Improve monitoring | Ana | Q3 |'))).toBe('Improve monitoring');
  });
  it.each([
    ['| 2 | Lägg till larm på kölängd | Per Ek | 2025-03-01 | Larmet har utlösts en gång i testmiljön |', 'Lägg till larm på kölängd', 'Larmet har utlösts en gång i testmiljön'],
    ['| 1 | 在库校验加入上传流程 | 王磊 | 2025-03-01 | 测试环境中不合格数据被拒绝上传 |', '在库校验加入上传流程', '测试环境中不合格数据被拒绝上传'],
  ])('a sentence in a later cell of "%s" is its completion', (raw, item, done) => {
    expect(completionCell(pipeCells(raw), item)).toBe(done);
  });
  it.each([
    ['| Improve monitoring | Dana Whitfield | Nov 6, 2026 | Open |', 'Improve monitoring'],
    ['| 4 | Review the runbook | @sbakker | 2024-05-31 | QA-goedkeuring | Gesloten 22-05 |', 'Review the runbook'],
    ['| 1 | 监控改进 | 王磊 | 2024年6月7日 |', '监控改进'],
    ['| 1 | Operators to be more careful at night | Shift leads | before the winter rota starts |', 'Operators to be more careful at night'],
    ['| 1 | ปรับปรุงการมอนิเตอร์ | ณัฐพล ศรีสุข | 31 ม.ค. 2568 |', 'ปรับปรุงการมอนิเตอร์'],
  ])('owners, dates and statuses in "%s" are no completion', (raw, item) => {
    expect(completionCell(pipeCells(raw), item)).toBeNull();
  });
});
