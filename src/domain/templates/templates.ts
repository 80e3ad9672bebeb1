import { BUILTIN_TEMPLATES } from './builtin-templates.ts';
import type { CustomTemplate, PostmortemTemplate } from './template.types.ts';

/** Built-in templates followed by the team's own; a custom template with a built-in id replaces it. */
export function resolveTemplates(custom: readonly CustomTemplate[] = []): PostmortemTemplate[] {
  const byId = new Map<string, PostmortemTemplate>();
  for (const t of BUILTIN_TEMPLATES) byId.set(t.id, t);
  for (const t of custom) byId.set(t.id, { id: t.id, name: t.name, description: t.description, sections: t.sections.map((x) => ({ ...x })) });
  return [...byId.values()];
}

/** Finds a template by id, or null. */
export function findTemplate(templates: readonly PostmortemTemplate[], id: string): PostmortemTemplate | null {
  return templates.find((t) => t.id === id) ?? null;
}

/** Marks a prompt as placeholder text, so lint rules can flag it when left in. */
export function promptPlaceholder(prompt: string): string {
  return `<!-- prompt: ${prompt.replace(/--+>?/g, '-')} -->`;
}

const PROMPT_RE = /<!--\s*prompt:[\s\S]*?-->/;

/** True when a section body still holds a template prompt. */
export function hasPromptPlaceholder(body: string): boolean {
  return PROMPT_RE.test(body);
}
