import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../formats/postmortem/section-names.ts';
import { BUILTIN_TEMPLATES } from './builtin-templates.ts';
import { FOCUS_QUESTIONS } from './focus-questions.ts';
import { CustomTemplatesSchema, INCIDENT_TYPES } from './template.types.ts';
import { findTemplate, hasPromptPlaceholder, promptPlaceholder, resolveTemplates } from './templates.ts';

describe('templates', () => {
  it('ships full, concise, sre and framework, each with summary, timeline, root cause and action items', () => {
    expect(BUILTIN_TEMPLATES.map((t) => t.id)).toEqual(['full', 'concise', 'sre', 'framework']);
    for (const t of BUILTIN_TEMPLATES) {
      expect(t.sections.map((s) => s.key)).toEqual(expect.arrayContaining(['summary', 'timeline', 'rootCause', 'actionItems']));
      expect(new Set(t.sections.map((s) => s.heading)).size).toBe(t.sections.length);
    }
  });

  it('has focus questions for every incident type', () => {
    for (const type of INCIDENT_TYPES) expect(FOCUS_QUESTIONS[type].length).toBeGreaterThan(0);
  });

  it('adds a custom template from config and lets it replace a built-in by id', () => {
    const custom = CustomTemplatesSchema.parse([
      { id: 'tiny', name: 'Tiny', sections: [{ key: 'summary', heading: 'What happened' }] },
      { id: 'concise', name: 'Our concise', sections: [{ key: 'summary', heading: 'Summary', required: true }] },
    ]);
    const all = resolveTemplates(custom);
    expect(all.map((t) => t.id)).toEqual(['full', 'concise', 'sre', 'framework', 'tiny']);
    expect(findTemplate(all, 'concise')?.name).toBe('Our concise');
    expect(findTemplate(all, 'tiny')?.sections[0]).toEqual({ key: 'summary', heading: 'What happened', prompt: '', required: false });
  });

  it('refuses a custom template with an unknown section key', () => {
    const r = CustomTemplatesSchema.safeParse([{ id: 'x', name: 'X', sections: [{ key: 'nope', heading: 'A' }] }]);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['0.sections.0.key']);
  });

  it('refuses a custom template with a duplicate heading', () => {
    const r = CustomTemplatesSchema.safeParse([{ id: 'x', name: 'X', sections: [{ key: 'impact', heading: 'A' }, { key: 'summary', heading: 'a' }] }]);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['0.sections.1.heading']);
  });

  it('marks prompts so that a left-in prompt is recognisable', () => {
    expect(hasPromptPlaceholder(`Some text\n${promptPlaceholder('Say what broke --> here')}`)).toBe(true);
    expect(hasPromptPlaceholder('Done.')).toBe(false);
  });

  it('uses headings the reader maps back to most section keys', () => {
    const mismatched = BUILTIN_TEMPLATES.flatMap((t) => t.sections.filter((s) => classifyHeading(s.heading) !== s.key).map((s) => `${t.id}:${s.heading}`));
    expect(mismatched.length).toBeLessThanOrEqual(2);
  });
});
