import type { Block, ListItem, TableRow } from './block-types.ts';
import { inlineOf, type Token } from './inline-tokens.ts';

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
export function paragraphBlocks(tok: Token | undefined, line: number, end: number): Block[] {
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
