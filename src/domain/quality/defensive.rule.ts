/**
 * The `defensive` rule: sentences that justify instead of learn ("followed the process correctly", "worked as designed",
 * "out of our control"), in English and, through `language.defensive-foreign.ts`, the languages read there.
 */
import { proseLines, type Rule } from './lint.context.ts';
import type { RawFinding } from './quality.types.ts';
import { FOREIGN_DEFENSIVE, FOREIGN_DEFENSIVE_HINT } from './language.defensive-foreign.ts';
import { cut, locator, sectionKeyAt } from './source-text.ts';
import { DEEPER_THAN_BECAUSE } from './surface-cause.ts';

/**
 * Round 30: a defence that puts the failure out of the team's reach — "out of / outside (of) / beyond our control",
 * "outside the platform team's control" (not "not outside our control").
 */
const CONTROL_DEFENCE = /(?<!\bnot (?:\w+ )?)\b(?:out of|outside|outside of|beyond) (?:our|my|the (?:[\w-]{1,20} ){0,2}?(?:team|teams|department|group|organi[sz]ation|company|business|side)(?:'s|’s|s'|s’)) (?:own )?(?:hands|control)(?!-|[ \t]{1,3}(?!(?:once|since|as|because|and|but|so|that|when|while|after|before|until|in|at|on|for|from|here|there|this|again|too|either|anyway|really|entirely|then|now)\b)\p{L})\b/iu;

