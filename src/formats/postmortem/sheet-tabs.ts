// Round 29: a spreadsheet saved as text, its tabs one after another, each under its name in brackets ("[Tab 2: Timeline]",
// "[Sheet: Actions]", as a sheet's export or a copy of it writes them): the name becomes a heading (same line, same
// length, padded with spaces), when two or more such lines name known sections.
import { classifyHeading } from './section-names.ts';

const TAB_LINE = /^\[(?:tab|sheet|worksheet)(?:[ \t]{1,3}\d{1,3})?[ \t]{0,2}[:.–—-][ \t]{0,3}([^[\]\n]{1,60}?)[ \t]*\][ \t]*$/i;

export function sheetTabs(markdown: string): string {
  if (!markdown.includes('[')) return markdown;
  const lines = markdown.split('\n');
  const at: number[] = [];
  lines.forEach((l, i) => {
    const m = TAB_LINE.exec(l);
    if (m !== null && classifyHeading(m[1]!, false) !== null) at.push(i);
  });
  if (at.length < 2) return markdown;
  for (const i of at) {
    const l = lines[i]!;
    const name = TAB_LINE.exec(l)![1]!;
    lines[i] = `## ${name}`.padEnd(l.length, ' ');
  }
  return lines.join('\n');
}
