// Round 25: a post-mortem sent as a quoted e-mail reply ("> Summary" / "> The spooler died." / "> Action items"), read
// as the document it quotes, on the same lines, when nothing outside the quotes names a section.
import { classifyHeading } from './section-names.ts';

const QUOTE = /^[ \t]{0,3}>(?:[ \t]{0,4}>){0,5}[ \t]?/;
const MD_HEADING = /^ {0,3}#{1,6}[ \t]+(.{1,120})$/;

const known = (l: string): boolean => classifyHeading(l.trim().replace(/:$/, ''), true) !== null;

/** The lines with their quote marks taken off, or the same lines when the quotes hold fewer than two section names or a section is named outside them. */
export function unquoteReply(lines: readonly string[]): string[] {
  let inside = 0;
  for (const l of lines) {
    const q = QUOTE.exec(l);
    if (q === null) {
      const h = MD_HEADING.exec(l);
      if (h !== null && known(h[1]!)) return [...lines];
      continue;
    }
    const rest = l.slice(q[0].length);
    const h = MD_HEADING.exec(rest);
    if (known(h === null ? rest : h[1]!) && rest.trim().length <= 60) inside++;
  }
  if (inside < 2) return [...lines];
  return lines.map((l) => {
    const q = QUOTE.exec(l);
    return q === null ? l : l.slice(q[0].length);
  });
}
