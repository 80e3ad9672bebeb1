// Round 19: a table pasted from Word as tab-separated lines (no pipes, no rule), rewritten as a pipe table before
// Markdown reads it, every row on its own line.

const FENCE = /^ {0,3}(?:```|~~~)/;

/** The cells of a tab-separated line: two or more, none of the line's own text lost; null when the line is no such row. */
function cellsOf(line: string): string[] | null {
  if (!line.includes('\t') || /^[ \t]/.test(line) || line.includes('|')) return null;
  const cells = line.trim().split(/\t+/).map((c) => c.trim());
  return cells.length >= 2 && cells.every((c) => c !== '') ? cells : null;
}

/**
 * Two or more lines in a row whose cells stand apart by tabs, the first (the header) no longer per cell than a column's
 * name, after a blank line: the blank line becomes the pipe table's header, the header line its rule, and each row keeps
 * its line. A row with fewer cells than the header is padded; one with more ends the table.
 */
export function tabTables(markdown: string): string {
  if (!markdown.includes('\t')) return markdown;
  const lines = markdown.split('\n');
  let changed = false;
  let inFence = false;
  for (let i = 1; i < lines.length; i++) {
    if (FENCE.test(lines[i]!)) inFence = !inFence;
    if (inFence || lines[i - 1]!.trim() !== '') continue;
    const head = cellsOf(lines[i]!);
    if (head === null || head.some((c) => c.length > 40) || head.length > 12) continue;
    let j = i + 1;
    const rows: string[][] = [];
    for (; j < lines.length; j++) {
      const cells = cellsOf(lines[j]!);
      if (cells === null || cells.length > head.length) break;
      rows.push(cells);
    }
    if (rows.length === 0) continue;
    const row = (cells: readonly string[]): string => `| ${head.map((_, k) => (cells[k] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
    lines[i - 1] = row(head);
    lines[i] = `|${head.map(() => '---').join('|')}|`;
    rows.forEach((cells, k) => { lines[i + 1 + k] = row(cells); });
    changed = true;
    i = j;
  }
  return changed ? lines.join('\n') : markdown;
}

/** The fields of a CSV line: commas outside double quotes, "" a quote inside one. Linear. */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    const c = line[k]!;
    if (quoted) {
      if (c === '"' && line[k + 1] === '"') { cur += '"'; k++; } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(cur.trim()); cur = ''; }
    else cur += c;
  }
  out.push(cur.trim());
  return out;
}

/**
 * A tracker's export pasted as CSV in a fence marked "csv" ("```csv" / "id,action,owner,due" / rows): a pipe table on the
 * same lines — the fence's opening line becomes the header, the CSV's header line the rule, each record keeps its line,
 * the closing fence is blank. A record with more fields than the header leaves the fence as it is.
 */
export function csvFences(markdown: string): string {
  if (!/^ {0,3}(?:```|~~~)[ \t]*csv[ \t]*$/im.test(markdown)) return markdown;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^ {0,3}(?:```|~~~)[ \t]*csv[ \t]*$/i.test(lines[i]!)) continue;
    let j = i + 1;
    while (j < lines.length && !/^ {0,3}(?:```|~~~)[ \t]*$/.test(lines[j]!)) j++;
    if (j >= lines.length || j < i + 3) continue;
    const head = csvFields(lines[i + 1]!);
    const rows = lines.slice(i + 2, j).map(csvFields);
    if (head.length < 2 || rows.some((r) => r.length > head.length)) { i = j; continue; }
    const row = (cells: readonly string[]): string => `| ${head.map((_, k) => (cells[k] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
    lines[i] = row(head);
    lines[i + 1] = `|${head.map(() => '---').join('|')}|`;
    rows.forEach((cells, k) => { lines[i + 2 + k] = row(cells); });
    lines[j] = '';
    i = j;
  }
  return lines.join('\n');
}

/** A CSV header: three or more short names set apart by commas ("Action,Owner,Due,Status"), no sentence. */
const CSV_HEAD = /^[\p{L}][\p{L} _/#.()-]{0,30}(?:,[ \t]?[\p{L}][\p{L} _/#.()-]{0,30}){2,15}[ \t]*$/u;

/**
 * Round 23: a spreadsheet's sheet saved as CSV and pasted with no fence ("Action,Owner,Due,Status" / records, after a
 * blank line): a pipe table whose header goes on the blank line above and whose rule takes the header's line, so each
 * record keeps its line. Every record needs the header's number of fields or fewer; else the lines are left as text.
 */
export function csvBlocks(markdown: string): string {
  if (!markdown.includes(',')) return markdown;
  const lines = markdown.split('\n');
  for (let i = 1; i < lines.length - 2; i++) {
    if (!CSV_HEAD.test(lines[i]!) || lines[i - 1]!.trim() !== '') continue;
    const head = csvFields(lines[i]!);
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() !== '') j++;
    const rows = lines.slice(i + 1, j).map(csvFields);
    if (rows.length < 2 || rows.some((r) => r.length < 2 || r.length > head.length)) { i = j; continue; }
    const row = (cells: readonly string[]): string => `| ${head.map((_, k) => (cells[k] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
    lines[i - 1] = row(head);
    lines[i] = `|${head.map(() => '---').join('|')}|`;
    rows.forEach((cells, k) => { lines[i + 1 + k] = row(cells); });
    i = j;
  }
  return lines.join('\n');
}
