/*
 * The task inside the shapes an action item is pasted in (issue 16, round 16): a task-table row ("| OPS-1182 | Look into
 * flaky deploys | @dana | To Do | Sprint 14 |"), a site generator's shortcode ("{{< callout >}}Action: … {{< /callout >}}",
 * "{{% notice tip %}}… {{% /notice %}}"). The row's task is its first cell of three words or more that is not a key, a
 * handle, a status or a date, read with any other cell of four words or more (a criterion); a shortcode's is its body. Bounded patterns, linear.
 */
import { withoutAssignment } from './vague.assignment.ts';

const SHORTCODE = /^\s*\{\{[<%][^{}]{0,120}[>%]\}\}\s*([^{}]{1,600}?)\s*\{\{[<%]\s*\/[^{}]{0,60}[>%]\}\}\s*$/;
const ROW = /^\s*\|(.{1,800})\|\s*$/;
/** A lead-in naming the shape rather than the task: "Action:", "Action item:", "AP:" (action point), "Follow-up (OPS-902):", "TODO:". */
const LABEL = /^(?:action(?: item| point)?|follow[- ]?up|todo|to-do|task|ai|ap)\s*(?:\(\s*[\w-]{1,20}\s*\))?\s*:\s*/i;
/** A cell that is not the task: a tracker key, a handle, a status, a date, a sprint, a quarter. */
const NOT_TASK = /^(?:[A-Z][A-Z0-9]{1,9}-\d{1,9}|@[\w.-]+|[A-Z]\.\s?\p{L}+|to do|todo|in progress|done|open|closed|backlog|blocked|\d{4}-\d{2}-\d{2}|sprint \d+|q[1-4](?: \d{4})?|end of q[1-4]|next sprint)$/iu;

/** The task text of a wrapped action item, or the text itself. */
export function taskText(text: string): string {
  const shortcode = SHORTCODE.exec(text);
  if (shortcode !== null) return shortcode[1]!.replace(LABEL, '');
  const row = ROW.exec(text);
  if (row !== null) {
    const cells = row[1]!.split('|').map((c) => c.trim());
    const at = cells.findIndex((c) => !NOT_TASK.test(c) && /\p{Ll}/u.test(c) && c.split(/\s+/).length >= 3);
    // Another cell of four words or more is the item's criterion or detail ("done when a load test keeps …"): read with it.
    if (at >= 0) return [cells[at]!.replace(LABEL, ''), ...cells.filter((c, k) => k !== at && c.split(/\s+/).length >= 4)].join(' — ');
  }
  // Round 26: the task without its assignment fields (a key, a handle, an owner or due field: vague.assignment.ts).
  return withoutAssignment(text);
}
