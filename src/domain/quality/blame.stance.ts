import type { Feature } from './classifier.ts';
import { isRole } from './person-tokens.ts';

/*
 * Stance markers (issue 16, round 8): the words a writer uses to take an attitude to what is told rather than to tell
 * it — doubt ("apparently", "supposedly", "so-called"), irony ("of course", "naturally", "funny how", "somehow"), a
 * habit held against someone ("once again", "as usual", "every single time"), a concession that takes back
 * ("at least", "to be fair", "eventually", "with respect", "I'm not naming anyone, but"), an exclamation or an emoji,
 * a person addressed at the end of a reproach (", Thabo."), and a contrast of the person with everyone else ("some of
 * us …", "like everyone else", "the only one who"). Each class is one model feature, with a person in the sentence
 * (`stance:<class>+P`) or without one (`stance:<class>`), so a marker never seen in training counts through the
 * weight its class learned from every writer, and "of course the replica lagged" weighs apart from "of course Dai
 * left it in test mode". A person's act with a harmful verb ("X broke / wiped / fat-fingered …") is one more.
 *
 * Each pattern is bounded (no nested repetition): linear in the sentence.
 */

export type StanceClass = 'doubt' | 'irony' | 'habit' | 'concession' | 'exclaim' | 'address' | 'contrast' | 'note';

const CLASSES: readonly (readonly [StanceClass, RegExp])[] = [
  ['doubt', /\b(?:apparently|evidently|supposedly|allegedly|seemingly|reportedly|presumably|ostensibly|so-called|so called|(?:so )?(?:i'm|i am|we're|we are|we were|i was) told|if (?:you|we) believe)\b/i],
  [
    'irony',
    /\b(?:of course|naturally|funny how|funnily enough|the irony|ironically|conveniently|somehow|surprise,? surprise|shocker|who knew|go figure|needless to say|predictably|mysteriously|magically|curiously|guess who|take a wild guess|what a surprise|tidy job|nice work|good work|great work|truly visionary|gold star)\b/i,
  ],
  ['habit', /\b(?:once again|yet again|again|as usual|as always|as ever|per usual|every (?:single )?time|(?:second|third|fourth|fifth|nth|umpteenth) time|still (?:has(?:n't| not)|had(?:n't| not)|does(?:n't| not)|did(?:n't| not)|is(?:n't| not)|was(?:n't| not))|as i did|circling back|for the (?:hundredth|umpteenth|nth))\b/i],
  [
    'concession',
    /\b(?:at least(?!\s+(?:\d|(?:one|two|three|four|five|six|ten|a|an|once|twice|half|some|every)\b))|to be fair|in fairness|eventually|arguably|with (?:the (?:greatest|utmost) |all (?:due )?)?respect|(?:i'm|i am|we're|we are) not (?:naming|saying|pointing)|nobody is (?:naming|pointing|blaming)|no names|a certain (?:someone|somebody|person|colleague|engineer)|not sure (?:my|if my|whether my)|generous to call|charitably|how do you say|let's just (?:say|note)|i'll just say|i'll leave it|you'd think|one would think|one might think|in (?:his|her|their) defen[cs]e)\b/i,
  ],
  // Round 11: an editorial note that announces a detail rather than tells the incident ("for the record", "worth noting",
  // "it should be noted that", "fwiw"): selective detail is set down this way, and a plain account rarely needs it.
  ['note', /\b(?:for the record|(?:worth|bears) (?:noting|recording|mentioning|pointing out|flagging)|noting (?:for (?:completeness|the record|the review)|that)|for completeness|it should be (?:noted|said|mentioned)|let the record show|for what it['’]s worth|fwiw|just saying|(?:i|we)(?:['’]ll| will| would)? (?:just )?(?:like to )?(?:note|point out|mention) that|as an aside|incidentally)\b/i],
  ['contrast', /\b(?:some of us|the rest of us|like everyone else|unlike everyone|everyone (?:else|except)|everybody (?:else|except)|the only (?:one|person|engineer|deploy|change|team) (?:who|that|with|to)|of all people)\b/i],
];

/** An exclamation mark or a pictographic emoji. */
const EXCLAIM = /!|\p{Extended_Pictographic}|:[a-z_]{2,20}:/u;
/**
 * A person addressed at the close of a sentence that is not thanks: ", Thabo." / ", Farid!" — not an apposition after a
 * person ("escalates to the software on-call, Rafael Duarte.").
 */
