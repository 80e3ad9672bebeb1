// Round 19: two plain-text markups rewritten as Markdown before Markdown reads it, line for line (no line moves):
// Emacs Org-mode ("* Summary", "** TODO Look into …", "SCHEDULED: <2026-07-13 Mon>") and AsciiDoc ("== Timeline",
// "[NOTE]", "|===" tables).
import { classifyHeading } from './section-names.ts';
import { isLatex, latex } from './latex-markup.ts';
import { isSlides, slides } from './slide-markup.ts';
import { asciidocTableLine, colsAttribute, flushRow, type AdocTable } from './asciidoc-tables.ts';

/** An Org heading: stars at the start of the line, a space, the title ("* Root cause", "** TODO Raise …"). */
const ORG_HEADING = /^(\*{1,6})[ \t]+(\S.{0,300})$/;
/** An Org task state opening a heading's title. */
const ORG_TASK = /^(TODO|DONE|NEXT|WAITING|CANCELLED|CANCELED)[ \t]+(?=\S)/;
/** An Org file keyword line: "#+TITLE: …", "#+STARTUP: overview". */
const ORG_KEYWORD = /^#\+([A-Za-z_]{1,20}):[ \t]*(.{0,300})$/;
/** An Org drawer's lines (":PROPERTIES:", ":END:", ":ID: …"). */
const ORG_DRAWER = /^[ \t]*:[A-Z_]{2,20}:(?:[ \t].{0,200})?$/;
/**
 * Round 25: a property with a value in a task's drawer (":OWNER: Farah Nwosu", ":TICKET: REG-1187"): a field of the task
 * ("Owner: Farah Nwosu"), in the same columns; the drawer's own lines and its identifiers are nothing to read.
 */
const ORG_PROPERTY = /^([ \t]*):([A-Z][A-Z_]{1,19}):(?=[ \t]+\S)/;
/** Org's planning keywords on the line below a task: the dates it is scheduled for or due by. */
const ORG_PLANNING = /^([ \t]*)(SCHEDULED|DEADLINE):[ \t]*[<[](\d{4}-\d{2}-\d{2})[^>\]\n]{0,40}[>\]](.{0,200})$/;

/** An AsciiDoc section title: "== Timeline" ("=" the document title), with no closing marks (MediaWiki's have them). */
const ADOC_HEADING = /^(={1,6})[ \t]+([^=\s][^\n]{0,200})$/;
/** An AsciiDoc attribute entry (":toc:", ":icons: font") or block attribute line ("[NOTE]", '[cols="1,4"]'). */
const ADOC_ATTRIBUTE = /^(?::!?[\w-]{1,40}!?:(?:[ \t].{0,200})?|\[[^[\]\n]{0,100}\])[ \t]*$/;
/** An AsciiDoc block delimiter: "====", "----" (listing), "****", "____", "...." (four or more). */
const ADOC_DELIMITER = /^(?:={4,}|-{4,}|\*{4,}|_{4,}|\.{4,})[ \t]*$/;
const ADOC_TABLE = /^\|===[ \t]*$/;

function known(title: string): boolean {
  return classifyHeading(title.trim(), true) !== null;
}

