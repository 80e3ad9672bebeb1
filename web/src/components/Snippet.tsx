import { snippetParts } from '../lib/snippet.ts';

/** A search snippet with its matches highlighted. */
export function Snippet({ text }: { text: string }) {
  return <span className="snippet">{snippetParts(text).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</span>;
}
