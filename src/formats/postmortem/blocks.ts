// Turns markdown-it tokens into a small block tree with 0-based source line ranges.
import MarkdownIt from 'markdown-it';
import type { Block, Inline, ListItem, TableRow } from './block-types.ts';
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
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

export type { Block, Inline, ListItem, TableRow } from './block-types.ts';

const md = new MarkdownIt({ html: true });

/*
 * A run of 32 or more `_` or `*` inside a line can open or close no emphasis a reader would
 * write, yet markdown-it's emphasis pass grows faster than linearly on such runs (an
 * adversarial line of 128,000 underscores took seconds). Before parsing, each character of
 * such a run becomes a private-use stand-in of the same length (so columns and lines do not
 * move), put back in every text read from the tokens. A line that is only markers (a thematic
 * break, `________`) is left as it is; a document that already holds a stand-in is not touched.
 */
const LONG_RUN = /_{32,}|\*{32,}/g;
const RULE_LINE = /^[ \t]*[_*][_* \t]*$/;
const STAND_IN_UNDERSCORE = '\uE000';
const STAND_IN_ASTERISK = '\uE001';
const STAND_INS = /[\uE000\uE001]/g;

function shield(markdown: string): string {
  if (markdown.includes(STAND_IN_UNDERSCORE) || markdown.includes(STAND_IN_ASTERISK)) return markdown;
  return markdown.replace(/^.*$/gm, (line) => (RULE_LINE.test(line) ? line : line.replace(LONG_RUN, (run) => (run[0] === '_' ? STAND_IN_UNDERSCORE : STAND_IN_ASTERISK).repeat(run.length))));
}

function unshield(text: string): string {
  return text.includes(STAND_IN_UNDERSCORE) || text.includes(STAND_IN_ASTERISK) ? text.replace(STAND_INS, (c) => (c === STAND_IN_UNDERSCORE ? '_' : '*')) : text;
}

const EMPTY: Inline = { text: '', leadBold: null, afterBold: '', struck: false };

function inlineOf(tok: Token | undefined): Inline {
  const children = tok?.children;
  if (!children) return EMPTY;
  let text = '';
  let leadBold: string | null = null;
  let boldDepth = 0;
  let boldStartedAtZero = false;
  let struckAll = children.length > 0;
  let sDepth = 0;
  let afterStart = -1;
  /** Nothing but whitespace read so far. */
  let blank = true;
  /** The first line's italic span: -1 before it, 1 inside it, 2 closed, 0 when the line holds anything else. */
  let italic = -1;
  let italicText = '';
  let firstLine = true;
  for (const c of children) {
    switch (c.type) {
      case 'text':
      case 'code_inline':
        if (sDepth === 0 && c.content.trim() !== '') struckAll = false;
        {
          const piece = unshield(c.content);
          if (blank && piece.trim() !== '') blank = false;
          if (firstLine && piece.trim() !== '') {
            if (italic === 1 && c.type === 'text') italicText += piece;
            else italic = 0;
          }
          text += piece;
        }
        break;
      case 'softbreak':
      case 'hardbreak':
        text += '\n';
        firstLine = false;
        break;
      case 'em_open':
        if (firstLine) italic = italic === -1 ? 1 : 0;
        break;
      case 'em_close':
        if (firstLine && italic === 1) italic = 2;
        break;
      case 'strong_open':
        // `blank` rather than `text.trim()`: a paragraph of many bold runs stays linear.
        if (boldDepth === 0 && leadBold === null && blank) boldStartedAtZero = true;
        boldDepth++;
        break;
      case 'strong_close':
        boldDepth--;
        if (boldDepth === 0 && boldStartedAtZero && leadBold === null) {
          leadBold = text.trim();
          afterStart = text.length;
        }
        break;
      case 's_open':
        sDepth++;
        break;
      case 's_close':
        sDepth--;
        break;
      case 'image':
        break;
      default:
        if (firstLine) italic = 0;
        break;
    }
  }
  const out: Inline = { text, leadBold, afterBold: afterStart >= 0 ? text.slice(afterStart) : '', struck: struckAll && text.trim() !== '' };
  if (italic === 2 && leadBold === null && italicText.trim() !== '') out.italicLine = italicText.trim();
  return out;
}

