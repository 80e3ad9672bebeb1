/**
 * Round 21: a list of bullet characters with hanging indents, as a PDF or a word processor converted to text writes it:
 *
 *   •  Add a release-gate check in the CI pipeline that calls every
 *      endpoint against staging. Owner: Wojciech Nowak. Due: 2026-09-12.
 *
 * The indented lines continue the item above them. Such a run is rewritten as a Markdown list ("-" for "•", same
 * columns), so each item keeps its following lines; a run with no hanging line is left to the paragraph reader.
 */
const BULLET = /^([ \t]{0,8})[•▪◦‣]([ \t]{1,8})(?=\S)/;
const INDENT = /^[ \t]*/;

export function hangingBullets(markdown: string): string {
  if (!/[•▪◦‣]/.test(markdown)) return markdown;
  const lines = markdown.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!BULLET.test(lines[i]!)) continue;
    let j = i;
    let col = 0;
    let hanging = false;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      const b = BULLET.exec(l);
      if (b) { col = b[0].length; continue; }
      const indent = INDENT.exec(l)![0].length;
      if (l.trim() === '' || indent < 2 || indent > col + 2) break;
      hanging = true;
    }
    if (hanging) {
      for (let k = i; k < j; k++) lines[k] = lines[k]!.replace(BULLET, '$1-$2');
      changed = true;
    }
    i = j - 1 < i ? i : j - 1;
  }
  return changed ? lines.join('\n') : markdown;
}
