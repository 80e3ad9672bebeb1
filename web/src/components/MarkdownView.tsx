import { useMemo } from 'react';
import { renderMarkdown } from '../lib/markdown.ts';

/** Rendered Markdown (sanitized: no raw HTML). */
export function MarkdownView({ text, label }: { text: string; label?: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  return <div className="markdown" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