const DEFENSIVE: readonly RegExp[] = [
  // Round 16: an SOP too. Round 9: whoever followed it ("IT followed the change process correctly", "The data center has followed the process correct").
  /\b(?:followed|follow|follows|did follow) (?:the|our|all|every|its|their) (?:[\w-]+ ){0,2}?(?:process|procedures?|runbook|playbook|steps?|checklist|protocol|policy|instructions|guidelines|sop)(?:es|s)? (?:correct(?:ly)?|properly|exactly|perfectly|to the letter|as (?:documented|written|required))/i,
  /\b(?:this|it|the (?:incident|outage|failure)) (?:was|is)(?:n't| not) (?:\w+ )?(?:our|my|the team's|our team's) (?:fault|responsibility|problem|doing)\b/i,
  /\b(?:not|never) (?:our|my) (?:fault|responsibility|problem)\b/i,
  /\bthrough no fault of (?:our|my|their) own\b/i,
  /\bnothing (?:(?:we|anyone|anybody) )?(?:could|would) have (?:been done to )?(?:prevented|stopped|caught|avoided|predicted|detected)/i,
  /\b(?:could not|couldn't|can't|cannot) have been (?:prevented|avoided|foreseen|predicted|anticipated)/i,
  /\b(?:no one|no-one|nobody) could (?:possibly )?have (?:foreseen|predicted|known|anticipated|prevented)/i,
  // Round 30: a team that could not have caught it ("so the quality team could not have caught this any earlier"; not
  // "… could not have caught it without a disk metric", which names what was missing).
  /\b(?:we|they|the (?:[\w-]{1,20} ){0,2}?team|our (?:[\w-]{1,20} ){0,2}?team) (?:could not|couldn't|couldn’t|could never|cannot|can't|can’t) (?:possibly )?have (?:caught|prevented|detected|stopped|spotted|avoided|foreseen|predicted)\b(?![^.;:\n]{0,60}\b(?:without|unless|until|had)\b)/i,
  // Round 30: a part that worked as it should, put beyond question ("performed as expected throughout", "functioned
  // correctly throughout and is not a factor", "performed as expected within its contracted capacity", "operated as
  // expected during the period"); alone, "worked as expected" stays a plain statement.
  /\b(?:behaved|worked|performed|functioned|operated|ran) (?:exactly |entirely |just |perfectly )?(?:as expected|as intended|correctly|normally|properly) (?:throughout\b|at all times\b|the whole time\b|all along\b|during the (?:whole |entire )?(?:period|incident|event|window|outage)\b|within (?:its|their|the) (?:[\w-]{1,20} ){0,2}?(?:capacity|limits?|sla|specs?|specification|contract|terms|parameters)\b|and (?:is|was|were|are) not (?:a |the )?(?:factor|cause|issue|problem|at fault)\b)/i,
  // Round 30: a tool's known behaviour offered as the reason ("As expected with RabbitMQ, unacked messages come back").
  /^\W{0,4}as expected with \p{L}/iu,
  /\bthere (?:was|is) nothing (?:else )?(?:we|the team) could (?:have done|do)\b/i,
  /\b(?:did|have done|has done) (?:everything|all) (?:right|correctly|by the book|(?:we|they) could)\b/i,
  /\b(?:we|the team) (?:did|made) (?:nothing wrong|no mistakes)\b/i,
  /^as expected,? the system\b/i,
  // Round 15: whatever the part is called ("As expected, the slot engine released the slots", "the printers picked up
  // again"). A part that "worked as expected" stays a plain statement (a safeguard working).
  /^as expected,? (?:the|our) /i,
  // Round 8: whatever the part is called ("the surge algorithm", "our pricing logic", "the controller firmware") — it worked as designed.
  /\b(?:the|our|this) (?:[\w'’-]+ ){0,3}?(?:(?:itself|themselves) )?(?:behaved|worked|performed|functioned|operated|ran) (?:exactly |correctly |entirely |just |perfectly )?as (?:designed|intended|specified)\b/i,
  /\b(?:was|is) (?:entirely |completely |totally )?(?:unavoidable|out of our (?:hands|control))\b/i,
  // Round 11: the same defences in other words — "ultimately / entirely out of our control", "there was nothing Billing
  // could have done differently", "nothing more could have been done", "did exactly what it is supposed to do", a
  // component named without an article that "worked as designed".
  /(?<!\bnot (?:\w+ )?)\bout of our (?:hands|control)\b/i,
  // Round 30: "outside (of) our control", "beyond our control", "outside the digital team's control".
  CONTROL_DEFENCE,
  /\bnothing (?:more |else )?(?:[\w'’-]+ ){0,3}?(?:could|would|can) (?:have )?(?:been )?(?:done|do)\b/i,
  /\bdid (?:exactly |precisely |just )?what (?:it|they|we|he|she) (?:is|was|are|were) (?:supposed|designed|meant|built) to do\b/i,
  // Round 18: with a reflexive in between ("Processing itself worked as designed").
  /\b\p{Lu}[\p{L}\d-]{2,30} (?:(?:itself|themselves) )?(?:behaved|worked|performed|functioned|operated|ran) (?:exactly |correctly |entirely |just |perfectly )?as (?:designed|intended|specified)\b/u,
  // Round 12: the same defences in the passive and in other words — "the release process was followed correctly", "did
  // exactly what it was specified to do", "did everything it was supposed to", "we cannot be expected to know every
  // setting", "I do not see this as a failure of the Digital Products organisation".
  /\b(?:process|procedures?|runbook|playbook|steps|checklist|protocol|policy|instructions|guidelines|sops?) (?:was|were|had been|has been) (?:\w+ )?followed (?:correctly|properly|exactly|perfectly|to the letter|as (?:documented|written|required))/i,
  /\bdid (?:exactly |precisely |just )?what (?:it|they|we|he|she) (?:is|was|are|were|had been) (?:specified|configured|asked|told|instructed|programmed|expected) to do\b/i,
  /\bdid (?:everything|all) (?:that )?(?:it|they|we) (?:is|was|are|were) (?:supposed|designed|meant|built|asked|expected|specified) to\b/i,
  /\b(?:we|the team|I|our team) (?:cannot|can't|could not|couldn't|can not) (?:reasonably )?be expected to (?:know|foresee|predict|anticipate|check|catch|read|monitor|track|test|cover|review)\b/i,
  /\b(?:do not|don't|did not|didn't|would not|wouldn't) (?:see|regard|consider|view|characteri[sz]e) (?:this|it|the (?:incident|outage)) as (?:a |an )?(?:failure|fault|mistake|error|lapse) (?:of|by|on the part of) (?:the |our |my )/i,  // Round 27: the same forms in the other languages the linter knows (language.defensive-foreign.ts).
  ...FOREIGN_DEFENSIVE,
];

/** Cheap pre-check: every defensive pattern contains one of these words. */
const ENGLISH_HINT = /follow|nobody|have caught|have detected|have stopped|have spotted|correctly|normally|properly|fault|responsib|problem|prevent|foreseen|predict|anticipat|nothing|everything|mistakes|wrong|expected|designed|intended|unavoidable|control|hands|avoided|supposed|meant|built|specified|did all|failure/i;
const DEFENSIVE_HINT = { test: (s: string): boolean => ENGLISH_HINT.test(s) || FOREIGN_DEFENSIVE_HINT.test(s) };

/** A sentence that defends ("worked as designed", "followed the process correctly", "out of our control"), not a question. */
export function isDefensive(sentence: string): boolean {
  return !sentence.trim().endsWith('?') && DEFENSIVE_HINT.test(sentence) && DEFENSIVE.some((re) => re.test(sentence)) && !namesTheGap(sentence);
}

/**
 * Round 9: a sentence that goes on to say what the procedure or system lacked ("Ola followed the swap procedure exactly,
 * and that procedure asked him to type the value by hand with no check") learns; it does not defend.
 */
const namesTheGap = (sentence: string): boolean => {
  const rest = DEFENSIVE.reduce((left, re) => left.replace(re, ' '), sentence);
  // Round 30: what follows "out of our control" is its excuse ("… once the config was live, there's no way to hot-patch it"):
  // only a sentence that points at the team's own process learns.
  if (CONTROL_DEFENCE.test(sentence)) return POINTS_AT_THE_GAP.test(rest);
  // Round 12: a lack that is another party's ("because the aggregator does not allow a grace period") is the excuse.
  return (DEEPER_THAN_BECAUSE.test(rest) && !OTHERS_LACK.test(rest)) || POINTS_AT_THE_GAP.test(rest);
};
const OTHERS_LACK = /\b(?:because|since|as) (?:the |our |a )?(?:[\w-]{1,20} ){0,2}?(?:aggregator|vendor|provider|supplier|partner|carrier|third[- ]party|upstream|registrar|bank|customer|client)(?:'s|’s)? (?:does|did|do|would|will|could|can)(?:n't|n’t| not)\b/i;
/** Round 15: or that first sets human error aside ("This was not human error: Wen followed the runbook as written, …"). */
/** Round 12: "…; the gap is in what the runbook asks for", "the weakness lies in the checklist itself" (not "the fault was in a vendor component": that is another's). */
const POINTS_AT_THE_GAP = /\bthe (?:gap|problem|issue|weakness|flaw|hole) (?:is|was|lies|lay|sits) (?:in|with)\b(?! (?:a |an |the |their )?(?:[\w-]{1,20} )?(?:vendor|supplier|partner|provider|carrier|third[- ]party|upstream)\b)|\bthe (?:process|procedure|runbook|checklist|playbook|design) itself\b|\b(?:was|is)(?:n't| not) (?:a |an )?(?:human|operator|individual|personal|user) (?:error|mistake|failure)\b/i;

/** `defensive`: justifying decisions instead of learning from them (precise phrases only). */
export const defensiveRule: Rule = ({ src }) => {
  const findings: RawFinding[] = [];
  for (const { line, sentences } of proseLines(src)) {
    const section = sectionKeyAt(src, line.n);
    if (section === 'whatWentWell') continue;
    const at = locator(line.raw);
    for (const sentence of sentences) {
      if (sentence.trim().endsWith('?') || /\b(?:avoid|don't write|do not write|instead of)\b/i.test(sentence)) continue;
      if (!DEFENSIVE_HINT.test(sentence)) continue;
      const m = DEFENSIVE.map((re) => re.exec(sentence)).find((x) => x !== null);
      if (m == null || namesTheGap(sentence)) continue;
      findings.push({
        rule: 'defensive',
        message: `"${cut(m[0], 50)}" defends rather than learns. State what happened and what the team will change; if the process was followed, ask why the process allowed the failure.`,
        line: line.n,
        quote: cut(sentence),
        ...at(m[0]),
        ...(section === undefined ? {} : { section }),
      });
    }
  }
  return findings;
};