type Cursor = { toks: Token[]; i: number; src?: readonly string[] };

/** A bullet written as a character, as a chat post or a pasted note has it ("• be more careful"). */
const TEXT_BULLET = /^[ \t]{0,8}[•▪◦‣][ \t]{1,8}/;

/** A list marker Markdown was told not to read (its escape already taken out): "1. ", "2) ", "- ". */
const ESCAPED_ITEM = /^[ \t]{0,8}(?:\d{1,3}[.)]|[-*+])[ \t]{1,8}(?=\S)/;

/** A line opening with a bold label that ends in a colon ("**root cause:** …", "**Action items**:"), or (round 29) "*Impact:* …". */
function opensWithLabel(line: readonly Token[]): boolean {
  let i = 0;
  while (i < line.length && line[i]?.type === 'text' && line[i]?.content.trim() === '') i++;
  // Round 29: or a Slack post's bold, one asterisk each side, which Markdown reads as emphasis ("*Impact:* …").
  const open = line[i]?.type;
  if (open !== 'strong_open' && open !== 'em_open') return false;
  const close = open === 'strong_open' ? 'strong_close' : 'em_close';
  let inside = '';
  let j = i + 1;
  for (; j < line.length && line[j]?.type !== close; j++) inside += line[j]?.content ?? '';
  if (open === 'em_open' && (inside.length > 40 || !/^\p{Lu}/u.test(inside.trim()) || !inside.trim().endsWith(':'))) return false;
  if (j >= line.length) return false;
  const after = line[j + 1];
  return inside.trim().endsWith(':') || (after?.type === 'text' && /^\s{0,4}:/.test(after.content));
}

/**
 * Round 11: a table in Jira's wiki markup, which Markdown reads as a paragraph: a header row of `||` cells, then rows of
 * `|` cells ("||Action||Owner||Due||" / "|Improve search monitoring|[~mruiz]|2026-12-15|").
 */
function jiraTable(lines: readonly Token[][], line: number, end: number): Block | null {
  if (lines.length < 2) return null;
  const texts = lines.map((l) => inlineOf({ children: l } as Token).text.trim());
  const head = texts[0]!;
  // Round 23: or Textile's (Redmine): a header row of "|_. " cells ("|_. Time |_. Event |"; its "_" may be read away).
  const textile = /^\|_?\.[^|]*(?:\|_?\.[^|]*){1,30}\|$/.test(head);
  // Round 28: or DokuWiki's ("^ Action ^ Owner ^ Due ^" over "| … | … |" rows; a row may lead with a "^" header cell).
  const doku = /^\^[^^|\n]{1,60}(?:\^[^^|\n]{1,60}){1,15}\^$/.test(head);
  if (!textile && !doku && (!head.startsWith('||') || !head.endsWith('||') || head.length < 5)) return null;
  const row = doku ? /^[|^].*[|^]$/ : /^\|.*\|$/;
  if (!texts.slice(1).every((t) => t.length >= 2 && row.test(t))) return null;
  const header = doku ? head.slice(1, -1).split('^').map((c) => c.trim()) : textile ? head.slice(1, -1).split('|').map((c) => c.replace(/^_?\./, '').trim()) : head.slice(2, -2).split('||').map((c) => c.trim());
  const rows: TableRow[] = texts.slice(1).map((t, k) => ({ cells: t.slice(1, -1).split(doku ? /[|^]/ : '|').map((c) => c.trim()), line: line + 1 + k }));
  return { type: 'table', header, rows, line, end };
}

