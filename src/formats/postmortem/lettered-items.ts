// Round 26: an outline's lettered points ("   A. TBD", "   B. 06:10 matcher starts dropping loads", a word processor's
// outline saved as text), which Markdown reads as one paragraph: each letter becomes a bullet of the same width, so the
// points are list items on the same lines and columns, and the numbered points indented below them their sub-items.

/** A lettered point, indented one to three spaces: its indent, its letter and the spaces after the letter's dot. */
const POINT = /^( {1,3})([A-Za-z])[.)]( {1,3})(?=\S)/;
const FENCE = /^ {0,3}(?:```|~~~)/;

/** Rewrites each run of lettered points (A, B, C … in order, from A) as bullets; other lines are left as they are. */
export function letteredItems(markdown: string): string {
  if (!/^ {1,3}[Aa][.)] /m.test(markdown)) return markdown;
  const lines = markdown.split('\n');
  let inFence = false;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (FENCE.test(lines[i]!)) inFence = !inFence;
    if (inFence) continue;
    const first = POINT.exec(lines[i]!);
    if (first === null || (first[2] !== 'A' && first[2] !== 'a') || (i > 0 && POINT.exec(lines[i - 1]!) !== null)) continue;
    // The run: points in order at one indent; blank lines and lines indented deeper than the letter between them.
    const indent = first[1]!.length;
    const base = first[2].charCodeAt(0);
    const at: number[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      const m = POINT.exec(l);
      if (m !== null && m[1]!.length === indent) {
        if (m[2]!.charCodeAt(0) !== base + at.length) break;
        at.push(j);
        continue;
      }
      if (l.trim() === '' || l.length - l.trimStart().length > indent) continue;
      break;
    }
    for (const k of at) {
      const m = POINT.exec(lines[k]!)!;
      lines[k] = `${m[1]}- ${m[3]}${lines[k]!.slice(m[0].length)}`;
    }
    changed = true;
    i = j - 1;
  }
  return changed ? lines.join('\n') : markdown;
}
