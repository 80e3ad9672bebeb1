import { BAD_OUTCOME, DAMAGE_ING, FAULT_NOUNS, GOOD_OUTCOME, JUDGE_ADJ, JUDGE_NOUNS, LASTING_BAD } from './blame.lexicon.ts';
import { f, P, PX, type FormPattern } from './blame.forms.base.ts';

/*
 * The ironic forms of blame (issue 16): rhetorical questions, sarcasm, and thanks for a bad outcome. They open
 * blame.forms.ts's FORMS, in this order. Split from blame.forms.ts in round 18, unchanged.
 */

/** The thing a department or a person did, in the judging words of the labelled forms, as a check: "thanks to finance's inability …". */
const JUDGING_AFTER = new RegExp(`^(?:'s|’s|')?\\s+(?:[\\w-]+\\s+)?(?:inability|${JUDGE_NOUNS}|${FAULT_NOUNS}|${JUDGE_ADJ})\\b`, 'i');
/** A damaging act in the -ing form right after the person: "thanks to the warehouse lead skipping the count". */
const DAMAGE_AFTER = new RegExp(`^\\s+(?:${DAMAGE_ING})\\b`, 'i');

/** "Thanks to X for …": gratitude addressed to the person for what follows. */
const THANKED_FOR = /^(?:'s|’s)?\s{0,3}(?:,\s{0,3})?for\s/i;
const DAMAGE_FOR = new RegExp(`^(?:'s|’s)?\\s{0,3}(?:,\\s{0,3})?for\\s+(?:${DAMAGE_ING})\\b`, 'i');
/** A recovery act as the thing thanked: "X's rollback", "X's revert". */
const RECOVERY_ACT = /\b(?:rollback|roll-back|revert|restore|failover|fix|workaround|hotfix|intervention|escalation)\b/i;
/** The harm ended, said in the main clause: "the duplicates stopped", "the errors cleared within minutes". */
const HARM_ENDED = /^\s{0,3}(?:[\w'’-]+\s{1,2}){1,5}?(?:stopped|ended|ceased|cleared|subsided|drained|went away|were contained|was contained|were limited|was limited)\b/i;

/** "failed over", "fails back", "failing over": a recovery act whose verb is "fail". */
const FAILOVER = /\bfail(?:ed|s|ing)?\s+(?:over|back)\b/gi;

/** The outcome after "thanks to X…": the main clause after the comma decides ("Thanks to Omar's quick "fix", the queue backed up"). */
function outcomeIsBad(text: string): boolean {
  // Round 25: failing over (or back) is the recovery, not a failure ("Thanks to Hana's quick thinking, we failed over within four minutes").
  const rest = text.replace(FAILOVER, 'switched');
  const comma = rest.indexOf(',');
  const main = comma === -1 ? rest : rest.slice(comma + 1);
  if (JUDGING_AFTER.test(rest) || DAMAGE_AFTER.test(rest) || LASTING_BAD.test(main)) return true;
  // Round 28: "Thanks to Daniyar for the quick narrowing-down": thanks addressed to a person for something, not a cause
  // (thanks for a damaging act is the sarcasm forms').
  if (THANKED_FOR.test(rest) && !DAMAGE_FOR.test(rest)) return false;
  // Round 28: a good act thanked (no scare quotes) and the harm ending in the main clause: "Thanks to Joana's quick
  // rollback, the duplicates stopped 19 minutes after they began".
  const thanked = comma === -1 ? '' : rest.slice(0, comma);
  if ((GOOD_OUTCOME.test(thanked) || RECOVERY_ACT.test(thanked)) && !/["“'‘]/.test(thanked) && HARM_ENDED.test(main)) return false;
  if (GOOD_OUTCOME.test(main)) return false;
  // "Thanks to Marek's quick rollback, only twelve invoices …": what is thanked was good, and the damage was limited.
  if (comma !== -1 && GOOD_OUTCOME.test(rest.slice(0, comma)) && /^\s*(?:only|just|no more than|fewer than|at most)\b/i.test(main)) return false;
  return BAD_OUTCOME.test(main) || (comma !== -1 && (BAD_OUTCOME.test(rest.slice(0, comma)) || /["“'‘][\w-]+(?: [\w-]+){0,2}["”'’]/.test(rest.slice(0, comma))));
}

export const IRONY_FORMS: readonly FormPattern[] = [
  // Rhetorical questions (the only forms a question can take).
  f('rhetorical-question', '(?:^|[,.]\\s*)(?:(?:honestly|seriously|really),?\\s+)?(?:why|how)\\s+(?:on earth\\s+)?(?:did|could|would|does|do|was|were|is|has)(?:n\'t)?\\s+(?:nobody|no one|no-one|none of them)\\b'),
  f('rhetorical-question', `\\bhow\\s+(?:on earth\\s+|the hell\\s+)?(?:could|can|did|does|do|would)\\s+${P}\\s+(?:not|possibly|miss|fail|forget|ignore|overlook|approve|think|let|deploy|push|be so|skip)\\b`),
  f('rhetorical-question', "\\bwho\\s+(?:in (?:their|his|her|π¤*) right mind|on earth|the hell|thought (?:it was|that was|this was) a good idea|forgets|deploys|pushes|approves|ignores|skips|signs off|would ever|does that|merges)\\b"),
  f('rhetorical-question', `\\bwhat\\s+(?:was|were|is)\\s+${P}\\s+(?:even\\s+)?(?:thinking|doing|smoking|on)\\b`),
  f('rhetorical-question', `(?:^|[,.]\\s*)(?:did|does|do|has|had)\\s+(?:anyone|anybody|${P})(?=\\s)[^?.;]{0,80}?\\beven\\b`),
  f('rhetorical-question', `\\bwhy\\s+(?:did|didn't|would|wouldn't|does|doesn't)\\s+${P}\\s+(?:not\\s+|never\\s+)?(?:bother|think to|ignore|skip|forget|just)\\b`),
  f('rhetorical-question', `\\bwhy\\s+(?:did|would|was|were)?\\s*(?:you|${P})\\s+(?:[\\w'’-]+\\s+){0,8}?without\\b`),
  f('rhetorical-question', '\\bhow\\s+(?:on earth\\s+)?(?:does|did|do|can|could|would)\\s+(?:that|this|it)\\s+(?:even|possibly|ever)\\s+happen\\b', { check: (_m, _r, whole) => /[§π]/.test(whole) }),
  f('rhetorical-question', '\\bhow\\s+(?:does|did|do|can|could|would)\\s+(?:anyone|anybody|someone|a (?:person|professional|grown adult|human))\\s+(?:even\\s+|possibly\\s+)?(?:miss|forget|overlook|not (?:notice|see|check|know|read))\\b'),
  f('rhetorical-question', '(?:^|[.?!]\\s*)(?:seriously|honestly|really|no,? really|I mean),?\\s+(?:who|why|how)\\s*\\?'),
  f('rhetorical-question', `(?:^|[.,]\\s*)who\\s+(?:approved|signed off on|merged|let through|allowed|okayed|ok'd)\\s+(?:this|that|it)\\s*\\?`),
  // Sarcasm: praise words around a bad outcome.
  f('sarcasm', `(?:^|[.!]\\s*)(?:(?:great|nice|good|brilliant|fantastic|excellent|stellar|amazing|superb|outstanding|wonderful|terrific)\\s+(?:job|work|one|move|call|idea|going|stuff|thinking|decision)|well done|bravo|congrats|congratulations|thanks (?:a (?:lot|bunch|million)|for nothing)|nice one|way to go)\\b[^.;]{0,20}?${PX}`, {
    check: (_m, rest) => (BAD_OUTCOME.test(rest) || /["“][^"”\s][^"”]{0,30}["”]/.test(rest)) && !GOOD_OUTCOME.test(rest),
  }),
  f('sarcasm', `(?:^|[.!,]\\s*)(?:of course|naturally|predictably|surprise,? surprise),?\\s+${P}\\s+(?:\\w+\\s+)?(?:decided|chose|thought|had to|went|picked|managed|found|figured)\\b`),
  f('sarcasm', `\\bapparently,?\\s+${P}\\s+(?:\\w+\\s+)?(?:thinks|thought|believes|believed|decided|figured|assumed|considers|felt)\\b`),
  f('sarcasm', `\\bapparently\\s+(?:thinks|thought|believes|believed|decided|figured|assumed|considers)\\b`, { check: (_m, _r, whole) => whole.includes('§') }),
  f('sarcasm', `\\bleave it to\\s+${P}\\s+to\\b`),
  // Thanks or praise for a damaging act ("Thanks, X, for taking down login", "Kudos to whoever …, really smart"), "nice of X to finally …".
  f('sarcasm', `(?:^|[.!;]\\s*)(?:thanks|thank you|cheers|kudos|props|hats off|shout-?out|big thanks|many thanks|(?:great|nice|good|brilliant|stellar|fantastic|excellent|top)\\s+(?:job|work|going|effort|stuff))\\b[^.;]{0,40}?${PX}[^.;]{0,40}?\\bfor\\s+(?:${DAMAGE_ING})\\b`, { needs: /thank|cheer|kudo|props|hats off|shout|job|work|going|effort|stuff/i }),
  f('sarcasm', `(?:^|[.!;]\\s*)(?:thanks|thank you|cheers|kudos|props|hats off|well done|bravo|(?:great|nice|good|brilliant)\\s+(?:job|work|one|move|call|idea))\\b[^.;]{0,120}?,\\s*(?:really|very|so|truly|just|how)\\s+(?:smart|clever|bright|helpful|professional|mature|thoughtful|considerate|sensible|wise|impressive|responsible|brilliant)\\s*[.!]*\\s*$`, { needs: /(?:smart|clever|bright|helpful|professional|mature|thoughtful|considerate|sensible|wise|impressive|responsible|brilliant)[.!\s]*$/i }),
  f('sarcasm', `\\b(?:nice|good|kind|thoughtful|decent|considerate|sweet|big)\\s+of\\s+${P}\\s+to\\s+(?:finally|eventually|bother|let us know|tell us|show up|turn up|join|mention|inform|share|warn|loop)`, {
    check: (_m, _r, whole) => /\b(?:finally|eventually|after the fact|too late|late|later|the next (?:day|morning|week)|bother|at last|only)\b/i.test(whole),
  }),
  f('thanks-to-negative', `\\bno thanks to\\s+${PX}`, { needs: /no thanks/i }),
  f('sarcasm', `\\b(?:yet\\s+)?another\\s+(?:brilliant|great|genius|clever|bright|stellar|fantastic)\\s+(?:idea|move|plan|decision|call)\\s+(?:from|by)\\s+${PX}`),
  // Thanks to a person, with a bad outcome.
  f('thanks-to-negative', `\\bthanks to\\s+${PX}`, { check: (_m, rest) => outcomeIsBad(rest) }),
];
