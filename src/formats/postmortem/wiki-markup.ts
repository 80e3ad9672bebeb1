/**
 * Round 21: MediaWiki's block markup in a converted page, rewritten on the same lines:
 * - a table ("{| class=…", "! A !! B", "|-", "| a || b", "|}") → an HTML table the table reader reads, a row on the line
 *   of its first cell (a cell of its own line after the first adds to the row);
 * - a numbered list ("# item", "## sub-item") → "1. item", when two or more such lines run together (a Markdown
 *   heading in the same page, "## Summary", stands alone);
 * - a category link on a line of its own ("[[Category:Post-mortems]]") → nothing: the page's filing, not its text.
 */
export type WikiState = { inTable: boolean; rowOpen: boolean; inList: boolean };

const TABLE_OPEN = /^[ \t]{0,3}\{\|/;
const TABLE_CLOSE = /^[ \t]{0,3}\|\}/;
const ROW = /^[ \t]{0,3}\|-/;
const CAPTION = /^[ \t]{0,3}\|\+/;
const NUMBERED = /^(#{1,4})[ \t]{1,4}(?=\S)/;
const CATEGORY = /^[ \t]{0,3}\[\[(?:Category|Luokka|Kategorie|Catégorie|Categoría|Categoria):[^[\]\n]{1,200}\]\][ \t]*$/i;

/** A cell's text without its attributes ('style="…" | text' → 'text'). */
function cell(c: string): string {
  const bar = c.indexOf('|');
  return (bar >= 0 && c.indexOf('|', bar + 1) < 0 && /=/.test(c.slice(0, bar)) ? c.slice(bar + 1) : c).trim();
}

/** The line rewritten, or null when it is no wiki block markup. */
export function wikiBlockLine(l: string, st: WikiState, next: string | undefined): string | null {
  if (CATEGORY.test(l)) return '';
  if (!st.inTable) {
    if (TABLE_OPEN.test(l)) { st.inTable = true; st.rowOpen = false; return '<table>'; }
    const n = NUMBERED.exec(l);
    st.inList = n !== null && (st.inList || NUMBERED.test(next ?? ''));
    return n && st.inList ? `${'   '.repeat(n[1]!.length - 1)}1. ${l.slice(n[0].length)}` : null;
  }
  if (TABLE_CLOSE.test(l)) { st.inTable = false; return '</table>'; }
  if (ROW.test(l)) { st.rowOpen = false; return '<tbody>'; }
  if (CAPTION.test(l)) return '<tbody>';
  const t = l.trim();
  const head = t.startsWith('!');
  if (!head && !t.startsWith('|')) return l;
  const cells = t.slice(1).split(head ? '!!' : '||').map((c) => `<t${head ? 'h' : 'd'}>${cell(c)}`).join('');
  const out = `${st.rowOpen ? '' : '<tr>'}${cells}`;
  st.rowOpen = true;
  return out;
}
