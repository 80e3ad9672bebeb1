/*
 * The shared vocabulary of the blame forms (issue 16): the person masks, the adverbs and relative clauses that may
 * stand between a person and the verb, and the pattern constructor. Split from blame.forms.ts in round 18, unchanged.
 */

export type BlameForm =
  | 'should-have'
  | 'counterfactual'
  | 'failure-to'
  | 'possessive-judgement'
  | 'fault-noun'
  | 'judgement-adjective'
  | 'omission-verb'
  | 'idiom'
  | 'sole-responsibility'
  | 'wasted-time'
  | 'sarcasm'
  | 'rhetorical-question'
  | 'thanks-to-negative'
  | 'passive-agent'
  | 'caused-by-person'
  | 'human-error'
  | 'contempt'
  | 'defiance'
  /** What a person said, then a short sentence that says it was not so: "He said he'd tested it. He hadn't." */
  | 'contradicted'
  /** No rule fired; the trained model judged the words around a person (blame.features.ts). */
  | 'judging-words';


export const P = '§¤*';
export const POSS = "(?:§¤*(?:'s|’s|'|’)|π¤*)";
export const PX = `(?:${POSS}|${P})`;
export const ADV =
  '(?:(?:just|simply|really|clearly|obviously|also|then|again|apparently|actually|honestly|frankly|basically|completely|totally|still|even|quietly|badly|allegedly|probably|definitely|repeatedly|conveniently|somehow|evidently|certainly|once again|alone|personally|single-handedly|themselves|himself|herself|,)\\s+){0,3}';
/** A relative clause hanging on the person ("the person who approved this change"). */
export const REL = '(?:,?\\s+(?:who|that|whose)\\s+[^,;:.?!§]{1,60}?,?|,\\s+(?:as|being|our|the|a|an|in|on)\\s+[^,;:.?!]{1,40},)?';
/** Not the object of a preposition: "arguing with a vendor who refused to escalate" judges the vendor, not the one who writes. */
export const NOT_OBJECT = '(?<!\\b(?:with|to|from|for|about|against|at|of|than|between)\\s+)';

export type FormPattern = {
  form: BlameForm;
  re: RegExp;
  person: boolean;
  weak?: boolean;
  /** With `weak`: a ", which …" after the act describes its object ("without looking at the budget, which was exhausted"), not a reason. */
  whichIsNoReason?: boolean;
  negatable?: boolean;
  raw?: boolean;
  /** A cheap test the clause as written must pass before the form is tried (the form's own words), to keep the rules' cost flat. */
  needs?: RegExp;
  check?: (m: string, rest: string, whole: string, orig: string) => boolean;
};

export const f = (form: BlameForm, source: string, extra: Partial<FormPattern> = {}): FormPattern => ({
  form,
  re: new RegExp(source, 'i'),
  // Forms that open on a person cannot match a clause without one: skipped cheaply.
  person: source.startsWith('§') || source.startsWith('(?:§') || source.startsWith(POSS) || source.startsWith(PX),
  ...extra,
});
