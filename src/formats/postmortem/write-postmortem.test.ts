import { describe, expect, it } from 'vitest';
import { buildPostmortem, withoutLines } from '../../../test/factories/postmortem.factory.ts';
import { BUILTIN_TEMPLATES } from '../../domain/templates/builtin-templates.ts';
import { newPostmortemFromTemplate } from './new-postmortem.ts';
import { parsePostmortem } from './parse-postmortem.ts';
import { writePostmortem } from './write-postmortem.ts';

describe('writePostmortem → parsePostmortem', () => {
  for (const t of BUILTIN_TEMPLATES) {
    it(`gives back the same filled-in document for the ${t.id} template`, () => {
      const doc = buildPostmortem(t);
      const { doc: back, warnings } = parsePostmortem(writePostmortem(doc));
      expect(withoutLines(back)).toEqual(withoutLines(doc));
      expect(warnings.filter((w) => !w.message.includes('free section'))).toEqual([]);
    });

    it(`gives back the same fresh draft for the ${t.id} template`, () => {
      const doc = newPostmortemFromTemplate(t, { id: 'INC-2024-01-05-002', title: 'Queue backlog', date: null });
      expect(withoutLines(parsePostmortem(writePostmortem(doc)).doc)).toEqual(withoutLines(doc));
    });
  }

  it('writes the timeline and action items as tables with ISO times', () => {
    const text = writePostmortem(buildPostmortem(BUILTIN_TEMPLATES[0]!));
    expect(text).toMatch(/^---\nformat: debrief\/1\n/);
    expect(text).toContain('| 2024-03-02T14:03:12Z | Config change pushed |');
    expect(text).toContain('| Key | Action | Owner | Priority | Due | Status |');
    expect(text).toContain('| A1 | Validate pool limits in CI | @dana | P1 | 2024-03-09 | open |');
  });

  it('keeps section prompts recognisable in a new draft', () => {
    const text = writePostmortem(newPostmortemFromTemplate(BUILTIN_TEMPLATES[1]!, { id: 'INC-2024-01-05-001', title: 'X', date: '2024-01-05' }));
    expect(text).toContain('<!-- prompt: 2-3 sentence summary');
  });
});
