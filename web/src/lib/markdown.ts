/** Markdown preview: markdown-it with raw HTML disabled (its link validation drops javascript: URLs), task lists as checkboxes. */
import MarkdownIt from 'markdown-it';
import taskLists from '@hackmd/markdown-it-task-lists';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false }).use(taskLists, { enabled: false, label: true });

/** A YAML front matter block at the very start (`---` … `---`), as debrief/1 documents and published versions begin. */
const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** A template's prompt left in a section (`<!-- prompt: … -->`, src/domain/templates), and any other HTML comment. */
const TEMPLATE_PROMPT = /<!--\s*prompt:[\s\S]*?-->/g;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;

/**
 * Renders Markdown to safe HTML for the preview panes and published versions. A leading
 * front matter block is data for tools, not text for readers: it is left out (markdown-it
 * would print it as a rule and a paragraph, "format: debrief/1 id: … revision: 8"). HTML comments
 * are notes for writers (raw HTML is off, so they would print as text): a template's prompt reads
 * "Not written yet.", any other comment is left out.
 */
export function renderMarkdown(text: string): string {
  return md.render(text.replace(FRONT_MATTER, '').replace(TEMPLATE_PROMPT, '*Not written yet.*').replace(HTML_COMMENT, ''));
}
