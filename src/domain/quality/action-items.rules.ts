import type { ActionItem } from '../postmortem/document.types.ts';
import { DATE_MASK, isDateCell } from '../../formats/postmortem/action-item-columns.ts';
import { trimEnd } from '../text.ts';
import type { LintContext, Rule } from './lint.context.ts';
import { readHtmlTable } from '../../formats/postmortem/html-table.ts';
import { GIVEN_NAMES } from './person-names.ts';
import { isCommonWord } from './common-words.ts';
import { OUTLINER_TASK, placeholdersIn } from './placeholder.patterns.ts';
import type { RawFinding } from './quality.types.ts';
import { cut, locate, plainText, spansOf } from './source-text.ts';
import { actionItemVagueness, vaguenessMessage } from './vague.patterns.ts';
import { completionCell, itemCell, pipeCells } from './action-items.row.round37.ts';
import { dottedItem } from './action-items.dotted.round38.ts';

const section = { section: 'actionItems' as const };
// Round 11: "someone from card ops", "anyone on the team" name nobody.
// Round 31: the same stand-ins in other languages ("미정", "未定", "待定", "à définir", "por definir", "da definire",
// "offen", "nicht zugewiesen", "ej tilldelad", "nog te bepalen", "belirlenmedi").
const NO_VALUE =
  /^(?:|-|—|–|n\/a|none|tbd|tbc|\?+|unassigned|nobody|no one|(?:someone|somebody|anyone|anybody)(?: (?:from|in|on|at) [\w .&/-]{1,40})?|미정|미지정|未定|未割当|未分配|待定|待分配|[àa] (?:d[ée]finir|d[ée]terminer|confirmer)|por (?:definir|determinar|asignar)|a definir|sem respons[áa]vel|da (?:definire|assegnare)|offen|unbekannt|nicht zugewiesen|ej tilldelad|ikke tildelt|uavklart|nog (?:te bepalen|niet bekend)|niet toegewezen|belirlenmedi|belirsiz|atanmad[ıi])$/iu;

const NO_LABELS: ReadonlySet<string> = new Set();

/**
 * Whether a field holds a value: not empty, not a stand-in ("-", "TBD", "unassigned") and not a template's placeholder
 * ("@owner", "YYYY-MM-DD", "[Owner]"). Round 8: a template's item still holding "Owner: TBD" or "| TBD | YYYY-MM-DD |"
 * has no owner and no due date, and a reviewer says so on the item (the placeholder rule reports the stand-in too).
 */
function hasValue(v: string | null): boolean {
  return v !== null && !NO_VALUE.test(plainText(v)) && placeholdersIn(v, NO_LABELS).length === 0;
}

/** Round 17: an item led by a known given name and its verb ("Priya to add a synthetic call test …", "Sanjay will send …"): that person owns it. */
const GIVEN = new Set(GIVEN_NAMES);
const LEAD_OWNER = /^(\p{Lu}\p{Ll}{1,30})(?: \p{Lu}\p{Ll}{1,30})? (?:to|will) \p{Ll}/u;
/**
 * Round 38: or by a name and a colon, the task in small letters after it, as notes of a meeting give each its person
 * ("Pieter: write a fallback procedure …"): a name, not a word of the language ("Monitoring: add an alert" is a topic).
 */
const LEAD_NAME_COLON = /^(\p{Lu}\p{Ll}{1,30})(?: \p{Lu}\p{Ll}{1,30})?:[ \t]{1,3}\p{Ll}/u;
const ledByName = (text: string): boolean => {
  const name = LEAD_NAME_COLON.exec(text)?.[1];
  return name !== undefined && (GIVEN.has(name) || !isCommonWord(name.toLowerCase()));
};
const ledByOwner = (text: string): boolean => GIVEN.has(LEAD_OWNER.exec(text)?.[1] ?? '') || ledByName(text);

