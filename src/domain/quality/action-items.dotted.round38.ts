/*
 * Round 38 (issue 16): a list item written as a tracker's record, its fields set apart by middle dots ("- ENG-4104 ·
 * Improve monitoring · Todo · Unassigned", "- BIKE-431 · Roll back … · Assignee: @noor · Due: Mar 9"): the item is the
 * first field with words past the key, not the whole line (the key and the status made "Improve monitoring" read as a
 * named, specific item). A line whose first field is not a tracker's key is read as it is.
 *
 * Pure and linear: one split of the line.
 */
import { isTrackerKey, itemCell } from './action-items.row.round37.ts';

/** The item's words in a dotted tracker record (above), or the text unchanged. */
export function dottedItem(text: string): string {
  const fields = text.split(' · ').map((f) => f.trim());
  if (fields.length < 2 || !isTrackerKey(fields[0]!)) return text;
  return itemCell(fields[0]!, fields.slice(1));
}
