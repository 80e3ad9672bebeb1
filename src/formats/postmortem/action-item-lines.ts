// The shapes of an action item's lines: a line that is an item of its own, a line that only gives an item's fields.
import { englishLabels } from './action-item-labels.ts';

/** A line that is one whole sentence: a capital (or an @handle) first, a full stop, "!" or "?" last. */
const SENTENCE_LINE = /^(?:[\p{Lu}@]).{0,400}[.!?]$/u;
/** Round 24: a line led by its owner's handle and a colon ("@Rui: look into surge caps"), as a chat's follow-up list has it. */
const OWNER_LED_LINE = /^@[\p{L}\p{N}][\p{L}\p{N}._'-]{0,30}(?: [\p{L}\p{N}._'-]{1,30}){0,2}:[ \t]{1,4}\S/u;

/** A line's end that carries its sentence on to the next line: a comma, a dash, an open bracket, a joining word. */
const CONTINUES = /(?:[,;:([–—-]|\b(?:and|or|to|the|a|an|of|for|with|by|in|on|at|that|which|but))$/i;

/**
 * Round 25: a run of lines most of them led by an owner ("@Rui: …"), the others starting afresh with a capital after a
 * line that ends complete ("Look into the Android fallback"), as a chat's agreed actions are written: one item a line.
 */
function ownerLedRun(lines: readonly string[]): boolean {
  const led = lines.filter((l) => OWNER_LED_LINE.test(l.trim())).length;
  if (led < 2 || led * 2 < lines.length) return false;
  return lines.every((l, k) => OWNER_LED_LINE.test(l.trim()) || (/^\p{Lu}/u.test(l.trim()) && !CONTINUES.test((lines[k - 1] ?? '').trimEnd())));
}

/** Round 11: a line that says the item was done, and when ("Done on 2 December at 16:06", "Completed 2026-12-02"). */
const DONE_LINE = /^(?:done|completed|closed|shipped|fixed|resolved)(?: on| at)?\s{1,4}\d/i;
/** A line that only gives a field of the item above it: "Owner: Priya", "Due — 1 Apr 2026", "**Status:** open". */
const FIELD = /^(?:\*\*|__)?(?:owner|owners|members?|assignee|assigned to|owned by|dri|who|due|due date|deadline|eta|target|target date|by when|when|status|priority|ticket|tracking|jira|issue|link|estimate|effort)(?:\*\*|__)?[ \t]{0,20}(?::|[—–-][ \t])/i;

export function isFieldText(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return lines.length > 0 && lines.every((l) => FIELD.test(englishLabels(l)) || DONE_LINE.test(l));
}

/** Round 25: one "Key: value" of a field block ("Labels: `P2`", "Members: @kofi", "**Sprint:** 14"). */
// Round 29: or a key left empty on its line ("Members:", "Due:"), as a board exports a card no one has filled in.
const FIELD_SEGMENT = /^(?:\*\*|__)?\p{L}[\p{L}\p{N} _-]{0,24}(?:\*\*|__)?:(?:[ \t]{1,4}\S|[ \t]*$)/u;

/**
 * Round 25: a block of fields under an item's own heading, whatever its keys, as a board or tracker exports a card: each
 * line one or more "Key: value" separated by "·", "•" or "|" ("Labels: `P2` · Members: @kofi · Due: 2026-04-24"), none
 * of them a sentence ("Linked issues: #1187 (merged), #418 (open)." is a remark).
 */
export function isFieldBlock(text: string): boolean {
  if (isFieldText(text)) return true;
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const segments = lines.flatMap((l) => l.split(/[ \t][·•|][ \t]/).map((seg) => seg.trim()));
  return lines.length > 0 && lines.length <= 4 && lines.every((l) => l.length <= 400) && segments.every((seg) => seg.length <= 120 && FIELD_SEGMENT.test(seg) && !/[.!?]$/.test(seg)) &&
    // Round 29: a lone "Label:" over nothing is no field block (a paragraph's run-in label).
    !(segments.length === 1 && /:$/.test(segments[0]!) && !isFieldText(segments[0]!));
}

/** Whether each line of a paragraph is an item of its own: whole sentences one a line, or a run of owner-led lines. */
/** Round 27: a checkbox with no list bullet before it ("[ ] @lena Add a check …", "[x] Unpublish 7.2"), as a plain-text export leaves a task list. */
const CHECKBOX_LINE = /^\[[ xX]\][ \t]{1,4}\S/;
/**
 * Round 29: a status chip in brackets before the item's text ("[Open] Add an alert · Owner: …", "[Won't do] Move banks"), as
 * an incident tool's follow-up list is copied out: one to three words, a letter first, no sentence of its own.
 */
const STATUS_CHIP_LINE = /^\[\p{L}[\p{L}'’ -]{0,20}\][ \t]{1,4}\S/u;

/** Round 29: a tracker's task a line, its kind and number first ("Task 58220: Store … — Assigned To: … — Target Date: …"). */
export const TRACKER_LINE = /^(?:task|issue|ticket|story|card|bug|work item)[ \t]{1,3}#?\d{1,12}:[ \t]+\S/i;

/** Round 29: a ticket's row copied as tab-separated cells ("PTASK0051233<tab>Look into …<tab>Assigned to: …<tab>Due date:"): three or more cells. */
const TAB_ROW = /^[^\t]+\t[^\t]*\t/;

export function oneItemALine(lines: readonly string[]): boolean {
  return lines.length >= 2 && (lines.every((l) => SENTENCE_LINE.test(l.trim()) || OWNER_LED_LINE.test(l.trim())) || ownerLedRun(lines) || lines.every((l) => CHECKBOX_LINE.test(l.trim()) || STATUS_CHIP_LINE.test(l.trim())) || lines.every((l) => TAB_ROW.test(l.trim())) || lines.every((l) => TRACKER_LINE.test(l.trim())));
}
