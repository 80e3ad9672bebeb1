// Round 24: action items found by their shape when no heading names them — a tracker's "Sub-issues" list, a ticket
// system's "Problem tasks:" table, a slide or page headed in words the parser does not know. Items that carry an
// owner or a due date, most of them, are action items whatever their section is called.
import type { ActionItem } from '../../domain/postmortem/document.types.ts';
import { readActionItems } from './action-items-reader.ts';
import { TRACKER_LINE } from './action-item-lines.ts';
import { columnsByContent } from './action-item-columns.ts';
import type { Block } from './blocks.ts';
import type { FoundSection, StreamItem } from './outline.ts';

/** A cell or item opening with a clock time: a timeline's row, never an action item. */
const TIME_LED = /^[ \t]*(?:\[|\*\*)?\d{1,2}[:.h]\d{2}\b/;
/** A header cell naming who acts, and one naming when it is due. */
const OWNER_COLUMN = /^(?:owner|owners|assignee|assigned to|dri|responsible|who|lead)$/i;
const DUE_COLUMN = /^(?:due|due date|deadline|eta|target|target date|by|when)$/i;
/** An owner written as a stand-in: still a field the writer filled for an item ("Unassigned", "TBD"). */
const OWNER_STAND_IN = /\b(?:unassigned|no owner|owner:? ?tbd)\b/i;

const fielded = (a: ActionItem): boolean => a.owner !== null || a.due !== null || OWNER_STAND_IN.test(a.text);

function firstTexts(b: Block): string[] {
  if (b.type === 'list') return b.items.map((it) => (it.blocks[0]?.type === 'paragraph' ? it.blocks[0].inline.text : ''));
  if (b.type === 'table') return b.rows.map((r) => r.cells[0] ?? '');
  return [];
}

/** The items of a list or table when they read as action items: a table with owner and due columns, or three or more
 * items (two rows of a table with an owner column), two thirds of them with an owner or a due date. */
function shaped(b: Block, off: number, strictTable: boolean): ActionItem[] {
  // Round 29: a paragraph of a tracker's tasks, one a line ("Task 58220: … — Assigned To: … — Target Date: …"), under a
  // label the parser does not know ("Acceptance Criteria:"): two or more, two thirds of them with an owner or a due date.
  if (b.type === 'paragraph') {
    const all = b.inline.text.split('\n');
    // The label may stand on the paragraph's first line ("Acceptance Criteria:" over the tasks).
    const skip = all.length > 2 && /:[ \t]*$/.test(all[0]!) && !TRACKER_LINE.test(all[0]!.trim()) ? 1 : 0;
    const lines = all.slice(skip);
    if (lines.length < 2 || !lines.every((l) => TRACKER_LINE.test(l.trim()))) return [];
    const block: Block = { type: 'paragraph', inline: { text: lines.join('\n'), leadBold: null, afterBold: '', struck: false }, line: b.line + skip, end: b.end };
    const items = readActionItems([{ kind: 'block', block }], off);
    return items.filter(fielded).length * 3 < items.length * 2 ? [] : items;
  }
  if (b.type !== 'list' && b.type !== 'table') return [];
  const texts = firstTexts(b);
  if (texts.filter((t) => TIME_LED.test(t)).length * 2 >= texts.length) return [];
  // A table headed with both an owner and a due column says what its rows are, however many are filled in.
  let headed = false;
  if (b.type === 'table') {
    // Round 36: or, under headers in words no list knows, a column of names beside a column of dates.
    const byContent = b.header.some((h) => OWNER_COLUMN.test(h.trim())) ? null : columnsByContent(b, { key: -1, owner: -1, due: -1, text: -1 }, []);
    const owner = byContent === null || (byContent.owner >= 0 && byContent.due >= 0);
    headed = owner && (byContent !== null || b.header.some((h) => DUE_COLUMN.test(h.trim())));
    if (!owner || (strictTable && !headed)) return [];
  } else if (strictTable) return [];
  const stream: StreamItem[] = [{ kind: 'block', block: b }];
  const items = readActionItems(stream, off);
  if (headed) return items;
  if (items.length < (b.type === 'table' ? 2 : 3) || items.filter(fielded).length * 3 < items.length * 2) return [];
  return items;
}

const SKIP = new Set(['timeline', 'fiveWhys', 'whatWentWell', 'impact', 'summary']);

/**
 * With no action-item section: the first list or table shaped as action items. In a section the parser could not name
 * (a heading or label in other words), a list or a table with an owner column; in a named section (a label's section
 * that runs on past it), only a table with both an owner and a due column. The free section becomes the action items.
 */
export function shapedActionItems(found: readonly FoundSection[], off: number): { items: ActionItem[]; section: FoundSection | null } {
  for (const f of found) {
    const key = f.section.key;
    if (key !== null && SKIP.has(key)) continue;
    for (const s of f.stream) {
      if (s.kind !== 'block') continue;
      const items = shaped(s.block, off, key !== null);
      if (items.length > 0) return { items, section: key === null && f.section.level > 0 ? f : null };
    }
  }
  return { items: [], section: null };
}
