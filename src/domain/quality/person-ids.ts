import { isCommonWord } from './common-words.ts';
import type { Token } from './person-tokens.ts';

/*
 * Round 21 (issue 16): people named by an ID ("ENG-0412", "TECH-77") in tickets and outage reports. An ID is as likely
 * to be a ticket or a change ("CHG-28811", "INC-77310"), so the clause decides: an ID that acts like a person (skips,
 * forgets, wakes up, was told, should have) or that a person's words surround ("down to ENG-0812", "failure of ENG-0145
 * to", "ENG-0552's approach") is a person. Bounded lookarounds only: linear.
 */

/** Capitals, a hyphen and digits: ENG-0412, OPS-17, TECH-2231. */
const ID = /^\p{Lu}{2,6}-\d{2,6}$/u;
const ADVERB = '(?:(?:somehow|just|then|also|still|never|again|apparently|clearly|finally|only|eventually|already|simply|obviously|basically|actually|personally|unilaterally|allegedly|probably|presumably|yet again|once again),?\\s{1,2})';
/** What only a person does: a lapse, a choice, a word, a body or a state of mind. */
const PERSON_STATE = new RegExp(
  `^,?\\s{1,2}${ADVERB}?(?:ignored|ignores|missed|misses|forgot|forgets|skipped|skips|overrode|overrides|misread|misreads|dozed|rushed|assumed|assumes|thought|thinks|knew|decided|decides|refused|refuses|insisted|insists|claimed|claims|promised|promises|assured|agreed|chose|apologi[sz]ed|wakes|woke|slept|sleeps|arrived|arrives|showed up|shows up|turned up|turns up|left site|went home|went ahead|managed|manages|tried|tries|failed to|fails to|(?:couldn['’]t|can['’]t|won['’]t|wouldn['’]t|should)(?! (?:be|have been)\\b)|(?:did|does|has|had)(?:n['’]t| not)(?: even)? (?:check|read|tell|follow|escalate|bother|notice|look|call|wait|ask|inform|update|test|verify|confirm|raise|think|know|care|listen|show|turn up|answer|reply|respond|complete|finish|attend|sign)|is(?:n['’]t| not) (?:trained|allowed|authori[sz]ed|qualified)|was(?:n['’]t| not)? (?:told|asked|warned|on shift|on site|on call|asleep|supposed|meant|informed|advised|instructed|reminded|briefed|trained|working)|had been (?:told|asked|warned|on site|on shift|working)|told|replied|responded|could(?:n['’]t| not)(?=\\s{0,2}[.,;!?]|\\s*$))\\b`,
  'iu',
);
/** An act on a thing only a person does, with its object: "rebooted the primary DC", "closed the ticket". */
const PERSON_ON_THING = new RegExp(
  `^,?\\s{1,2}${ADVERB}?(?:rebooted|reboots|unplugged|unplugs|pulled|swapped|closed|closes|downgraded|acknowledged|acknowledges|acked|approved|approves|typed|logged|booked)\\s{1,2}(?:the|a|an|it|his|her|their|all|both|every|our|two|three)\\b`,
  'iu',
);
/** Words before an ID that make it a person: a cause pinned on them, their failure, their account, a comparison. */
const PERSON_BEFORE =
  /(?:\b(?:down to|failure of|failures of|fault of|according to|unlike|than|blame[sd]?|thanks to|ask|asked|tell|told|chase|chased|remind|reminded|trust|trusted|left to|with|rests? (?:solely |entirely )?with|instructed|warned|paged|called|(?:closed|downgraded|overridden|approved|ignored|skipped|missed|rejected|acknowledged|acked|escalated|rebooted|unplugged|handled) by)\s{1,2}|@)$/i;
/** A person's own possession after the ID: "ENG-0552's approach", "ENG-0390's shift". */
const PERSON_OWNS = /^['’]s\s{1,2}(?:own\s{1,2})?(?:approach|decision|judge?ment|mistake|error|failure|attitude|handover|assumption|excuse|story|version|explanation|idea|fault|shift|workmanship|competence|conduct|negligence|carelessness|oversight|laziness|interpretation|recollection|word|promise|claim|note|notes|manager|team|supervisor)\b/i;

/**
 * Round 29: a login handle — lower-case letters, then one to three digits ("jsmith42", "akumar7", "mwong3"), the letters no
 * common word (so not "node42", "gpu01", "python3", "web01"). Shared machines and clusters name their users so. Like an
 * ID it is a person only by its clause: an act only a person does, a person's words before it, or a possession after it
 * (a handle owns its jobs, scripts and files: "jsmith42's job script"; "centos7's kernel" is not a common word's either,
 * so the possession alone needs the letters to read as a surname: at least five letters).
 */
const HANDLE = /^(\p{L}\p{Ll}{3,9})\d{1,3}$/u;
/** What a user of a shared machine does with it, with its object ("requested 64 nodes", "filled /scratch", "queued 400 jobs"). */
const USER_ACT = new RegExp(
  `^,?\\s{1,2}${ADVERB}?(?:requested|requests|submitted|submits|queued|queues|filled|fills|launched|launches|deleted|deletes|wiped|wipes|ran|runs|had\\s{1,2}(?:bothered|sudo|root|access)|alone\\b|was\\s{1,2}(?:somewhat|rather|a\\s{1,2}bit|less\\s{1,2}than))\\b`,
  'iu',
);
/** "brought to you by jsmith42", "blown through by akumar7's files": a handle after "by" is who did it. */
const BY_BEFORE = /\b(?:by|from)\s{1,2}$/i;

function handlePerson(s: string, t: Token): boolean {
  const m = HANDLE.exec(t.stem);
  // A sentence's first word is capitalised before the rules read it ("Akumar7 probably …").
  if (m === null || isCommonWord(m[1]!.toLowerCase())) return false;
  if (t.stem !== t.text) return m[1]!.length >= 5;
  const after = s.slice(t.end, t.end + 60);
  const before = s.slice(Math.max(0, t.start - 30), t.start);
  return PERSON_STATE.test(after) || PERSON_ON_THING.test(after) || USER_ACT.test(after) || PERSON_BEFORE.test(before) || BY_BEFORE.test(before);
}

/** Whether the token at i is an ID (or, round 29, a login handle) that names a person by its clause. */
export function idPerson(s: string, toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  if (!ID.test(t.stem)) return handlePerson(s, t);
  if (t.stem !== t.text) return PERSON_OWNS.test(s.slice(t.start + t.stem.length, t.end + 40));
  const after = s.slice(t.end, t.end + 60);
  return PERSON_STATE.test(after) || PERSON_ON_THING.test(after) || PERSON_BEFORE.test(s.slice(Math.max(0, t.start - 30), t.start));
}