/** A Markdown heading: ATX ("## Impact"), or setext (a line of "=" or "-" under a line of text). */
const mdHeading = (lines: readonly string[]): boolean =>
  lines.some((l, i) => /^ {0,3}#{1,6}[ \t]/.test(l) || (i > 0 && /^ {0,3}(?:=+|-{2,})[ \t]*$/.test(l) && (lines[i - 1] ?? '').trim() !== ''));

const isOrg = (lines: readonly string[]): boolean =>
  !mdHeading(lines) &&
  lines.filter((l) => { const h = ORG_HEADING.exec(l); return h !== null && h[1] === '*' && known(h[2]!); }).length >= 2;

// AsciiDoc's own block delimiters ("====" under a block's last line) look like setext underlines: ATX headings only.
const isAsciidoc = (lines: readonly string[]): boolean =>
  !lines.some((l) => /^ {0,3}#{1,6}[ \t]/.test(l)) &&
  lines.filter((l) => { const h = ADOC_HEADING.exec(l); return h !== null && h[1]!.length >= 2 && !h[2]!.trimEnd().endsWith('=') && known(h[2]!); }).length >= 2;

/**
 * Org-mode: "#+TITLE: X" → "# X", other "#+KEY: v" lines → "Key: v" fields, "*" headings one level below the title
 * ("* Impact" → "## Impact"), a heading holding a task state ("** TODO Improve …") → a task list item ("- [ ] Improve …")
 * with its planning line ("DEADLINE: <2026-07-17 Fri>") as "Due: 2026-07-17" and SCHEDULED as "Scheduled: …", drawers
 * blank, "=verbatim=" and "~code~" → code.
 */
function org(lines: string[]): void {
  let inBlock = false;
  let inTask = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^[ \t]*#\+(?:BEGIN|END)_/i.test(l)) { inBlock = /^[ \t]*#\+BEGIN_/i.test(l); lines[i] = /^[ \t]*#\+BEGIN_SRC/i.test(l) || /^[ \t]*#\+END_SRC/i.test(l) ? '```' : ''; continue; }
    if (inBlock) continue;
    const k = ORG_KEYWORD.exec(l);
    if (k) {
      const key = k[1]!.toLowerCase();
      lines[i] = key === 'title' ? `# ${k[2]}` : /^(?:author|date|email)$/.test(key) ? `${key[0]!.toUpperCase()}${key.slice(1)}: ${k[2]!.replace(/^<([^>]{1,40})>$/, '$1')}` : '';
      continue;
    }
    const prop = ORG_PROPERTY.exec(l);
    // Round 28: a task's drawer and planning lines stay its own (indented under the item, past the blank drawer lines).
    const under = inTask ? '  ' : '';
    if (prop && !/^(?:PROPERTIES|END|LOGBOOK|ID|CUSTOM_ID)$/.test(prop[2]!)) { lines[i] = `${inTask ? under : prop[1]}${prop[2]![0]}${prop[2]!.slice(1).toLowerCase().replace(/_/g, ' ')}: ${l.slice(prop[0].length)}`; continue; }
    if (ORG_DRAWER.test(l)) { lines[i] = ''; continue; }
    const p = ORG_PLANNING.exec(l);
    if (p) { lines[i] = `${inTask ? under : p[1]}${p[2] === 'DEADLINE' ? 'Due' : 'Scheduled'}: ${p[3]}${p[4]}`; continue; }
    const h = ORG_HEADING.exec(l);
    if (h) {
      const task = ORG_TASK.exec(h[2]!);
      inTask = task !== null && h[1]!.length >= 2;
      if (task && h[1]!.length >= 2) { lines[i] = `- [${task[1] === 'DONE' ? 'x' : ' '}] ${inline(h[2]!.slice(task[0].length))}`; continue; }
      lines[i] = `${'#'.repeat(Math.min(6, h[1]!.length + 1))} ${inline(task ? h[2]!.slice(task[0].length) : h[2]!)}`;
      continue;
    }
    if (l.includes('=') || l.includes('~')) lines[i] = inline(l);
  }
}

/** Org's verbatim and code marks ("=booking.yaml=", "~make~") as Markdown code. */
function inline(s: string): string {
  return s.replace(/(^|[\s(])[=~]([^\s=~][^=~\n]{0,120}?)[=~](?=$|[\s.,;:!?)])/g, '$1`$2`');
}

/**
 * AsciiDoc: "= Title" → "# Title" and "== X" → "## X"; the header lines right below the title (author, revision),
 * attribute entries (":toc:"), block attribute lines ("[NOTE]") and block delimiters ("====") → blank; a "|===" table
 * whose first row is followed by a blank line (its header) → a pipe table: that blank line becomes the separator row.
 */
function asciidoc(lines: string[]): void {
  let table: AdocTable | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (ADOC_TABLE.test(l)) {
      if (table !== null) flushRow(lines, table);
      // Round 36: the column count from the table's attribute line above ('[cols="4,2,2,2,3"]', '[cols="3*"]').
      table = table === null ? { cols: colsAttribute(lines[i - 1] ?? ''), row: [], at: -1, header: true, rows: 0 } : null;
      lines[i] = '';
      continue;
    }
    if (table !== null) {
      asciidocTableLine(lines, i, table);
      continue;
    }
    const h = ADOC_HEADING.exec(l);
    if (h && !h[2]!.trimEnd().endsWith('=')) {
      lines[i] = `${'#'.repeat(h[1]!.length)} ${h[2]}`;
      if (h[1]!.length === 1) for (let j = i + 1; j < lines.length && (lines[j] ?? '').trim() !== '' && j <= i + 2; j++) if (!ADOC_ATTRIBUTE.test(lines[j]!)) lines[j] = '';
      continue;
    }
    if (ADOC_ATTRIBUTE.test(l) || ADOC_DELIMITER.test(l)) lines[i] = '';
  }
}

/** Rewrites an Org-mode, AsciiDoc or (round 24) LaTeX document or slide deck as Markdown on the same lines; any other document is returned as it is. */
export function orgAndAsciidoc(markdown: string): string {
  const lines = markdown.split('\n');
  if (isOrg(lines)) org(lines);
  else if (isAsciidoc(lines)) asciidoc(lines);
  else if (isLatex(lines)) latex(lines);
  else if (isSlides(lines)) slides(lines);
  else return markdown;
  return lines.join('\n');
}
