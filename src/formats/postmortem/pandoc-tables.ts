// Word → pandoc exports: simple tables rewritten as pipe tables before Markdown reads them.

/** A pandoc simple table's rule: two or more runs of dashes set apart by spaces ("  -------  ---------------"). */
const SIMPLE_RULE = /^ {0,3}-{2,}(?: {1,40}-{2,}){1,30} *$/;

/**
 * Round 11: a pandoc simple table (Word → pandoc), which Markdown reads as a setext heading and a paragraph: a header
 * line, a rule of dash runs, then rows whose cells stand apart by two or more spaces, up to a blank line. Rewritten as
 * a pipe table on the same lines, so every row keeps its line.
 */
export function pandocTables(markdown: string): string {
  if (!markdown.includes('--')) return markdown;
  const lines = markdown.split('\n');
  let changed = false;
  for (let i = 1; i < lines.length; i++) {
    const rule = lines[i]!;
    const head = lines[i - 1]!;
    if (!SIMPLE_RULE.test(rule) || head.trim() === '' || head.includes('|')) continue;
    const runs: number[] = [];
    for (const m of rule.matchAll(/-+/g)) runs.push(m.index);
    const cellsOf = (line: string): string[] => {
      const split = line.trim().split(/ {2,}|\t+/);
      if (split.length === runs.length) return split;
      return runs.map((at, k) => line.slice(at, runs[k + 1] ?? line.length).trim());
    };
    const pipe = (cells: string[]): string => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
    const byColumn = (line: string): string[] => runs.map((at, k) => line.slice(at, runs[k + 1] ?? line.length).trim());
    lines[i - 1] = pipe(cellsOf(head));
    lines[i] = `|${runs.map(() => '---').join('|')}|`;
    let j = i + 1;
    let last: { at: number; cells: string[] } | null = null;
    for (; j < lines.length && lines[j]!.trim() !== ''; j++) {
      const line = lines[j]!;
      if (SIMPLE_RULE.test(line)) { lines[j] = ''; last = null; continue; }
      // Round 23: a row wrapped in its column ("CEF-1201   Show "Accepted" only after …" / "           the write; done
      // when …"): a line with text in one column only, under a row that has text there, goes on with that row's cell.
      const cols = byColumn(line);
      const filled = cols.flatMap((c, k) => (c === '' ? [] : [k]));
      if (last !== null && /^\s/.test(line) && filled.length === 1 && filled[0]! > 0 && last.cells[filled[0]!] !== '') {
        last.cells[filled[0]!] = `${last.cells[filled[0]!]} ${cols[filled[0]!]}`;
        lines[last.at] = pipe(last.cells);
        lines[j] = GRID_FILLER;
        continue;
      }
      last = { at: j, cells: cellsOf(line) };
      lines[j] = pipe(last.cells);
    }
    changed = true;
    i = j;
  }
  return changed ? lines.join('\n') : markdown;
}

/** A pandoc grid table's border: "+-----+------+", "+=====+======+" under the header, ":" for alignment. */
const GRID_BORDER = /^ {0,3}\+(?:[-=:]{1,400}\+){1,30}[ \t]*$/;
/** A grid table's content line: "| 22:14  | CHG-OT-3317 installed …   |". */
const GRID_ROW = /^ {0,3}\|.*\|[ \t]*$/;
/** What a line inside a grid table that is not a row's first line becomes for Markdown: a row dropped when read. */
export const GRID_FILLER = '|\uE002|';

/**
 * Round 16: a pandoc grid table (Word → pandoc; "+----+----+" borders, "+====+" under the header, cells wrapped over
 * several lines). Rewritten as a pipe table on the same lines: each row's cells joined over its lines on the row's
 * first line (where a reader points at the row), the header on the table's top border and the delimiter under it, and
 * every other line of the table a filler: `GRID_FILLER` for Markdown (a row the block reader drops), or an empty line
 * for the source text (`filler: ''`), so a sentence wrapped over a cell's lines is read whole, once. A table without a
 * header rule is left as it is.
 */
export function gridTables(markdown: string, filler: string = GRID_FILLER): string {
  if (!markdown.includes('+=') || markdown.includes('\uE002')) return markdown;
  const lines = markdown.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!GRID_BORDER.test(lines[i]!)) continue;
    let end = i + 1;
    while (end < lines.length && (GRID_BORDER.test(lines[end]!) || GRID_ROW.test(lines[end]!))) end++;
    const head = lines.slice(i + 1, end).findIndex((l) => GRID_BORDER.test(l) && l.includes('='));
    if (head < 1 || !GRID_BORDER.test(lines[end - 1]!)) { i = end - 1; continue; }
    const top = lines[i]!;
    const stops: number[] = [];
    for (let k = 0; k < top.length; k++) if (top[k] === '+') stops.push(k);
    const cols = stops.length - 1;
    const rows: { at: number; cells: string[][] }[] = [];
    let cur: { at: number; cells: string[][] } | null = null;
    for (let k = i + 1; k < end; k++) {
      const line = lines[k]!;
      if (GRID_BORDER.test(line)) { cur = null; continue; }
      if (cur === null) { cur = { at: k, cells: Array.from({ length: cols }, () => []) }; rows.push(cur); }
      const inner = line.trim().slice(1, -1).split('|');
      const parts = inner.length === cols ? inner : stops.slice(0, -1).map((s, c) => line.slice(s + 1, stops[c + 1]).replace(/^\||\|$/g, ''));
      parts.forEach((p, c) => { if (p.trim() !== '') cur!.cells[c]!.push(p.trim()); });
    }
    const pipe = (cells: string[][]): string => `| ${cells.map((c) => c.join(' ').replace(/\|/g, '\\|')).join(' | ')} |`;
    for (let k = i; k < end; k++) lines[k] = filler;
    const [header, ...body] = rows;
    lines[i] = pipe(header!.cells);
    lines[i + 1] = `|${Array.from({ length: cols }, () => '---').join('|')}|`;
    for (const r of body) lines[r.at] = pipe(r.cells);
    changed = true;
    i = end - 1;
  }
  return changed ? lines.join('\n') : markdown;
}
