import { parse as parseYaml } from 'yaml';

export type FrontMatter = { data: Record<string, unknown>; body: string; lineOffset: number; error: string | null };

const SIMPLE = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/;

/** Splits YAML front matter (`---` … `---`) from the Markdown; never throws. */
export function splitFrontMatter(text: string): FrontMatter {
  if (!text.startsWith('---\n')) return { data: {}, body: text, lineOffset: 0, error: null };
  const end = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.slice(3));
  if (!end) return { data: {}, body: text, lineOffset: 0, error: null };
  const yamlText = text.slice(4, end.index + 3);
  const body = text.slice(end.index + 3 + end[0].length);
  const lineOffset = text.slice(0, text.length - body.length).split('\n').length - 1;
  // Fast path for flat `key: value` front matter, the common case.
  const flat: Record<string, unknown> = {};
  let simple = true;
  for (const l of yamlText.split('\n')) {
    if (l.trim() === '' || l.startsWith('#')) continue;
    const m = SIMPLE.exec(l);
    const v = m?.[2]?.trim() ?? '';
    if (!m || v === '' || /^[[{|>&*!%@`]/.test(v) || v.includes(' #') || /^["']/.test(v) !== /["']$/.test(v)) {
      simple = false;
      break;
    }
    flat[m[1] ?? ''] = /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
  }
  if (simple) return { data: flat, body, lineOffset, error: null };
  try {
    const data: unknown = parseYaml(yamlText);
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) return { data: data as Record<string, unknown>, body, lineOffset, error: null };
    return { data: {}, body, lineOffset, error: 'front matter is not a mapping; ignored' };
  } catch (e) {
    return { data: {}, body, lineOffset, error: `front matter is not valid YAML (${e instanceof Error ? e.message.split('\n')[0] : 'unknown error'}); ignored` };
  }
}