/** A note the author left to self ("TODO: attach the audit-log extract"), which the parser may read as a "To do" item: the placeholder rule reports it. */
/** Round 24: also as an HTML list item ("<li>TODO: customer comms</li>"). */
const NOTE_TO_SELF = /^\s{0,8}(?:[-*+]\s{1,4}|<li(?:[ \t][^<>]{0,100})?>[ \t]{0,4})?(?:\*\*|__)?(?:TODO|FIXME|TBD)\b/;

function noteToSelf(ctx: LintContext, item: ActionItem): boolean {
  const raw = ctx.src.lines[item.line - 1]?.raw ?? '';
  return NOTE_TO_SELF.test(raw) && !OUTLINER_TASK.test(raw);
}

/** `too-many-action-items`: more than the configured maximum (10) suggests no prioritisation. */
export const tooManyActionItemsRule: Rule = ({ doc, src, config }) => {
  const max = config.rules['too-many-action-items'].maxItems;
  const items = doc.actionItems.length;
  if (items <= max) return [];
  const at = spansOf(src, 'actionItems')[0]?.start ?? doc.actionItems[max]?.line ?? 1;
  return [
    {
      rule: 'too-many-action-items',
      message: `${items} action items (more than ${max}). Keep the 3–5 with the most impact and move the rest to a backlog or a later review.`,
      line: at,
      quote: cut(src.lines[at - 1]?.raw ?? ''),
      ...section,
    },
  ];
};

/** `vague-action-item`: not specific or measurable ("Improve monitoring"); the message names the missing part. */
/** Field segments read from the item's lines ("— Owner: Priya — Due: 1 Apr", "ETA: Sprint 14") are not its words. */
const FIELD_SEGMENT = /(?:^|\s[—–|]\s{0,5}|[.;,]\s{0,5}|\s)(?:owner|owners|assignee|assigned to|dri|due(?: date)?|deadline|eta|target(?: date)?|status|priority|who|when)\s{0,5}(?::|[—–-]\s)[^—–|]{0,80}/gi;

/** The words of an action item without its field segments and dangling separators. */
export function itemWords(text: string): string {
  return trimEnd(plainText(text).replace(FIELD_SEGMENT, ' ').replace(/\s+/g, ' ').trim(), '-–—,;:| ').trim();
}

/** Round 14: a table's completion column ("Done when", "Acceptance criteria", "Success criteria"). */
const DONE_WHEN_COLUMN = /^(?:done when|definition of done|acceptance(?: criteria)?|success (?:criteria|measure)|how we know|verified (?:by|when)|exit criteria)$/i;

/** The completion criterion a table row gives in its own column, if its table has one. */
function doneWhenCell(src: LintContext['src'], line: number): string | null {
  const row = src.lines[line - 1];
  if (row?.kind !== 'table') return null;
  let head = line;
  while (head > 1 && (src.lines[head - 2]?.kind === 'table' || src.lines[head - 2]?.kind === 'tableRule')) head--;
  if (head === line) return null;
  const col = cells(src.lines[head - 1]!.raw).findIndex((c) => DONE_WHEN_COLUMN.test(plainText(c).trim()));
  const cell = col < 0 ? '' : plainText(cells(row.raw)[col] ?? '').trim();
  return cell === '' || /^(?:-|—|tbd|n\/a|\?+)$/i.test(cell) ? null : cell;
}

/**
 * Round 20: an item already done (ticked, struck, closed in its status or due field) or dropped is not judged vague: what
 * it asked for has been carried out or set aside, and there is nothing left to make specific.
 */
const CLOSED = new Set<ActionItem['status']>(['done', 'wont_do']);