/** Round 29: a header cell of a bare pipe table: a short name of a few words ("Short description", "Assigned to"). */
const BARE_HEAD_CELL = /^\p{L}[\p{L}\p{N} ./#&'’()-]{0,29}$/u;

/**
 * Round 29: a table copied out of a ticket system as plain text: rows of cells set apart by "|" with no rule under the
 * header ("Number | Short description | Assigned to | Due date | State" / "PTASK… | Review … | | | Open"), which Markdown
 * reads as a paragraph. Three or more header cells of a few words each, every row with as many cells; the paragraph may
 * open with its label on a line of its own ("Related tasks:"), which stays a paragraph of its own.
 */
function bareTable(lines: readonly Token[][], line: number, end: number): Block[] | null {
  if (lines.length < 3 || lines.length > 5000) return null;
  const texts = lines.map((l) => inlineOf({ children: l } as Token).text.trim());
  const start = texts[0]!.endsWith(':') && !texts[0]!.includes('|') ? 1 : 0;
  if (lines.length - start < 2) return null;
  const cellsOf = (t: string): string[] => t.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
  const header = cellsOf(texts[start]!);
  if (header.length < 3 || header.length > 12 || !header.every((c) => BARE_HEAD_CELL.test(c) && c.split(' ').length <= 4)) return null;
  const rows: TableRow[] = [];
  for (let k = start + 1; k < texts.length; k++) {
    const cells = cellsOf(texts[k]!);
    if (cells.length !== header.length) return null;
    rows.push({ cells, line: line + k });
  }
  const table: Block = { type: 'table', header, rows, line: line + start, end };
  return start === 0 ? [table] : [{ type: 'paragraph', inline: inlineOf({ children: lines[0] } as Token), line, end: line + 1 }, table];
}

/**
 * Round 11: a paragraph is cut where a chat post or a pasted note starts a new part without a blank line: at a line
 * opening with a bold label ("**what happened:** …" / "**root cause:** …" on the next line), and around a run of
 * lines opening with a bullet character, which becomes a list ("• be more careful" / "• add a check").
 */
function paragraphBlocks(tok: Token | undefined, line: number, end: number): Block[] {
  const children = tok?.children ?? [];
  const lines: Token[][] = [[]];
  for (const c of children) {
    if (c.type === 'softbreak' || c.type === 'hardbreak') lines.push([]);
    else lines[lines.length - 1]!.push(c);
  }
  const jira = jiraTable(lines, line, end);
  if (jira !== null) return [jira];
  const bare = bareTable(lines, line, end);
  if (bare !== null) return bare;
  // Round 11: lines that open with an escaped list marker ("1\\. Bound the pool", "\\- Alert on …", as Google Docs
  // exports a list) are read as a list when every line of the paragraph is one.
  const escaped = lines.length >= 2 && lines.every((l) => l[0]?.type === 'text' && ESCAPED_ITEM.test(l[0].content));
  const bullet = lines.map((l) => l[0]?.type === 'text' && (TEXT_BULLET.test(l[0].content) || (escaped && ESCAPED_ITEM.test(l[0].content))));
  const cutAt = lines.map((l, i) => i > 0 && (bullet[i] !== bullet[i - 1] || (!bullet[i] && opensWithLabel(l))));
  if (!cutAt.includes(true) && !bullet.every((b) => b)) return [{ type: 'paragraph', inline: inlineOf(tok), line, end }];
  const join = (ls: Token[][]): Token[] => ls.flatMap((l, k) => (k === 0 ? l : [{ type: 'softbreak', content: '' } as Token, ...l]));
  const out: Block[] = [];
  let from = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && !cutAt[i]) continue;
    const at = line + from;
    if (bullet[from]) {
      const items: ListItem[] = lines.slice(from, i).map((l, k) => {
        const first = l[0]!;
        const rest = [{ ...first, content: first.content.replace(TEXT_BULLET, '').replace(ESCAPED_ITEM, '') } as Token, ...l.slice(1)];
        return { line: at + k, end: at + k + 1, blocks: [{ type: 'paragraph', inline: inlineOf({ children: rest } as Token), line: at + k, end: at + k + 1 }] };
      });
      out.push({ type: 'list', ordered: escaped && /^\s*\d/.test(lines[from]![0]?.content ?? ''), items, line: at, end: line + i });
    } else out.push({ type: 'paragraph', inline: inlineOf({ children: join(lines.slice(from, i)) } as Token), line: at, end: i === lines.length ? end : line + i });
    from = i;
  }
  return out;
}

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
