import { toBlocks, type Block } from './blocks.ts';
import type { StreamItem } from './outline.ts';
import { withoutHtmlComments } from '../../domain/text.ts';

function sentence(text: string): string | null {
  const t = withoutHtmlComments(text).replace(/\s+/g, ' ').trim();
  if (t === '') return null;
  const m = /^(.+?[.!?])(?=\s+[A-Z0-9("'`]|$)/.exec(t);
  return (m?.[1] ?? t).trim();
}

function fromBlock(b: Block): string | null {
  if (b.type === 'paragraph') return sentence(b.inline.text);
  if (b.type === 'list') {
    for (const it of b.items) for (const x of it.blocks) {
      const s = fromBlock(x);
      if (s !== null) return s;
    }
  }
  return null;
}

/** First sentence of the first paragraph or list item among the stream's blocks, or null. */
export function firstSentenceOfStream(stream: readonly StreamItem[]): string | null {
  for (const s of stream) {
    if (s.kind !== 'block') continue;
    const r = fromBlock(s.block);
    if (r !== null) return r;
  }
  return null;
}

/** First sentence of a section body written in Markdown, or null (prompts and comments don't count). */
export function firstSentence(markdown: string): string | null {
  return firstSentenceOfStream(toBlocks(markdown).map((block) => ({ kind: 'block' as const, block })));
}
