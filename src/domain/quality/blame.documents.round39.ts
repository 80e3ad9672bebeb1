/*
 * Round 39 (issue 16): a count of people is a measure of the incident's reach, wherever the document gives it. Round 37
 * (blame.impact.round37.ts) cleared a model finding on a group the incident reached only in the Impact and Summary
 * sections; writers give the same counts in a timeline, a customer-communication note or a discussion ("412 candidates
 * booked a slot already held by someone else", "three borrowers had come to the desk", "Several research groups got
 * their data later than promised", "188 couriers sat idle"). The model's words of harm ("late", "idle", "missed") weigh
 * for blame there, but a counted group is not a group judged.
 *
 * Only the model's finding (form `judging-words`, never a rule's form), only when every person reference of the sentence
 * is a plural group or a plural pronoun and at least one is counted: by a number, a number word or a quantifier (closed
 * classes). A singular person, a name, or a judgement said outright ("should have", "ignored", "careless", "again")
 * keeps the finding. Linear: each pattern is tried at one place, with bounded repetition.
 */
import type { BlameHit } from './blame.patterns.ts';
import { OUTRIGHT, PLURAL_HEAD, groupsOf } from './blame.impact.round37.ts';
import { isCommonWord } from './common-words.ts';

/** The number words up to twenty, the tens and the quantifiers: a closed class. */
const COUNT_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|some|several|many|most|all|both|few|dozens|hundreds|thousands|a\\s{1,3}dozen|a\\s{1,3}handful\\s{1,3}of';
/** A count before the group, then at most two words ("412 ", "three ", "Several research ", "two of the three "). */
const COUNTED = new RegExp(String.raw`(?:^|[\s(])(?:\d[\d,.]*|${COUNT_WORD})(?:\s{1,3}of(?:\s{1,3}(?:the|our|those|these|them))?(?:\s{1,3}(?:\d[\d,.]*|${COUNT_WORD}))?)?\s{1,3}(?:[\p{L}-]{1,30}\s{1,3}){0,2}$`, 'iu');
/** The count inside the reference itself ("Four skiers", "412 candidates"). */
const COUNT_START = new RegExp(String.raw`^(?:\d[\d,.]*|${COUNT_WORD})\s`, 'iu');
const counted = (p: { text: string; before: string }): boolean => COUNTED.test(p.before) || COUNT_START.test(p.text);
/**
 * The writer's stance on what the group did, a closed class of English stance adverbs and "too much / hard for":
 * "apparently it was too much for the two reviewers" judges the count it names.
 */
const STANCE = /\b(?:apparently|honestly|obviously|clearly|evidently|frankly|seriously|surely|somehow|naturally|predictably|unsurprisingly|too\s{1,3}(?:much|hard|difficult|complicated)\s{1,3}for)\b/i;
/** A plural pronoun that refers back to the counted group. */
const PLURAL_PRONOUN = /^(?:they|them|their|theirs|themselves)$/i;

/** Whether a model finding only names counted groups of people (and pronouns for them): a measure of reach. */
export function countedGroupOnly(hit: BlameHit, sentence: string): boolean {
  if (hit.form !== 'judging-words' || OUTRIGHT.test(sentence) || STANCE.test(sentence)) return false;
  const people = groupsOf(sentence);
  return (
    people.length > 0 &&
    people.every((p) => PLURAL_HEAD.test(p.text) && (counted(p) || PLURAL_PRONOUN.test(p.text))) &&
    people.some(counted)
  );
}

/**
 * Round 39: a fault denied in a dialect or another language, as "not" denies it in English (blame.patterns.ts
 * NEGATED_BEFORE): Scots negative auxiliaries ("This wisnae anybody's fault", "it isnae human error"), Tagalog "hindi",
 * Malay and Indonesian "bukan" / "tidak", Vietnamese "không (phải)", German "nicht" / "kein", Dutch "niet" / "geen",
 * Portuguese "não", Polish "nie" — a closed class of negators, at most two words before the fault words.
 */
const DENIAL = /(?:^|[\s,;:(])(?:(?:is|was|wis|did|do|din|can|could|would|should|has|have|had|will|wid)na(?:e)?|hindi|bukan|tidak|không(?:\s{1,3}phải)?|nicht|kein\p{L}{0,2}|niet|geen|não|nie)\s{1,3}(?:[\p{L}'’-]{1,30}\s{1,3}){0,2}$/iu;
/** The forms that name a fault or an error as a person's. */
const FAULT_FORMS: ReadonlySet<BlameHit['form']> = new Set(['fault-noun', 'human-error', 'caused-by-person', 'possessive-judgement']);

/** Whether the fault a finding names is denied just before it, in a dialect or another language. */
export function deniedFault(hit: BlameHit, sentence: string): boolean {
  return FAULT_FORMS.has(hit.form) && DENIAL.test(sentence.slice(Math.max(0, hit.start - 60), hit.start));
}

/**
 * Round 39: a line that is a label, not a sentence, is no place for the model's words (as a heading is not, round 7):
 * - a plain-text heading in capitals ("WHO WAS AFFECTED", "ROOT CAUSE AND FIXES"): no small letter, at most eight words;
 * - a row of metadata fields set apart by middle dots or bullets ("Reference: X-12 · Submitted 2026-05-22 · Classification:
 *   Restricted");
 * - a field whose value is only a name or a title ("**Comms:** Melissa Goh", "Incident lead: Dr Ana Ruiz"): capitalised
 *   words after the label, no verb to judge.
 * Only the model's finding (form `judging-words`): a rule's form in a label ("Root cause: Dave's mistake") stays.
 */
const CAPITALS_HEADING = /^[\s#*_>=-]{0,6}[^\p{Ll}]{1,80}$/u;
const FIELD_ROW = /^[^·•\n]{1,80}:\s?[^·•\n]{1,80}(?:\s[·•]\s[^·•\n]{1,80}){1,8}$/u;
const NAME_FIELD = /^[\s>*_-]{0,6}(?:\*\*|__)?[\p{L} /&-]{2,30}:(?:\*\*|__)?[ \t]{1,4}(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s)?\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){0,3}[ \t]*$/u;

/** A line in capitals as it would be written in small letters: a common English word small, any other word (a name) capitalised. */
function smallLetters(t: string): string {
  const words = t.split(/(\s+)/).map((w) => {
    const lower = w.toLowerCase();
    return isCommonWord(lower.replace(/[^\p{L}'’-]/gu, '')) ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
  });
  const s = words.join('');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Whether a model finding stands on a label line (a heading in capitals, a row of fields, a field holding a name). A
 * heading in capitals is also read as shouting (form `contempt`): it is cleared when the same words in small letters are
 * judged by nothing (`judged`), so "WHY DID DAVE SCREW THIS UP AGAIN" stays.
 */
export function onLabelLine(hit: BlameHit, raw: string, judged: (text: string) => boolean): boolean {
  if (raw.length > 300 || (hit.form !== 'judging-words' && hit.form !== 'contempt')) return false;
  const t = raw.trim();
  const capitals = CAPITALS_HEADING.test(t) && /\p{Lu}/u.test(t) && t.split(/\s+/).length <= 8;
  if (hit.form === 'contempt') return capitals && !judged(smallLetters(t));
  return capitals || FIELD_ROW.test(t) || NAME_FIELD.test(t);
}
