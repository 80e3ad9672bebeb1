/** Types for @hackmd/markdown-it-task-lists (the package ships none). */
declare module '@hackmd/markdown-it-task-lists' {
  import type MarkdownIt from 'markdown-it';

  const taskLists: (md: MarkdownIt, options?: { enabled?: boolean; label?: boolean; labelAfter?: boolean }) => void;
  export default taskLists;
}
