// Round 26: an action table saved as plain text — a Word table as tab-separated lines right under its title, or a PDF's
// table copied to text (columns set apart by runs of spaces, a long action wrapped onto lines of its own, the page's
// footer and header between two rows) — rewritten as a list of items with their fields, line for line.
import { FOREIGN_DUE_HEADER, FOREIGN_OWNER_HEADER } from './action-item-labels.ts';

/** A column naming the action, in English or the other languages the sets are written in. */
const ACTION_HEAD = /^(?:action(?: items?)?|actions|items?|tasks?|what|description|follow.?ups?|remediation|measures?|steps?|acci[oó]n(?:es)?|tareas?|a[çc](?:[ãa]o|[õo]es)|tarefas?|azion[ei]|compiti|actie(?:s|punten)?|taken|ma[ßs]nahmen?|aufgaben?|[åa]tg[äa]rd(?:er)?|dzia[łl]ani[ea]|zadani[ea]|aksiyon(?:lar)?|eylem(?:ler)?|g[öo]rev(?:ler)?)$/iu;
const OWNER_HEAD = /^(?:owners?|assignee|assigned(?: to)?|who|responsible|dri|team|lead|driver|accountable)$/i;
const DUE_HEAD = /^(?:due(?: date)?|deadline|eta|target(?: date)?|by when|when|date|by|until)$/i;
const FENCE = /^ {0,3}(?:```|~~~)/;
/** A page's running footer or header: "Page 3 of 7", "- 2 -", "3/7". */
const PAGE_MARK = /\bpage[ \t]{1,3}\d{1,4}(?:[ \t]{1,3}(?:of|\/)[ \t]{1,3}\d{1,4})?\b|^[ \t]*[-–—][ \t]{0,2}\d{1,4}[ \t]{0,2}[-–—][ \t]*$/i;

type Cell = { at: number; text: string };

/** The cells of a line: tab-separated, or runs of words set apart by two or more spaces, each with its column. */
function cellsOf(line: string, tabs: boolean): Cell[] {
  if (tabs) {
    let at = 0;
    return line.split('\t').map((text) => { const c = { at, text: text.trim() }; at += text.length + 1; return c; });
  }
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ at: m.index, text: m[0] }));
}

type Head = { tabs: boolean; cols: Cell[]; names: string[]; lead: number };

/** Round 29: a number column before the action's ("#", "No.", "ID"), as a sheet numbers its rows. */
const KEY_HEAD = /^(?:#|no\.?|nr\.?|id|key|ref)$/i;

/** The line as the header of an action table: an action column first, then an owner or a due column, all short names. */
function headOf(line: string): Head | null {
  if (line.includes('|') || line.trim().length > 160) return null;
  const tabs = line.includes('\t');
  if (!tabs && !/\S {2,}\S/.test(line)) return null;
  const cols = cellsOf(line.trimEnd(), tabs);
  if (cols.length < 2 || cols.length > 8 || cols.some((c) => c.text === '' || c.text.length > 30 || c.text.split(' ').length > 3)) return null;
  const names = cols.map((c) => {
    const t = c.text.replace(/[:*_]+$/g, '').trim();
    if (OWNER_HEAD.test(t) || FOREIGN_OWNER_HEADER.test(t)) return 'Owner';
    if (DUE_HEAD.test(t) || FOREIGN_DUE_HEADER.test(t)) return 'Due';
    return t;
  });
  const lead = names.length > 2 && KEY_HEAD.test(names[0]!) ? 1 : 0;
  if (!ACTION_HEAD.test(names[lead]!) || !names.slice(lead + 1).some((n) => n === 'Owner' || n === 'Due')) return null;
  return { tabs, cols, names, lead };
}

/** A row's cells by the header's columns: a tab row by position, a spaced row by the column each run of words starts in. */
function rowOf(line: string, h: Head): string[] | null {
  const cells = cellsOf(line.trimEnd(), h.tabs);
  if (h.tabs) return cells.length > h.cols.length ? null : h.cols.map((_, k) => cells[k]?.text ?? '');
  const out = h.cols.map(() => '');
  for (const c of cells) {
    let k = 0;
    while (k + 1 < h.cols.length && h.cols[k + 1]!.at <= c.at + 2) k++;
    out[k] = out[k] === '' ? c.text : `${out[k]} ${c.text}`;
  }
  return out;
}

/** The action's words go on with the next line's: a hyphenated word split over the lines is joined. */
const joinWrapped = (a: string, b: string): string => (/\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b) ? a.slice(0, -1) + b : `${a} ${b}`);

/** Rewrites each plain-text action table as list items ("- Add … — Owner: Ben — Due: 2026-03-27") on the rows' lines. */
export function plainActionTables(markdown: string): string {
  if (!/\S(?:\t| {2,})\S/.test(markdown)) return markdown;
  const lines = markdown.split('\n');
  const repeated = new Map<string, number>();
  for (const l of lines) { const k = l.trim().replace(/\d+/g, '#'); if (k.length >= 12) repeated.set(k, (repeated.get(k) ?? 0) + 1); }
  /** A page's running header or footer: a page number, or the same line (numbers aside) on two pages. */
  const furniture = (l: string): boolean => PAGE_MARK.test(l) || (repeated.get(l.trim().replace(/\d+/g, '#')) ?? 0) >= 2;
  let inFence = false;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (FENCE.test(lines[i]!)) inFence = !inFence;
    if (inFence) continue;
    const h = headOf(lines[i]!);
    // A tab table after a blank line is the pipe table `tabTables` makes; a rule under the header is pandoc's.
    if (h === null || (h.tabs && i > 0 && lines[i - 1]!.trim() === '') || /^ {0,3}-{2,}[ -]*$/.test(lines[i + 1] ?? '')) continue;
    const rows: { at: number; cells: string[] }[] = [];
    const blankAfter: number[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.trim() === '') {
        // A page break inside the table: blank lines and the pages' footer and header, then more rows.
        let k = j;
        let page = false;
        while (k < lines.length && (lines[k]!.trim() === '' || furniture(lines[k]!))) { if (lines[k]!.trim() !== '') page = true; k++; }
        if (!page || k >= lines.length || rows.length === 0 || rowOf(lines[k]!, h) === null || !(h.tabs ? lines[k]!.includes('\t') : /\S {2,}\S/.test(lines[k]!))) break;
        for (let m = j; m < k; m++) blankAfter.push(m);
        j = k - 1;
        continue;
      }
      if (h.tabs && !l.includes('\t') && rows.length > 0 && /^\p{Ll}/u.test(l.trim())) { rows[rows.length - 1]!.cells[h.lead] = joinWrapped(rows[rows.length - 1]!.cells[h.lead]!, l.trim()); blankAfter.push(j); continue; }
      const cells = rowOf(l, h);
      if (cells === null || (h.tabs && !l.includes('\t'))) break;
      const last = rows[rows.length - 1];
      // A wrapped action: words in the first column only, going on with the row above (lower case, or after a hyphen or comma).
      if (h.lead === 0 && last !== undefined && cells.slice(1).every((c) => c === '') && (/^\p{Ll}/u.test(cells[0]!) || /[-,]$/.test(last.cells[0]!))) {
        last.cells[0] = joinWrapped(last.cells[0]!, cells[0]!);
        blankAfter.push(j);
        continue;
      }
      if (cells[h.lead] === '') break;
      rows.push({ at: j, cells });
    }
    if (rows.length === 0) continue;
    lines[i] = '';
    for (const m of blankAfter) lines[m] = '';
    for (const r of rows) {
      const fields = r.cells.flatMap((c, k) => (k <= h.lead || c === '' || /^[-–—]$/.test(c) ? [] : [`${h.names[k]}: ${c}`]));
      lines[r.at] = ['- ' + r.cells[h.lead]!, ...fields].join(' — ');
    }
    changed = true;
    i = j - 1;
  }
  return changed ? lines.join('\n') : markdown;
}
