/** Search snippets: the server marks matches as **word**; split them into plain and marked parts (rendered as text, never HTML). */
export type SnippetPart = { text: string; mark: boolean };

/** Splits a snippet on its ** markers; an unpaired marker is kept as text. */
export function snippetParts(snippet: string): SnippetPart[] {
  const pieces = snippet.split('**');
  if (pieces.length % 2 === 0) return [{ text: snippet, mark: false }];
  return pieces.map((text, i) => ({ text, mark: i % 2 === 1 })).filter((p) => p.text !== '');
}
