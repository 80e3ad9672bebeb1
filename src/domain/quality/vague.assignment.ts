/*
 * Round 26 (issue 16): the assignment fields an action item carries beside its task — a tracker key before it
 * ("OPS-321 Retrain …"), and after it a handle ("@Dev Patel", "@dana"), an owner or due field ("(owner: Tom Okonedo)",
 * "– Owner: TBD – Due: TBD", "· Unassigned · Due 2026-04-15") or a bare name after a dash ("— Sam"). They say who and
 * when, not what: the vague-item model and the rules read the task without them, and an action item whose only person
 * is in them names no one to judge (an assignment is not a judgement). Bounded patterns, tried from the end: linear.
 */

/**
 * A tracker key before the task: "OPS-321", and since round 31 a linked issue's number as a task list carries it
 * ("#4414 Improve …", "[#88] …", "(PROJ-7) …"), with or without a colon after it.
 */
const KEY = /^(?:[A-Z][A-Z0-9]{1,9}-\d{1,9}|#\d{1,9}|\[(?:[A-Z][A-Z0-9]{1,9}-\d{1,9}|#\d{1,9})\]|\((?:[A-Z][A-Z0-9]{1,9}-\d{1,9}|#\d{1,9})\)):?\s{1,3}(?=\p{L})/u;
/**
 * Round 31: an owner before the task — a handle with a colon or "to" ("@olga.b: better …", "@dana to add …", "ops_oncall
 * to check …") or nobody in particular ("Someone from IT to talk to …"): who, not what.
 */
const LEAD_OWNER = /^(?:@[\w.-]{1,40}\s{0,2}:|@[\w.-]{1,40} (?:to|will)|[a-z][a-z0-9]{0,20}_[a-z0-9_]{1,20} (?:to|will)|(?:someone|somebody|anyone) (?:from|in|on|at) (?:the )?[\w&/-]{1,30}(?: [\w&/-]{1,30})? (?:to|will))\s{1,3}(?=\p{L})/iu;
/** A capitalised name of one to three words ("Sam", "Dev Patel", "Ana de Souza" is read as far as it is capitalised). */
const NAME = String.raw`\p{Lu}[\p{L}'’.]{0,30}(?:[\s-]\p{Lu}[\p{L}'’.]{0,30}){0,2}`;
const FIELD = String.raw`(?:[Oo]wner|OWNER|[Aa]ssignee|[Aa]ssigned to|DRI|[Dd]ue(?: date)?|DUE|[Dd]eadline|[Tt]arget(?: date)?|[Ww]ho|[Ww]hen)\s{0,2}:?\s{0,2}[^—–·|()\n]{1,40}?`;
const DATE = String.raw`\d{4}-\d{2}-\d{2}|\d{1,2} \p{L}{3,9}(?: \d{4})?|\p{Lu}\p{Ll}{2,8} \d{1,2}(?:, \d{4})?`;
const STATUS = String.raw`[Uu]nassigned|TBD|TBC|tbd|n\/a|N\/A|[Nn]one|[Nn]obody yet`;
/** One trailing field, after a separator ("— Sam", "· Due 2026-04-15", "– Owner: TBD") or in brackets ("(owner: Tom)"). */
const TRAILING = [
  new RegExp(String.raw`\s{1,3}@[\p{L}\d][\w.'’-]{0,40}(?:\s\p{Lu}[\p{L}'’-]{0,30}){0,2}$`, 'u'),
  new RegExp(String.raw`\s{0,3}(?:—|–|·|\|\s|\s-)\s{0,3}(?:${FIELD}|${STATUS}|${DATE}|${NAME})\s{0,3}\.?$`, 'u'),
  new RegExp(String.raw`\s{0,3}\((?:${FIELD}|@[\w.-]{1,40}|${NAME})\)\s{0,3}\.?$`, 'u'),
  new RegExp(String.raw`[.;,]?\s{1,3}(?:[Oo]wner|OWNER|[Aa]ssignee|DRI)\s{0,2}:\s{0,2}[^—–·|()\n:]{1,40}$`, 'u'),
  // Round 31: a retro board's votes ('(+3)', '(4 votes)', '👍 5').
  /\s{0,3}(?:\(\s?\+\d{1,3}\s?\)|\(\d{1,3} votes?\)|👍\s?\d{1,3})\s{0,3}$/u,
];

/** The task of an action item without its assignment fields (the text itself when it has none, or when nothing else is left). */
export function withoutAssignment(text: string): string {
  let t = text.trimEnd(); // not /\s+$/: tried at each space of a long run, that is quadratic
  const key = KEY.exec(t);
  if (key !== null) t = t.slice(key[0].length);
  const lead = LEAD_OWNER.exec(t);
  if (lead !== null && t.slice(lead[0].length).trim().split(/\s+/).length >= 2) t = t.slice(lead[0].length);
  for (let round = 0; round < 6; round += 1) {
    const m = TRAILING.map((re) => re.exec(t)).find((x) => x !== null);
    if (m === undefined || m === null) break;
    const rest = t.slice(0, m.index).trimEnd();
    // Keep at least two words of task: "Call Sam" is a task, not a field.
    if (rest.split(/\s+/).length < 2) break;
    t = rest;
  }
  return t;
}

/** Where the assignment fields of an action item are ([start, end) ranges in the text), so that a person there is not judged. */
export function assignmentRanges(text: string): { start: number; end: number }[] {
  const core = withoutAssignment(text);
  const at = text.indexOf(core);
  if (at < 0 || core === text) return [];
  const out: { start: number; end: number }[] = [];
  if (at > 0) out.push({ start: 0, end: at });
  if (at + core.length < text.length) out.push({ start: at + core.length, end: text.length });
  return out;
}
