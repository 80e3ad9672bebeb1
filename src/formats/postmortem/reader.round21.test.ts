import { describe, expect, it } from 'vitest';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from '../../domain/quality/index.ts';
import { foreignMarkup } from './foreign-markup.ts';
import { parsePostmortem } from './parse-postmortem.ts';

/**
 * Issue 16, round 21: the reader on the export shapes of this round. An outliner's block properties under an item
 * ("owner:: [[Name]]", "due:: [[May 15th, 2026]]") are the item's fields.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const lines = (md: string, rule: string) => lint(md).filter((f) => f.rule === rule).map((f) => f.line);

const outline = [
  'title:: Greenhouse vents left shut', // 1
  '',
  '- ## Summary', // 3
  '\t- The vents stayed shut for three hours after a controller update.',
  '- ## Action items', // 5
  '\t- TODO Add a vent-position alert on the greenhouse dashboard when a vent is shut above 30 °C',
  '\t  owner:: [[Ines Duarte]]',
  '\t  due:: [[Jun 2nd, 2027]]',
  '\t- LATER Some kind of reminder would help', // 9
].join('\n');

describe('an outliner block property under an item (round 21)', () => {
  it('reads "owner:: [[Name]]" and "due:: [[date]]" as the item\'s owner and due date', () => {
    const md = foreignMarkup(outline);
    expect(md.split('\n')[6]).toBe('  owner: Ines Duarte');
    const item = parsePostmortem(outline).doc.actionItems.find((a) => a.line === 6);
    expect(item?.owner).toBe('Ines Duarte');
    expect(item?.due).toBe('2027-06-02');
  });

  it('the item with its properties has neither an owner nor a due finding; the bare one has both', () => {
    expect(lines(outline, 'action-item-owner')).toEqual([9]);
    expect(lines(outline, 'action-item-due')).toEqual([9]);
  });

  it('a property line outside an outline is left as it is', () => {
    const md = '# X\n\n## Action items\n\n- Add an alert\n  owner:: [[Ines]]\n';
    expect(foreignMarkup(md)).toBe(md);
  });
});
