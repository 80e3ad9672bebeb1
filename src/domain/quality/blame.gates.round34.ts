/*
 * Round 34 (issue 16): a shape the blame model does not judge on its own — with the seventy-third to seventy-fifth
 * voices and tuning-23 to -25 trained on, the model fired on a neutral document line of this shape. Reads the masked
 * sentence (§¤¤ for a person, π¤ for his / her / their). Linear: bounded windows and bounded repetition only.
 */

/**
 * A plan, a rota or a rule that lacks a person: "the overnight rota simply did not include §¤¤ (a second approver)",
 * "the runbook does not name §¤¤ (an owner)". The lack is the artefact's, a gap in the system, not a judgement of the
 * person it names — unless a turn elsewhere in the sentence judges (a lapse, a fault word, a question).
 */
const ARTEFACT_LACKS_PERSON = new RegExp(
  String.raw`\b(?:rota|roster|schedule|runbook|playbook|plan|policy|process|procedure|checklist|template|form|workflow|contract|rulebook|handbook)s?\s{1,2}(?:(?:simply|just|also|still|then|even)\s{1,2})?(?:did|does|do|had|has|have)(?:n['’]t|\s{1,2}not)\s{1,2}(?:include|name|list|have|cover|require|assign|provide|staff|schedule|mention)\s{1,2}§`,
  'i',
);
const TURNED34 =
  /\b(?:never|without|despite|instead|failed|forgot|ignored|skipped|missed|careless\w*|sloppy|reckless\w*|lazy|blame\w*|fault|error|mistake|wrong|as\s{1,2}usual|once\s{1,2}more|yet\s{1,2}again|bothered?)\b|[?!]|\p{Extended_Pictographic}/iu;

export function artefactLacksPerson(masked: string): boolean {
  if (masked.length > 600) return false;
  const m = ARTEFACT_LACKS_PERSON.exec(masked);
  return m !== null && !TURNED34.test(masked.slice(0, m.index) + masked.slice(m.index + m[0].length));
}
