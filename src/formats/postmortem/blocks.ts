// Turns markdown-it tokens into a small block tree with 0-based source line ranges.
import MarkdownIt from 'markdown-it';
import type { Block, ListItem, TableRow } from './block-types.ts';
import { inlineOf, shield, unshield, type Token } from './inline-tokens.ts';
import { paragraphBlocks } from './paragraph-blocks.ts';
import { readHtmlTable } from './html-table.ts';
import { hangingBullets } from './hanging-bullets.ts';
import { foreignMarkup } from './foreign-markup.ts';
import { orgAndAsciidoc } from './org-asciidoc.ts';
import { csvBlocks, csvFences, tabTables } from './tab-tables.ts';
import { fieldTables } from './field-tables.ts';
import { outlineLists } from './outline-lists.ts';
import { qaHeadings } from './qa-headings.ts';
import { plainActionTables } from './plain-action-tables.ts';
import { letteredItems } from './lettered-items.ts';
import { chatActions } from './chat-actions.ts';
import { sheetTabs } from './sheet-tabs.ts';
import { numberedOutline } from './numbered-outline.ts';
import { GRID_FILLER, gridTables, pandocTables } from './pandoc-tables.ts';

export type { Block, Inline, ListItem, TableRow } from './block-types.ts';

const md = new MarkdownIt({ html: true });

type Cursor = { toks: Token[]; i: number; src?: readonly string[] };

/** A bold label at a line's very start ("**Root cause:** …", "**Follow-ups**:"). */
const LAZY_LABEL = /^(?:\*\*|__)[^*_\n]{1,60}(?::(?:\*\*|__)|(?:\*\*|__):)/;

/**
 * Round 29: a bot's or a chat's post puts its next label right under a list with no blank line ("- 10:05 Rollback
 * complete" / "**Root cause:** …" / "**Follow-ups:**" / "- [ ] …"), and Markdown reads the label as the last item's lazy
 * continuation and the next bullets as more items of the same list. A paragraph of an item that opens with a bold label
 * at the line's very start (not indented under the item) ends the list there: the label's paragraphs stand on their own
 * and the items after them are a list of their own.
 */
function lazyLabels(list: Extract<Block, { type: 'list' }>, src: readonly string[] | undefined): Block[] {
  if (src === undefined) return [list];
  const out: Block[] = [];
  let items: ListItem[] = [];
  const close = (): void => {
    if (items.length > 0) out.push({ ...list, items, line: items[0]!.line, end: items[items.length - 1]!.end });
    items = [];
  };
  for (const it of list.items) {
    const indent = /^[ \t]*/.exec(src[it.line] ?? '')?.[0].length ?? 0;
    const cut = it.blocks.findIndex((b, k) => k > 0 && b.type === 'paragraph' && indent === 0 && LAZY_LABEL.test(src[b.line] ?? ''));
    if (cut < 0) { items.push(it); continue; }
    const head = it.blocks.slice(0, cut);
    const rest = it.blocks.slice(cut);
    items.push({ ...it, blocks: head, end: rest[0]!.line });
    close();
    out.push(...rest);
  }
  close();
  return out;
}

function readBlocks(cur: Cursor, closeType: string | null): Block[] {
  const out: Block[] = [];
  while (cur.i < cur.toks.length) {
    const t = cur.toks[cur.i];
    if (t === undefined) break;
    if (closeType !== null && t.type === closeType) {
      cur.i++;
      return out;
    }
    const map = t.map ?? [0, 0];
    switch (t.type) {
      case 'heading_open':
        out.push({ type: 'heading', level: Number(t.tag.slice(1)), inline: inlineOf(cur.toks[cur.i + 1]), line: map[0], end: map[1] });
        cur.i += 3;
        break;
      case 'paragraph_open':
        out.push(...paragraphBlocks(cur.toks[cur.i + 1], map[0], map[1]));
        cur.i += 3;
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        cur.i++;
        const close = t.type.replace('_open', '_close');
        const items: ListItem[] = [];
        while (cur.i < cur.toks.length && cur.toks[cur.i]?.type !== close) {
          const it = cur.toks[cur.i];
          if (it?.type === 'list_item_open') {
            cur.i++;
            const m = it.map ?? [0, 0];
            items.push({ line: m[0], end: m[1], blocks: readBlocks(cur, 'list_item_close') });
          } else cur.i++;
        }
        cur.i++;
        out.push(...lazyLabels({ type: 'list', ordered: t.type === 'ordered_list_open', items, line: map[0], end: map[1] }, cur.src));
        break;
      }
      case 'table_open':
        out.push(readTable(cur, map));
        break;
      case 'blockquote_open':
        cur.i++;
        out.push(...readBlocks(cur, 'blockquote_close'));
        break;
      default:
        if (t.block && t.nesting === 0 && t.map) {
          const text = unshield(t.content);
          const html = t.type === 'html_block' ? readHtmlTable(text, map[0]) : null;
          out.push(html === null ? { type: 'other', text, line: map[0], end: map[1] } : { type: 'table', ...html, line: map[0], end: map[1] });
        }
        cur.i++;
    }
  }
  return out;
}

function readTable(cur: Cursor, map: [number, number]): Block {
  const header: string[] = [];
  const rows: TableRow[] = [];
  let row: string[] | null = null;
  let rowLine = map[0];
  let inHead = false;
  for (cur.i++; cur.i < cur.toks.length; cur.i++) {
    const t = cur.toks[cur.i];
    if (t === undefined || t.type === 'table_close') break;
    if (t.type === 'thead_open') inHead = true;
    else if (t.type === 'thead_close') inHead = false;
    else if (t.type === 'tr_open') {
      row = [];
      rowLine = t.map?.[0] ?? rowLine;
    } else if (t.type === 'inline' && row !== null) row.push(inlineOf(t).text.trim());
    else if (t.type === 'tr_close' && row !== null) {
      // Round 16: a grid table's filler line (its borders, a cell's later lines) is no row.
      if (row[0] === GRID_FILLER.slice(1, -1) && row.every((c, k) => k === 0 || c === '')) { row = null; continue; }
      if (inHead) header.push(...row);
      else rows.push({ cells: row, line: rowLine });
      row = null;
    }
  }
  cur.i++;
  return { type: 'table', header, rows, line: map[0], end: map[1] };
}

/** Tokenizes Markdown once and returns its top-level blocks. */
export function toBlocks(markdown: string): Block[] {
  const text = gridTables(pandocTables(tabTables(plainActionTables(numberedOutline(hangingBullets(letteredItems(foreignMarkup(orgAndAsciidoc(csvBlocks(fieldTables(outlineLists(qaHeadings(csvFences(chatActions(sheetTabs(shield(markdown)))))))))))))))));
  return readBlocks({ toks: md.parse(text, {}), i: 0, src: text.split('\n') }, null);
}

/** Plain text of a block and everything inside it, one line per paragraph or item. */
export function blockText(b: Block): string {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return b.inline.text;
    case 'list':
      return b.items.map((it) => it.blocks.map(blockText).join('\n')).join('\n');
    case 'table':
      return b.rows.map((r) => r.cells.join(' ')).join('\n');
    case 'other':
      return '';
  }
}
