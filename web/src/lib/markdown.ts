/** Markdown preview: markdown-it with raw HTML disabled (its link validation drops javascript: URLs), task lists as checkboxes. */
import MarkdownIt from 'markdown-it';
import taskLists from '@hackmd/markdown-it-task-lists';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false }).use(taskLists, { enabled: false, label: true });

/** Renders Markdown to safe HTML for the preview panes. */
export function renderMarkdown(text: string): string {
  return md.render(text);
}
