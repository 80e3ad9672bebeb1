// Round 25: a forum's or a help desk's BBCode ("[b]Next steps[/b]", "[list]" / "[*]…" / "[/list]") read as Markdown on
// the same lines and columns: list tags are blank lines, "[*]" a bullet, a bold line of its own a heading.
import { classifyHeading } from './section-names.ts';

const LIST_TAG = /^[ \t]*\[\/?list(?:=[^\]\n]{0,10})?\][ \t]*$/i;
const ITEM = /^([ \t]{0,12})\[\*\]/;
const BOLD_LINE = /^([ \t]{0,3})\[b\]([^[\]\n]{1,120})\[\/b\][ \t]*$/i;

/** Whether the text is BBCode: a list tag on a line of its own and an item marked "[*]". */
export function isBbcode(lines: readonly string[]): boolean {
  return lines.some((l) => LIST_TAG.test(l)) && lines.some((l) => ITEM.test(l));
}

/** The line as Markdown (the same length or shorter, its text in the same columns), or null when it has no BBCode to read. */
export function bbcodeLine(l: string, first: boolean): string | null {
  if (LIST_TAG.test(l)) return '';
  const item = ITEM.exec(l);
  if (item) return `${item[1]}-  ${l.slice(item[0].length).trimStart()}`;
  const bold = BOLD_LINE.exec(l);
  if (bold) {
    const known = classifyHeading(bold[2]!.trim().replace(/:$/, ''), true) !== null;
    if (known || first) return `${bold[1]}${known ? '## ' : '#  '}${bold[2]!.trim()}`;
  }
  return null;
}