export const vagueActionItemRule: Rule = ({ doc, src }) =>
  doc.actionItems.flatMap<RawFinding>((item) => {
    if (CLOSED.has(item.status)) return [];
    // Round 37: a row read with its other cells — the item past a tracker's key, a completion cell in any language.
    const row = src.lines[item.line - 1]?.kind === 'table' ? pipeCells(src.lines[item.line - 1]!.raw) : [];
    // Round 38: a list item written as a tracker's dotted record (action-items.dotted.round38.ts).
    const text = itemWords(itemCell(dottedItem(itemWords(item.text)), row));
    const done = doneWhenCell(src, item.line) ?? completionCell(row, text);
    const v = actionItemVagueness(done === null ? text : `${text}; done when ${done}`);
    if (v === null) return [];
    return [
      {
        rule: 'vague-action-item',
        message: vaguenessMessage(v),
        line: item.line,
        quote: cut(text),
        ...locate(src.lines[item.line - 1]?.raw ?? '', text),
        ...section,
      },
    ];
  });

/** `action-item-owner`: every action item needs an owner, or it does not get done. */
export const actionItemOwnerRule: Rule = (ctx) =>
  ctx.doc.actionItems
    // Round 11: an item already done needs nobody to drive it.
    .filter((item) => !hasValue(item.owner) && item.status !== 'wont_do' && item.status !== 'done' && !noteToSelf(ctx, item) && !ledByOwner(item.text))
    .map<RawFinding>((item) => ({
      rule: 'action-item-owner',
      message: 'Action item has no owner. Assign one person or team (e.g. "@alice" or "@team-db") who will drive it to done.',
      line: item.line,
      quote: cut(plainText(item.text)),
      ...section,
    }));

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
/** A due date written as a period or a date without its year: "end of Q2", "Sprint 14", "next sprint", "1 Apr", "EOW", "H2 2026", "next Friday". */
const WHEN_WORDS = new RegExp(
  `(?:(?:end|start|middle|beginning|mid|close) of (?:the )?(?:q[1-4]|quarter|month|week|sprint|year|${MONTH})(?: \\d{4}\\b)?|\\bq[1-4](?:[ /-]?(?:fy)?\\d{2,4})?\\b|\\bh[12] \\d{4}\\b|\\bfy ?\\d{2,4}\\b|\\bsprint \\d{1,4}\\b|\\b(?:next|this|current|following) (?:sprint|week|month|quarter|release|iteration)\\b|\\beo[dwmqy]\\b|\\bwithin (?:\\d{1,3}|one|two|three|four|a) (?:days?|weeks?|months?|sprints?)\\b|\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?![a-z])|\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b|\\b(?:(?:next|this|coming|following) )?(?:mon|tues|wednes|thurs|fri)day\\b|\\btomorrow\\b)`,
  'i',
);
/** A due date given in words under a label ("Due: end of Q2", "ETA: Sprint 14", "Target date — next sprint"), or closing the item. */
/**
 * Round 9: under a due label the writer may give a month alone ("due: December") or an event ahead ("Due: before the
 * next season opening"); those are due dates in words too.
 */
const LABELLED_WHEN = `(?:${WHEN_WORDS.source}|\\b${MONTH}(?: \\d{4})?(?![a-z])|\\b(?:before|until|ahead of) (?:the )?(?:next|upcoming|coming|first|start of|end of)\\b)`;
// Round 16: a weekday may stand before the date ("due Fri 28 Feb").
const DUE_IN_WORDS = new RegExp(`\\b(?:due|deadline|eta|target(?: date)?|by when|when|by)\\s{0,5}(?:date\\s{0,5})?[:=—–-]?\\s{0,5}(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s{1,3})?${LABELLED_WHEN}|[—–(,]\\s{0,5}${WHEN_WORDS.source}\\s{0,5}\\)?[.\\s]*$`, 'i');
/** Round 11: a due date in words as the last cell of a pandoc simple table's row, set apart by two or more spaces ("…   Helen Marsh   next sprint"). */
// Round 23: or any cell of its own, a status after it ("…   k.novak   Q2 2026   Open", a ticket system's fixed-width export).
const LAST_CELL_WHEN = new RegExp(`\\S(?: {2,}|\\t)(?:${WHEN_WORDS.source})(?:\\s*$| {2,}|\\t)`, 'i');
const DUE_COLUMN = /\b(?:due|deadline|eta|target|by when|when|date|by|until)\b/i;

