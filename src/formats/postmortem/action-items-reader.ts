// Reads action items: tables, checklists, bullets, numbered lists, or one paragraph each.
import { trimEnd } from '../../domain/text.ts';
import type { ActionItem, ActionItemStatus } from '../../domain/postmortem/document.types.ts';
import type { Block, Inline, ListItem } from './blocks.ts';
import type { StreamItem } from './outline.ts';
import { parseDateValue, ymdString } from './time-scan.ts';
import { englishLabels, FOREIGN_DUE_HEADER, FOREIGN_OWNER_HEADER } from './action-item-labels.ts';
import { closedInDue, statusOf } from './action-item-status.ts';
import { columnsByContent } from './action-item-columns.ts';
import { isFieldBlock, isFieldText, oneItemALine } from './action-item-lines.ts';
import { DUE, HANDLE, MARKER, OWNER_PATTERNS, PRIORITY, TEAM_AND_DUE, TRAILING_DATE } from './action-item-fields.ts';

export { statusOf } from './action-item-status.ts';

const COLS: ReadonlyArray<readonly [keyof Cols, RegExp]> = [
  // Round 34: a row number's name in other languages ("STT", "Č.", "№", "番号", "序号", "번호", "رقم").
  ['key', /^(?:id|key|#|no\.?|nr\.?|n°|num(?:ber)?|ref|stt|č\.?|№|番号|序号|编号|번호|순번|رقم)$/iu],
  // Round 16: a board's "Person" column. Round 11: "Lead", "Driver", "Accountable", "Point of contact" name the owner too.
  ['owner', /\b(?:owner|owners|assignee|assigned|who|responsible|dri|team|lead|driver|accountable|poc|point of contact|champion|person)\b/i],
  ['priority', /\b(?:priority|pri|prio|severity)\b/i],
  ['due', /\b(?:due|deadline|eta|target|by when|when|date|by|until)\b/i],
  ['status', /\b(?:status|state|done|progress)\b/i],
  ['text', /\b(?:action|actions|item|task|description|what|title|summary|todo|follow.?up|remediation|measures?|steps?)\b/i],
];
type Cols = { key: number; owner: number; priority: number; due: number; status: number; text: number };

// Round 10: the key may be set off by a dash of any length ("AI-4 — Look into the sync script").
/** Round 29: a tracker's kind and number before the task's words ("Task 58220: …"): the item's key. */
const TRACKER_KEY = /^((?:task|issue|ticket|story|card|bug)[ \t]{1,3}#?\d{1,12}):[ \t]+/i;
const TAB_KEY = /^([A-Z][A-Z0-9]{1,11}-?\d{2,12})[ ]{0,4}\t\s*/;
const KEY = /^([A-Z]{1,3}-?\d{1,3})\s*[:.)\-–—]\s+/;

function fromText(inline: Inline, line: number): ActionItem {
  // Lines joined by single spaces (split, not /\s*\n\s*/: that regex rescans every run of spaces from each of its positions).
  let text = inline.text.split('\n').map((l) => englishLabels(l.trim())).filter((l) => l !== '').join(' ');
  let status: ActionItemStatus | null = null;
  const box = /^\[([ xX✓-])\]\s*/.exec(text);
  if (box) {
    status = box[1] === ' ' ? 'open' : box[1] === '-' ? 'wont_do' : 'done';
    text = text.slice(box[0].length);
  }
  // Round 29: a status chip before the words ("[Open] Add an alert", "[Won't do] Move banks") is the status, not the item's words.
  const chip = box ? null : /^\[(\p{L}[\p{L}'’ -]{0,20})\][ \t]+/u.exec(text);
  const chipStatus = chip ? statusOf(chip[1] ?? '') : null;
  if (chip && chipStatus !== null) {
    status = chipStatus;
    text = text.slice(chip[0].length);
  }
  if (/^(?:✅|✔️?|☑️?)\s*/u.test(text)) status ??= 'done';
  const mk = MARKER.exec(text);
  if (mk && status === null) status = statusOf(mk[1] ?? '');
  const st = /\bstatus\s*:\s*([\w' -]+)/i.exec(text);
  if (st && status === null) status = statusOf(st[1] ?? '');
  if (inline.struck && status === null) status = 'done';
  if (status === null && DONE_FIELD.test(text)) status = 'done';
  // Round 17: an item considered and declined ("*Rename the files.* Won't do: …") needs no owner and no date.
  if (status === null && WONT_LABEL.test(text)) status = 'wont_do';
  let key: string | null = null;
  // Round 29: a row of tab-separated cells is read as fields set apart by "·" (an empty field, "Due date:", dropped), its
  // first cell a ticket number the key.
  const tabKey = TAB_KEY.exec(text) ?? TRACKER_KEY.exec(text);
  if (tabKey) {
    key = tabKey[1] ?? null;
    text = text.slice(tabKey[0].length);
  }
  if (text.includes('\t')) text = text.split(/[ \t]*\t[ \t]*/).filter((c) => c !== '' && !/^\p{L}[\p{L} ]{0,20}:$/u.test(c)).join(' · ');
  const k = key === null ? KEY.exec(text) : null;
  if (k) {
    key = k[1] ?? null;
    text = text.slice(k[0].length);
  }
  // The due date is read before the owner is taken out: "(owner: @sam, due 2026-03-20)" holds both.
  const d = DUE.exec(text) ?? TRAILING_DATE.exec(text);
  let owner: string | null = null;
  for (const re of OWNER_PATTERNS) {
    const o = re.exec(text);
    if (o) {
      owner = (o[1] ?? '').trim() || null;
      // The due date in words stays in the item's words, where the due rule reads it.
      if (re !== HANDLE) text = (text.slice(0, o.index) + (re === TEAM_AND_DUE ? ` (${o[2] ?? ''})` : '') + text.slice(o.index + o[0].length)).trim();
      break;
    }
  }
  const due = d ? parseDateValue(d[1] ?? '') : null;
  const p = PRIORITY.exec(text);
  // Removing "— owner: x" can leave its separator dangling at the end.
  // Round 29: and a field taken from between two "·" or "—" leaves them side by side ("… · · Due: …").
  const clean = trimEnd(text.replace(/\s+/g, ' ').replace(/ ([·•—])(?: [·•—])+(?= )/g, ' $1').trim(), '-–—,;:|·• ').trim();
  return { key, text: clean, owner, status, due: due ? ymdString(due) : null, priority: p ? (p[1] ?? p[2] ?? null) : null, line };
}

/** Capitals or brackets that mark a status in any cell of a table without a status column ("Bug 123 DONE"). */
const CELL_MARKER = /\b(DONE|TODO|COMPLETED?|FIXED|RESOLVED|CLOSED|IN PROGRESS|WIP|WONTFIX|WON'?T (?:DO|FIX)|OPEN)\b/;

function markedStatus(cells: readonly string[]): ActionItem['status'] {
  for (const c of cells) {
    const m = CELL_MARKER.exec(c) ?? MARKER.exec(c);
    if (m?.[1]) return statusOf(m[1]);
  }
  return null;
}

/** A ticket number alone in a cell: "PTASK0010431", "OPS-1234", "#4521". */
const TICKET_ID = /^(?:#\d{1,10}|[A-Z][A-Z0-9]{0,11}-?\d{2,12})$/;

function table(b: Extract<Block, { type: 'table' }>, offset: number): ActionItem[] {
  const cols: Cols = { key: -1, owner: -1, priority: -1, due: -1, status: -1, text: -1 };
  b.header.forEach((h, i) => {
    for (const [name, re] of COLS) {
      // Round 18: or in another language ("Responsable", "Fecha").
      const foreign = name === 'owner' ? FOREIGN_OWNER_HEADER : name === 'due' ? FOREIGN_DUE_HEADER : null;
      if (cols[name] < 0 && (re.test(h.trim()) || foreign?.test(h.trim()))) {
        cols[name] = i;
        return;
      }
    }
  });
  // Round 36: the columns no header named, read by what their cells hold (dates, names, row numbers, the item's words).
  if (cols.owner < 0 || cols.due < 0 || cols.text < 0) {
    const taken = [cols.priority, cols.status].filter((i) => i >= 0);
    Object.assign(cols, columnsByContent(b, { key: cols.key, owner: cols.owner, due: cols.due, text: cols.text }, taken));
  }
  if (cols.text < 0) cols.text = b.header.findIndex((_, i) => !Object.values(cols).includes(i));
  if (cols.text < 0) return [];
  // Round 14: a column of ticket numbers under "Task" ("PTASK0010431") is the items' keys; their words are in another
  // column ("Short description").
  const idsOnly = (i: number): boolean => b.rows.every((r) => TICKET_ID.test((r.cells[i] ?? '').trim()));
  if (b.rows.length > 0 && idsOnly(cols.text)) {
    const words = b.header.findIndex((_, i) => !Object.values(cols).includes(i) && b.rows.some((r) => /\S\s+\S/.test(r.cells[i] ?? '')));
    if (words >= 0) {
      if (cols.key < 0) cols.key = cols.text;
      cols.text = words;
    }
  }
  const out: ActionItem[] = [];
  for (const r of b.rows) {
    const cell = (i: number): string | null => (i >= 0 && (r.cells[i] ?? '').trim() !== '' && !/^[-–—]$|^n\/?a$/i.test((r.cells[i] ?? '').trim()) ? (r.cells[i] ?? '').trim() : null);
    const text = cell(cols.text);
    if (text === null) continue;
    const dueRaw = cell(cols.due);
    const due = dueRaw === null ? null : parseDateValue(dueRaw);
    const statusRaw = cell(cols.status);
    out.push({
      key: cell(cols.key),
      text,
      owner: cell(cols.owner),
      status: statusRaw === null ? (markedStatus(r.cells) ?? closedInDue(dueRaw)) : statusOf(statusRaw),
      due: due ? ymdString(due) : null,
      priority: cell(cols.priority),
      line: r.line + offset + 1,
    });
  }
  return out;
}

// Round 14: or in the due field ("Owner: Efua · Due: done 27 September").
const WONT_LABEL = /(?:^|[.!?*_][ \t]{1,4})(?:won['’]t do|will not do|not doing|rejected|declined)[ \t]{0,2}:/i;
const DONE_FIELD = /(?:^|[—–]\s{0,4}|\b(?:due|status)\s{0,2}:\s{0,2})(?:done|completed|closed|shipped|fixed|resolved)(?: on| at)?\s{1,4}\d/i;
/** Round 29: a board's or tracker's kind before a heading's words ("Card: Reverse the accruals", "Task 58221: …") is not the item's words. */
const cardText = (text: string): string => text.trim().replace(/^(?:card|task|issue|ticket|story)(?:[ \t]{1,3}#?\d{1,12})?:[ \t]{1,4}(?=\S)/i, '');
const plain = (text: string): Inline => ({ text, leadBold: null, afterBold: '', struck: false });

/** The item's own words and its field lines as one text ("Add a canary — Owner: Priya — Due: 2026-05-01"). */
// Round 29: a field left empty ("Members:", "Due:") says nothing and is left out.
const EMPTY_FIELD = /^(?:\*\*|__)?\p{L}[\p{L}\p{N} _-]{0,24}(?:\*\*|__)?:[ \t]*$/u;
const withFields = (inline: Inline, all: readonly string[]): Inline => {
  const fields = all.filter((f) => !EMPTY_FIELD.test(f.trim()));
  return fields.length === 0 ? inline : { ...inline, text: [inline.text.trim(), ...fields.map((f) => f.replace(/^(?:\*\*|__)|(?:\*\*|__)(?=[ \t]*[:—–-])/g, ''))].join(' — ') };
};

/** The first lines of sub-items, and (round 28, an outliner's deeper nesting) a field's own field sub-items ("Owner: Lena" / "Due: …"). */
function fieldLines(items: readonly ListItem[]): string[] {
  return items.flatMap((x) => {
    const t = x.blocks[0]?.type === 'paragraph' ? x.blocks[0].inline.text.trim() : '';
    const sub = x.blocks.find((b): b is Extract<Block, { type: 'list' }> => b.type === 'list');
    return sub !== undefined && isFieldText(t) ? [t, ...fieldLines(sub.items).filter((f) => isFieldText(f))] : [t];
  });
}

function listItems(items: readonly ListItem[], offset: number, out: ActionItem[]): void {
  for (const it of items) {
    const first = it.blocks[0];
    if (first?.type !== 'paragraph') continue;
    const nested = it.blocks.find((b): b is Extract<Block, { type: 'list' }> => b.type === 'list');
    const t = first.inline.text.trim();
    // Sub-items that are only fields ("- Owner: Priya", "- Due: 1 Apr 2026") belong to the item: it is one item, on its first line.
    const fields = nested === undefined ? [] : fieldLines(nested.items);
    if (nested && fields.length > 0 && fields.every((f) => isFieldText(f)) && t !== '') {
      out.push(fromText(withFields(first.inline, fields), it.line + offset + 1));
      continue;
    }
    // A group heading in a list ("Monitoring:" with sub-items) is not an item itself.
    if (nested && (t.endsWith(':') || (first.inline.leadBold !== null && first.inline.afterBold.trim() === ''))) {
      listItems(nested.items, offset, out);
      continue;
    }
    if (t === '') continue;
    // Field lines written as more paragraphs of the same list item.
    const more = it.blocks.slice(1).flatMap((b) => (b.type === 'paragraph' && isFieldText(b.inline.text) ? [b.inline.text.trim()] : []));
    out.push(fromText(withFields(first.inline, more.flatMap((m) => m.split('\n'))), it.line + offset + 1));
  }
}

/**
 * Reads the action items of a section in document order; sub-items stay inside their item. An
 * item may be a sub-heading followed only by its fields ("### Add a canary" / "Owner: Priya"),
 * and field lines in a paragraph of their own belong to the item before them.
 */
export function readActionItems(stream: readonly StreamItem[], lineOffset: number): ActionItem[] {
  const out: ActionItem[] = [];
  const blocks = stream.flatMap((s) => (s.kind === 'block' ? [s.block] : []));
  const structured = blocks.some((b) => b.type === 'list' || b.type === 'table');
  // The item being read from a sub-heading or a paragraph, until its fields end.
  let open: { inline: Inline; line: number; fields: string[] } | null = null;
  const flush = (): void => {
    if (open !== null) out.push(fromText(withFields(open.inline, open.fields), open.line));
    open = null;
  };
  for (let i = 0; i < stream.length; i++) {
    const s = stream[i]!;
    if (s.kind === 'marker') {
      flush();
      let j = i + 1;
      const blockAt = (k: number): Block | null => { const x = stream[k]; return x?.kind === 'block' ? x.block : null; };
      while (j < stream.length && blockAt(j)?.type === 'paragraph' && isFieldBlock((blockAt(j) as Extract<Block, { type: 'paragraph' }>).inline.text)) j++;
      // A sub-heading is an item when only field lines (or nothing) follow it before the next one.
      const next = stream[j];
      if (s.text.trim() !== '' && (next === undefined || next.kind === 'marker') && j > i + 1) open = { inline: plain(cardText(s.text)), line: s.line, fields: [] };
      // Round 10: or when a list of its fields follows ("### AI-3: …" / "- [ ] Owner: TBD" / "- [ ] Due: TBD" / "- [x] Done 28 Dec").
      const list = blockAt(i + 1);
      const after = stream[i + 2];
      if (j === i + 1 && s.text.trim() !== '' && list?.type === 'list' && (after === undefined || after.kind === 'marker')) {
        const lines = list.items.map((x) => (x.blocks[0]?.type === 'paragraph' ? x.blocks[0].inline.text.trim() : ''));
        const fields = lines.map((l) => l.replace(/^\[[ xX✓-]\][ \t]{0,4}/, ''));
        if (lines.length > 0 && fields.every((f) => isFieldText(f) || statusOf(f) !== null)) {
          const done = lines.find((l, k) => /^\[[xX✓]\]/.test(l) && statusOf(fields[k] ?? '') !== null);
          const item = fromText(withFields(plain(s.text.trim()), fields.filter((f) => isFieldText(f))), s.line);
          out.push(done !== undefined ? { ...item, status: statusOf(fields[lines.indexOf(done)] ?? '') } : item);
          i++;
        }
      }
      continue;
    }
    const b = s.block;
    if (b.type === 'paragraph' && (isFieldText(b.inline.text) || (open !== null && isFieldBlock(b.inline.text)))) {
      if (open !== null) {
        open.fields.push(...b.inline.text.split('\n').map((l) => l.trim()).filter((l) => l !== ''));
        continue;
      }
      const prev = out[out.length - 1];
      const prevBlock = i > 0 ? stream[i - 1] : undefined;
      // "Owner: Priya" after a list item or paragraph item (blank line between): the previous item's field.
      if (prev !== undefined && prevBlock?.kind === 'block' && (prevBlock.block.type === 'paragraph' || prevBlock.block.type === 'list')) {
        const lines = b.inline.text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
        out[out.length - 1] = { ...fromText(plain([prev.text, ...lines].join(' — ')), prev.line), status: prev.status ?? fromText(plain(lines.join(' — ')), prev.line).status, key: prev.key };
        continue;
      }
    }
    flush();
    if (b.type === 'table') out.push(...table(b, lineOffset));
    else if (b.type === 'list') listItems(b.items, lineOffset, out);
    else if (b.type === 'paragraph' && !structured) {
      const t = b.inline.text.trim();
      if (t === '' || t.endsWith(':') || /^(?:none|n\/a|tbd|-)\.?$/i.test(t)) continue;
      // A paragraph of whole sentences, one a line ("We will add monitoring …." / "We should update the runbook too."):
      // each line is an item, on its own line, as a reviewer reads it (round 8). A wrapped paragraph is one item.
      const lines = b.inline.text.split('\n');
      // Round 23: a definition list (pandoc, PHP Markdown Extra: "Monitoring" / ": Look into alerting on …"): the term
      // names a theme, the definition is the item, on its own line, where a reader points.
      const def = lines.length === 2 && /^[^.:!?]{1,60}$/.test(lines[0]!.trim()) ? /^[ \t]{0,3}:[ \t]{1,4}(\S.*)$/.exec(lines[1]!) : null;
      if (def !== null) {
        open = { inline: plain(def[1]!.trim()), line: b.line + lineOffset + 2, fields: [] };
        continue;
      }
      if (oneItemALine(lines)) {
        lines.slice(0, -1).forEach((l, k) => out.push(fromText(plain(l.trim()), b.line + lineOffset + 1 + k)));
        open = { inline: plain(lines[lines.length - 1]!.trim()), line: b.line + lineOffset + lines.length, fields: [] };
        continue;
      }
      open = { inline: b.inline, line: b.line + lineOffset + 1, fields: [] };
    }
  }
  flush();
  return out;
}
