/** Parts of the Markdown that are internal by nature: the front matter and HTML comments. */
import type { Span } from '../types.ts';

/** Where the body starts (after a `---` front-matter block), 0 without one. */
export function frontMatterEnd(text: string): number {
  if (!text.startsWith('---\n') && !text.startsWith('---\r\n')) return 0;
  const close = /\n---[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = 3;
  const m = close.exec(text);
  return m === null ? 0 : m.index + m[0].length;
}

/** The front matter (status, revision, owner, sections…) and every HTML comment (template prompts, notes). */
export function findDocumentParts(text: string, bodyStart: number): Span[] {
  const out: Span[] = [];
  if (bodyStart > 0) out.push({ start: 0, end: bodyStart, detector: 'front-matter', replacement: '' });
  for (let i = text.indexOf('<!--', bodyStart); i !== -1; i = text.indexOf('<!--', i + 4)) {
    const close = text.indexOf('-->', i + 4);
    const end = close === -1 ? text.length : close + 3;
    out.push({ start: i, end, detector: 'comment', replacement: '' });
    if (close === -1) break;
    i = end - 4;
  }
  return out;
}