const CLOSING_ADDRESS = /,\s{0,3}§¤*\s{0,3}[.!?]*\s*$/;
/** The word before the comma, when it is a person reference: an apposition unless it is a pronoun ("not guess them, Thabo."). */
const BEFORE_COMMA = /(?:^|\s)([\p{L}'’-]{1,40})\s{0,2}$/u;
const PRONOUN = /^(?:them|him|her|us|me|you|it)$/i;
/** A harmful act with a person as the clause's subject: the verb itself tells the damage. */
const HARM_VERB =
  /^(?:broke|breaks|breaking|wiped|wipes|nuked|nukes|trashed|clobbered|corrupted|corrupts|bricked|crashed|crashes|leaked|leaks|exposed|mislabell?ed|mislabels|fat-finger(?:ed|s)?|botched|botches|mangled|messed|screwed|borked|overwrote|overwrites|deleted|deletes|dropped|drops|killed|kills|took|takes)$/i;
const HARM_OBJECT_AFTER_TOOK = /^(?:down|out|offline)$/i;

/** A subject that is no person and its verb in the past or present, right before the marker: "The alert fired ", "the job fails ". */
const THING_AGAIN = /(?:^|[,;:]\s{0,3})(?:the|a|an|this|that|our|its)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,3}?(?:[a-z]{2,20}(?:ed|s)|ran|fell|broke|went|came|blew|froze|hung|woke|rang)\s{1,3}$/i;

type Tok = { text: string; start: number; end: number; person: boolean };

/** What a delay waited on, right after "eventually": "after / once / when / because …" up to the clause's end. */
const DELAY_CAUSE = /^,?\s{0,3}(?:after|once|when|because|as soon as)\s([^.;:!?—–]{1,120})/i;

/**
 * Whether the words after "eventually" (at `at` in the masked sentence, same offsets) say what the delay waited on
 * with no person in it: a thing's event explains the time ("after the pager app updated", "once the lock cleared").
 */
function delayExplained(masked: string, at: number): boolean {
  const m = DELAY_CAUSE.exec(masked.slice(at, at + 160));
  return m !== null && !/[§π]/.test(m[1]!);
}

/**
 * The stance features of a sentence `s` (whitespace collapsed), its masked copy and tokens; `anyPerson` whether a
 * person is referred to, `subjectClauses` the token ranges of clauses whose subject is a person.
 */
export function stanceFeatures(s: string, masked: string, anyPerson: boolean, subjectClauses: readonly (readonly Tok[])[]): Feature[] {
  const out: Feature[] = [];
  const tag = anyPerson ? '+P' : '';
  for (const [name, re] of CLASSES) {
    const m = re.exec(s);
    if (m === null) continue;
    // Round 9: "eventually" followed by what the delay waited on, a thing and no person ("answered the page
    // eventually, after the pager app updated"), tells the time, not a concession that takes back.
    if (name === 'concession' && /^eventually$/i.test(m[0]) && delayExplained(masked, m.index + m[0].length)) continue;
    // Round 15: "again" right after a thing's verb, no person before it ("The alert fired again at 14:10 and the on-call
    // acknowledged it"), is the thing's recurrence, not a habit held against the person named later.
    const thing = name === 'habit' && anyPerson && THING_AGAIN.test(masked.slice(Math.max(0, m.index - 120), m.index)) && !/[§π]/.test(masked.slice(0, m.index));
    out.push({ name: thing ? 'stance:habit-thing' : `stance:${name}${tag}`, start: m.index, end: m.index + m[0].length });
  }
  const e = EXCLAIM.exec(s);
  if (e !== null) out.push({ name: `stance:exclaim${tag}`, start: e.index, end: e.index + e[0].length });
  if (anyPerson && !/^\W*(?:thanks|thank you|cheers|kudos|well done|congrat)/i.test(s)) {
    const a = CLOSING_ADDRESS.exec(masked);
    const before = a === null ? null : BEFORE_COMMA.exec(s.slice(Math.max(0, a.index - 42), a.index));
    // Round 18: after a role word outside the reference too ("escalates to the on-call software engineer, Dr. Hana Sato.").
    const apposition = a !== null && ((masked[a.index - 1] === '¤' && !PRONOUN.test(before?.[1] ?? '')) || isRole(before?.[1] ?? ''));
    if (a !== null && !apposition) out.push({ name: 'stance:address+P', start: a.index, end: a.index + a[0].length });
  }
  for (const clause of subjectClauses) {
    for (let i = 1; i < clause.length && i <= 4; i++) {
      const t = clause[i]!;
      if (!HARM_VERB.test(t.text)) continue;
      // "took" harms only when it took something down / out / offline within the next few words.
      if (/^(?:took|takes)$/i.test(t.text) && !clause.slice(i + 1, i + 6).some((c) => HARM_OBJECT_AFTER_TOOK.test(c.text))) continue;
      out.push({ name: 'harm-verb+P-subject', start: t.start, end: t.end });
      break;
    }
  }
  return out;
}