/** The cells of a table row: a pipe row ("| a | b |" → ["a", "b"]) or an HTML row ("<tr><td>a</td><td>b</td></tr>"). */
function cells(raw: string): string[] {
  if (HTML_CELL.test(raw)) {
    const t = readHtmlTable(`<table>${raw}`, 0);
    return t?.rows[0]?.cells ?? t?.header ?? [];
  }
  // A Markdown escape is the character it escapes: a Confluence export writes an empty due cell as "\-".
  // Round 11: a Jira header row ("||Action||Owner||Due||") separates its cells with two pipes.
  const t = raw.trim();
  if (t.startsWith('||') && t.endsWith('||')) return t.slice(2, -2).split('||').map((c) => c.trim());
  return t.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim().replace(/\\([-\\`*_{}[\]()#+.!~<>])/g, '$1'));
}
const HTML_CELL = /<t[dh][\s>]/i;
const TABLE_TAGS = /^[ \t]{0,12}(?:<\/?(?:thead|tbody|tfoot|tr|colgroup|col)\b[^<>]{0,200}>[ \t]{0,4}){1,4}$/i;

/** The header row of the table a row is in: the first pipe row above it, or the nearest HTML row of `<th>` cells. */
function headerOf(ctx: LintContext, line: number): string[] {
  const lines = ctx.src.lines;
  let h = line - 1;
  if (lines[h]?.kind === 'table') {
    while (h > 0 && (lines[h - 1]?.kind === 'table' || lines[h - 1]?.kind === 'tableRule')) h--;
    return cells(lines[h]?.raw ?? '');
  }
  // Round 21: past the table's own structure lines ("</thead>", "<tbody>") between the header row and the body.
  for (let n = h - 1; n >= 0 && n >= h - 200 && (HTML_CELL.test(lines[n]?.raw ?? '') || TABLE_TAGS.test(lines[n]?.raw ?? '')); n--) {
    if (/<th[\s>]/i.test(lines[n]?.raw ?? '')) return cells(lines[n]?.raw ?? '');
  }
  return [];
}

/** A due date the parser could not read as a calendar date: in words in the item, or in the due column of its table row (pipe or HTML). */
function dueInWords(ctx: LintContext, item: ActionItem): boolean {
  if (DUE_IN_WORDS.test(plainText(item.text))) return true;
  const row = ctx.src.lines[item.line - 1];
  const raw = row?.raw ?? '';
  if (row?.kind !== 'table' && !HTML_CELL.test(raw)) return DUE_IN_WORDS.test(plainText(raw)) || LAST_CELL_WHEN.test(raw);
  const header = headerOf(ctx, item.line);
  const values = cells(raw);
  // Round 36: or a cell of the row holding a date the parser does not read as a calendar date ("31 ม.ค. 2568", a year of
  // another era), whatever its column is called; a template's mask ("AAAA-LL-ZZ") is no date.
  return header.some((name, i) => DUE_COLUMN.test(name) && hasValue(values[i] ?? null)) || values.slice(1).some((v) => !DATE_MASK.test(v) && isDateCell(v));
}

/** `action-item-due`: every open action item needs a due date (seed 000: P0 24 h … P3 1 quarter). */
export const actionItemDueRule: Rule = (ctx) =>
  ctx.doc.actionItems
    .filter((item) => item.due === null && item.status !== 'done' && item.status !== 'wont_do' && !noteToSelf(ctx, item) && !dueInWords(ctx, item))
    .map<RawFinding>((item) => ({
      rule: 'action-item-due',
      message: 'Action item has no due date. Add one as YYYY-MM-DD, set from its priority (P0 24 hours, P1 1 week, P2 1 month, P3 1 quarter).',
      line: item.line,
      quote: cut(plainText(item.text)),
      ...section,
    }));
