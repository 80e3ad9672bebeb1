/** Markdown preview: markdown-it with raw HTML disabled (its link validation drops javascript: URLs). */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Renders Markdown to safe HTML for the preview panes. */
export function renderMarkdown(text: string): string {
  return md.render(text);
}
