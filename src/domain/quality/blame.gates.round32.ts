/*
 * Round 32 (issue 16): shapes the blame model does not judge on its own — with the sixty-seventh to sixty-ninth voices
 * and tuning-16 to -19 trained on, the model fired on two neutral document lines of these shapes. Reads the masked
 * sentence (§¤¤ for a person, π¤ for his / her / their). Linear: bounded windows and bounded repetition only.
 */

/** What turns a plain account into a judgement: a negation, a contrast, a lapse, a fault word, a question, an emoji. */
const TURNED32 =
  /\b(?:not|never|no|without|despite|except|but|yet|instead|only|still|finally|eventually|actually|apparently|supposedly|late|too|failed|forgot|ignored|skipped|missed|careless\w*|sloppy|reckless\w*|blame\w*|fault|error|mistake|wrong|nothing|nobody|as\s{1,2}usual|once\s{1,2}more|yet\s{1,2}again|against|bypass\w*|overr[io]d\w*)\b|n['’]t\b|[?!]|\p{Extended_Pictographic}/iu;

/**
 * A repeat held to a schedule: "again" followed by its cadence ("§ runs that check again daily until the fix ships",
 * "§ will walk the line again each morning"). The repeat is a plan, not the "again" of a lapse ("§ forgot it again").
 */
const SCHEDULED_AGAIN =
  /\bagain\s{1,2}(?:daily|nightly|weekly|hourly|monthly|every\s{1,2}(?:day|night|morning|evening|shift|week|hour|month|release|deploy|run|cycle)|each\s{1,2}(?:day|night|morning|evening|shift|week|hour|month|release|deploy|run|cycle)|tomorrow|next\s{1,2}(?:week|month|shift|sprint|quarter)|(?:on|at|before|after)\s{1,2}(?:each|every)\s{1,2}[\w-]{1,20})\b/i;

/** A person's act with its cadence-held repeat, one person, no turn once the "again" of the schedule is set aside. */
export function scheduledRepeat(masked: string): boolean {
  const m = SCHEDULED_AGAIN.exec(masked);
  if (m === null || masked.length > 400) return false;
  const rest = masked.slice(0, m.index) + masked.slice(m.index + 'again'.length);
  return (masked.match(/§/g)?.length ?? 0) === 1 && !TURNED32.test(rest);
}

/**
 * An act told with the procedure it follows: "§ declares the link degraded and switches to voice dispatch (procedure
 * DP-7)", "§ isolated the feeder per the switching procedure", "§ called the vendor, as the runbook says". The
 * procedure named beside the act is what was followed, not a fault — unless a turn (TURNED32) judges it.
 */
const PROCEDURES = String.raw`(?:procedure|runbook|playbook|sop|checklist|protocol|policy)`;
const BY_PROCEDURE = new RegExp(
  String.raw`[§π]¤*[^.;!?]{0,200}?(?:\(\s{0,2}${PROCEDURES}\b|\b(?:per|as\s{1,2}per|in\s{1,2}line\s{1,2}with|following|according\s{1,2}to)\s{1,2}(?:(?:the|our|π¤*)\s{1,2})?(?:[\w-]{1,20}\s{1,2}){0,2}?${PROCEDURES}\b|\bas\s{1,2}(?:the|our)\s{1,2}(?:[\w-]{1,20}\s{1,2})?${PROCEDURES}\s{1,2}(?:says|requires|states|specifies)\b)`,
  'i',
);
const PROCEDURE_WORD = /\b(?:procedure|runbook|playbook|sop|checklist|protocol|policy)\b/i;

export function byProcedure(masked: string): boolean {
  if (masked.length > 600 || !PROCEDURE_WORD.test(masked)) return false;
  return BY_PROCEDURE.test(masked) && !TURNED32.test(masked);
}
