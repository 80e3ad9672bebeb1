// Reads an HTML table written into Markdown (`<table><tr><td>…`) as the same table block a pipe table gives.
import type { TableRow } from './blocks.ts';

export type HtmlTable = { header: string[]; rows: TableRow[] };

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** The text of a cell: tags dropped (a `<br>` is a space), entities decoded, spaces collapsed. */
function cellText(html: string): string {
  return html
    .replace(/<[^<>]{0,500}>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, e: string) => ENTITIES[e] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Start indexes of each `<tag` (followed by `>`, a space or `/`) in `lower` before `to`, in one pass. */
function tagStarts(lower: string, tag: string, to: number): number[] {
  const out: number[] = [];
  for (let i = lower.indexOf(`<${tag}`); i >= 0 && i < to; i = lower.indexOf(`<${tag}`, i + 1)) {
    const next = lower[i + tag.length + 1];
    if (next === '>' || next === ' ' || next === '\t' || next === '\n' || next === '/') out.push(i);
  }
  return out;
}

/**
 * The rows of an HTML block that is a table, or null when the block is something else.
 * A first row made of `<th>` cells is the header; without one the header is empty and every
 * row is a row. `line` is the block's first line; each row keeps the line its `<tr>` is on.
 * Every tag is found in one pass over the text, so the time is linear in its length.
 */
export function readHtmlTable(text: string, line: number): HtmlTable | null {
  const lower = text.toLowerCase();
  if (!lower.trimStart().startsWith('<table')) return null;
  const end = lower.indexOf('</table');
  const stop = end < 0 ? lower.length : end;
  const trs = tagStarts(lower, 'tr', stop);
  if (trs.length === 0) return null;
  const cellStarts = [...tagStarts(lower, 'td', stop), ...tagStarts(lower, 'th', stop)].sort((a, b) => a - b);
  let header: string[] = [];
  const rows: TableRow[] = [];
  let newlines = 0;
  let counted = 0;
  let c = 0;
  let gt = -1;
  trs.forEach((start, k) => {
    for (; counted < start; counted++) if (text.charCodeAt(counted) === 10) newlines++;
    const rowEnd = trs[k + 1] ?? stop;
    while (c < cellStarts.length && (cellStarts[c] ?? 0) < start) c++;
    const cells: string[] = [];
    let headerCells = 0;
    for (; c < cellStarts.length && (cellStarts[c] ?? rowEnd) < rowEnd; c++) {
      const s = cellStarts[c] ?? 0;
      if (gt < s) gt = lower.indexOf('>', s);
      if (gt < 0) gt = lower.length;
      const close = Math.min(cellStarts[c + 1] ?? rowEnd, rowEnd);
      if (gt >= close) continue;
      if (lower.startsWith('<th', s)) headerCells++;
      cells.push(cellText(text.slice(gt + 1, close)));
    }
    if (cells.length === 0) return;
    const rowLine = line + newlines;
    if (rows.length === 0 && header.length === 0 && headerCells === cells.length) header = cells;
    else rows.push({ cells, line: rowLine });
  });
  return rows.length > 0 || header.length > 0 ? { header, rows } : null;
}
