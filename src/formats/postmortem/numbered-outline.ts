// Round 17: a numbered outline with no Markdown headings ("1. Summary" / "1.1 On 15 April …" / "6.1.1 Owner: …"), as a
// word processor's multilevel list exports it, rewritten line for line (no line moves, no column moves) so that Markdown
// reads its top-level lines as sections and the numbered lines below them as (nested) list items.
import { classifyHeading } from './section-names.ts';

/** A top-level outline line: "4. Root cause", "5) Five whys" — a short name of its own, no sentence. */
// Round 29: its name may carry a note in brackets ("3. TIMELINE (all times Eastern, 11 March 2027 unless stated)").
// Round 38: or a subtitle after a colon ("2. Background: how a price gets onto a page"), or with no mark after the number ("1 Summary", "2 Impact"), as a word processor's outline numbering exports it.
const TOP = /^(\d{1,2})(?:[.)][ \t]{1,3}|[ \t]{1,3})(\p{Lu}[^.!?:;()\n]{0,47}?)(?:[ \t]{1,3}\([^()\n]{1,80}\)|:[ \t][^.!?:;()\n]{1,60})?[ \t]*$/u;
/** A numbered line below it: "3.4 09:40 — …", "6.1.1 Owner: TBD" (two to four numbers, an optional dot after the last). */
const SUB = /^(\d{1,2})((?:\.\d{1,2}){1,3})\.?[ \t]{1,4}(?=\S)/;
const MD_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT = /^ {0,3}(?:=+|-{2,})[ \t]*$/;
const FENCE = /^ {0,3}(?:```|~~~)/;

/** Whether the document is such an outline: no Markdown heading (but the title), three or more top lines numbered 1, 2, 3 … in order, two naming known sections. */
function isOutline(lines: readonly string[]): boolean {
  let inFence = false;
  let next = 1;
  let tops = 0;
  let known = 0;
  let adjacent = 0;
  /** The last line with text: a top line right below another is one list's item, not a section. */
  let prev = '';
  // Round 23: a printout's banner drawn with one long rule above and below its fields ("=====" / " Problem record: …" /
  // "====="): a rule that also stands after a blank line (or opens the page) is the box's edge, not a heading's underline.
  const banner = new Set(lines.filter((l, i) => l.trim().length >= 20 && SETEXT.test(l) && (i === 0 || (lines[i - 1] ?? '').trim() === '')).map((l) => l.trim()));
  const first = lines.findIndex((l) => l.trim() !== '');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (FENCE.test(l)) inFence = !inFence;
    if (inFence) continue;
    // Round 38: the page's title may be a heading of its own ("Fares incident" over "====", "# Fares incident"): only the title.
    const title = i === first || (i === first + 1 && SETEXT.test(l));
    if (!title && (MD_HEADING.test(l) || (SETEXT.test(l) && i > 0 && (lines[i - 1] ?? '').trim() !== '' && !banner.has(l.trim())))) return false;
    const m = TOP.exec(l);
    const before = prev;
    if (l.trim() !== '') prev = l;
    if (m === null) continue;
    if (Number(m[1]) !== next) continue;
    next++;
    tops++;
    if (classifyHeading(m[2]!, true) !== null) known++;
    if (TOP.test(before)) adjacent++;
  }
  // Round 38: or four or more, each over text of its own (not one list), named in words the section names do not know.
  return (tops >= 3 && known >= 2) || (tops >= 4 && adjacent === 0);
}

/** The same number of characters as `marker`, as a list marker at `depth` below a parent whose text starts at `parentCol`. */
function bullet(len: number, parentCol: number): string | null {
  for (let pre = parentCol; pre <= parentCol + 3; pre++) {
    const post = len - pre - 1;
    if (post >= 1 && post <= 4) return `${' '.repeat(pre)}-${' '.repeat(post)}`;
  }
  return null;
}

/**
 * Round 25: a plain-text report's numbered heading underlined on the next line ("1. Summary" over "----------"), which
 * Markdown reads as a list item above a rule: the number becomes a heading's marks and the underline a blank line (no
 * line or column moves). The underline reaches at least half the title; a numbered sentence over a rule is not a heading.
 */
const UNDERLINED = /^([ \t]{0,3})(\d{1,2}[.)])([ \t]{1,3})(\p{Lu}[^.!?;\n]{0,59}?)[ \t]*$/u;
function underlinedNumbered(lines: string[]): boolean {
  let inFence = false;
  let changed = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    if (FENCE.test(l)) inFence = !inFence;
    if (inFence) continue;
    const m = UNDERLINED.exec(l);
    const under = lines[i + 1]!;
    if (m === null || !SETEXT.test(under) || under.trim().length < 3 || under.trim().length * 2 < l.trim().length) continue;
    const marks = m[1]!.length + m[2]!.length;
    lines[i] = `##${' '.repeat(marks - 2)}${m[3]}${l.slice(marks + m[3]!.length)}`;
    lines[i + 1] = '';
    changed = true;
    i++;
  }
  return changed;
}

/** Rewrites a numbered outline's lines as headings and list items; any other document is returned as it is. */
export function numberedOutline(markdown: string): string {
  const lines = markdown.split('\n');
  if (underlinedNumbered(lines)) return lines.join('\n');
  if (!isOutline(lines)) return markdown;
  let inFence = false;
  let next = 1;
  let section = 0;
  /** Where the text of the list item at each depth starts (depth 2 at index 0). */
  const cols: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (FENCE.test(l)) inFence = !inFence;
    if (inFence) continue;
    const t = TOP.exec(l);
    if (t !== null && Number(t[1]) === next) {
      next++;
      section = Number(t[1]);
      cols.length = 0;
      const marker = l.length - l.slice(t[1]!.length + 1).trimStart().length;
      lines[i] = `##${' '.repeat(Math.max(1, marker - 2))}${l.slice(marker)}`;
      continue;
    }
    const s = SUB.exec(l);
    if (s === null || Number(s[1]) !== section) continue;
    const depth = s[2]!.split('.').length; // 2 for "3.4"
    const parentCol = depth === 2 ? 0 : (cols[depth - 3] ?? -1);
    if (parentCol < 0) continue;
    const b = bullet(s[0].length, parentCol);
    if (b === null) continue;
    lines[i] = b + l.slice(s[0].length);
    cols[depth - 2] = s[0].length;
    cols.length = depth - 1;
  }
  return lines.join('\n');
}
