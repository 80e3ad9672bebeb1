/*
 * Round 33 (issue 16): a document to write that is named by its kind alone. Retrained on 92 training splits, the vague
 * model judged "Write a runbook" and "Write a runbook for the arrivals feed" under its bar (its weight for "a runbook"
 * halved): two expected findings of documents-eval-32 lost.
 */

/** "Write / create / draft a (new) runbook|playbook|procedure|guide|doc (for the <one to three words>)" and nothing after. */
const UNNAMED_DOCUMENT =
  /^(?:write|create|draft|produce|put\stogether)\s(?:a|an|some)\s(?:new\s|short\s|proper\s)?(?:runbook|playbook|procedure|guide|how-to|doc|document|documentation|wiki\spage|write-up)(?:\sfor\s(?:the|our|this|that)\s[\w'’-]{2,30}(?:\s[\w'’-]{2,30}){0,2})?$/i;

/** An owner mentioned before the task ("@Tobias Renner Write a runbook"): who, not what. */
const LEADING_MENTION = /^@[\w.-]{1,40}(?:\s\p{Lu}[\w'’-]{1,30})?\s(?=\p{Lu})/u;

/**
 * The opening words of an action item (lead-in, trailing fields and punctuation removed) asks for a document named only by its kind,
 * at most with the thing it is for, or null: where will it live, what must it cover, and when is it done? A path, a link to an
 * alert, a rehearsal or anything after the thing ("… and link it from the OrdersDBDown alert") is not this shape.
 * Linear: one anchored match with bounded repetition.
 */
export function unnamedDocument(t: string): string | null {
  const task = t.replace(LEADING_MENTION, '');
  return UNNAMED_DOCUMENT.test(task) && !/\d|[_/`#]/.test(task) ? task.split(' ').slice(0, 3).join(' ') : null;
}
