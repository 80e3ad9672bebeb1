import { diffWordsWithSpace } from 'diff';

/** A word-level diff of two texts: removed text struck through, added text highlighted. */
export function DiffView({ from, to }: { from: string; to: string }) {
  const parts = diffWordsWithSpace(from, to);
  return (
    <pre className="diff">
      {parts.map((p, i) => p.added ? <ins key={i}>{p.value}</ins> : p.removed ? <del key={i}>{p.value}</del> : <span key={i}>{p.value}</span>)}
    </pre>
  );
}
