import { GOOD_OUTCOME } from './blame.lexicon.ts';
import type { Feature } from './classifier.ts';
import { valence } from './valence.ts';

/*
 * Clause shapes (issue 16, round 9), each one model feature whose weight is learned from every writer:
 * - a passive with a person as its agent, whatever the participle ("The bucket was made public by the new grad",
 *   "the thresholds were lowered by Eero without any review"): the rules know a list of strong participles; the
 *   model weighs the shape itself against its neutral uses ("was approved by Maria at 14:02");
 * - a plain timeline row: a clock time, then a person as the subject and a verb in the present tense
 *   ("02:14 — Haruto acknowledges the page", "23:50 Night shift dispatches a technician"): what a neutral entry
 *   looks like, so the model can weigh it as one.
 *
 * Each pattern is bounded (no nested repetition over overlapping classes): linear in the sentence.
 */

/** Round 18: not who keeps or runs a thing ("files are maintained by the assay team"): ownership, not an act done to it. */
const PASSIVE_BY = /\b(?:was|were|been|being|is|are|got|gets|get)\s+(?:[a-z]{2,20}ly\s+)?(?!(?:maintained|owned|managed|operated|hosted|provided|supplied|funded|staffed|administered|curated|published|issued|sponsored)\b)(?:[a-z]{2,20}ed|made|done|taken|left|set|put|shut|cut|run|broken|written|given|brought|thrown|hidden|forgotten|overwritten|kept|sent|torn|blown|shaken|undone|rewritten|pulled|pushed)\s+(?:[^\s.;:!?§π]{1,30}\s+){0,4}by\s+[§π]/gi;
/** Round 27: an agent passive whose act accounts, reviews, decides or tells: what people do in the normal run of work. */
const NEUTRAL_PASSIVE = /^\S+\s+(?:[a-z]{2,20}ly\s+)?(?:calculated|drawn|reviewed|approved|decided|signed|confirmed|checked|verified|prepared|led|handled|answered|coordinated|estimated|assessed|monitored|tracked|reported|noticed|spotted|found|discovered|caught|escalated|acknowledged|paged|called|informed|notified|contacted|investigated|triaged|measured|counted|recorded|logged|documented|agreed|accepted|authori[sz]ed|requested|chaired|facilitated|compiled|collected|gathered|summari[sz]ed|written|run|covered|answered|supervised|scheduled|planned|organi[sz]ed|briefed|trained|interviewed|asked|told|given)\b/i;
/** A fault or harm after the passive, in its clause: "… and never acted on", "… without a review", "… by mistake". */
const PASSIVE_FAULT = /\b(?:never|not|n't|without|instead|wrong(?:ly)?|mistaken(?:ly)?|incorrect(?:ly)?|accidental(?:ly)?|careless(?:ly)?|by mistake|despite|ignor(?:ed|ing)|forgot(?:ten)?|skipp(?:ed|ing)|overlook(?:ed|ing)|too (?:late|early|soon))\b/i;
/** Round 27: a person who acted and did not tell the others ("switched on the new source and didn't tell us", "… without warning anyone"). */
const UNTOLD = /[§π]¤*\s[^.;:!?§π]{0,80}?\b(?:didn't|didn’t|did not|never|failed to|without)\s{1,2}(?:tell|telling|inform|informing|warn|warning|notify|notifying|mention|mentioning|let\s{1,2}(?:us|anyone|anybody|them)\s{1,2}know)\b/gi;
/** A clock time at the start, a separator, then the person reference and one lower-case word ending in -s. */
const PLAIN_ROW = /^\s{0,3}[[(]?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s?(?:utc|z|am|pm))?[\])]?\s{0,3}[—–|:-]?\s{0,3}[§]¤*\s+(?:[a-z]{2,20}ly\s+)?([a-z]{2,20}(?:es|s))\b/i;

/*
 * Round 10: shapes of blame with no judging word (tuning-5, the fourteenth voice), each one feature whose weight is
 * learned from every writer and its near-twin negatives:
 * - a system that worked, then a person ("The alert worked. The human reading it did not.", "The runbook was clear;
 *   the person following it was not."): the account clears the machine so as to point at the person;
 * - a lesson addressed to a person ("Takeaway for Kwame: …", "Lessons for the night shift: …");
 * - a person as the obstacle ("recovered in spite of Ásdís", "despite the contractor");
 * - a person's absence as the subject's predicate ("Tariq was unreachable", "had her phone switched off",
 *   "was at the beach not answering", "didn't pick up");
 * - praise beside damage in one sentence ("Impressive speed from the networking team: … acknowledged just under two
 *   hours in", "beautifully formatted, which almost makes up for every command in it being wrong"): a word AFINN
 *   rates +2 or more and one rated −2 or less, or a word of damage, with a person in the sentence.
 * Each pattern is bounded: linear in the sentence.
 */
const SYSTEM_OK =
  /\b(?:worked|works|did (?:its|their) (?:job|part)|did (?:exactly )?what (?:it|they) (?:should|was meant to|were meant to)|(?:behaved|performed|worked|fired|failed over|kicked in|responded) (?:exactly |perfectly |precisely )?(?:as designed|as intended|as expected|as documented|on time|correctly|perfectly|flawlessly)|kicked in|(?:was|were) (?:clear|current|correct|accurate|up to date|right)|zero errors|caught it|paged (?:on time|correctly|within)|held)\b/i;
/** A person after a clause or sentence end, and the rest of that person's clause (group 1). */
const PERSON_AFTER = /[.;:,—–]\s{0,3}(?:and\s{1,3}|but\s{1,3}|yet\s{1,3}|still\s{1,3}|then\s{1,3})?(?:[A-Za-z]{1,12}\s{1,3}){0,4}?[§π]¤*([^.;!?]{0,120})/;
/** The person's clause turns against the person: a negation, a "still / anyway / managed to", a wrong target. */
const TURN = /\b(?:not|never|n't|anyway|regardless|still|managed|got round|instead|wrong|ignored|missed|skipped|forgot|slept)\b|n't\b/i;
const LESSON_FOR = /\b(?:lessons?|takeaways?|learnings?|reminders?|advice|tips?|notes?)\s{1,3}(?:learned\s{1,3}|learnt\s{1,3})?(?:for|to)\s{1,3}[§π]/i;
const DESPITE = /\b(?:despite|in spite of|notwithstanding|not because of|no thanks to)\s{1,3}[§π]/i;
const ABSENT =
  /[§π]¤*(?:'s|’s)?\s{1,3}(?:[a-z]{2,20}\s{1,3}){0,3}?(?:(?:was|were|is|are|stayed|remained|went)\s{1,3}(?:(?:completely|totally|simply|just|still)\s{1,3})?(?:unreachable|unavailable|uncontactable|offline|asleep|away|absent|missing|nowhere|silent|on (?:do-not-disturb|dnd|mute|holiday|leave|a (?:flight|plane|beach))|at (?:the|a|his|her|their) (?:beach|pub|cinema|gym|party|wedding|match|dinner|concert)|not answering|out of (?:office|reach|signal))|(?:had|kept|left)\s{1,3}(?:π¤*|his|her|their)\s{1,3}(?:phone|pager|laptop|notifications?|radio)\s{1,3}(?:switched |turned )?(?:off|on silent|on mute|at home|in (?:a|the|his|her|their) (?:drawer|bag|car|locker))|did(?:n't|n’t| not)\s{1,3}(?:pick up|answer|respond|reply|show up|turn up|call back|acknowledge))/i;
/**
 * Damage told by its verb or its result (round 11 widened it by class: destroying, exposing, locking out, undoing —
 * "nuked", "bricked", "leaked", "signed every user out", "vanished", "rebuilding"), which AFINN mostly does not rate.
 */
export const HARM =
  /\b(?:broke|breaking|wipe|wiped|wiping|delete|deleted|deleting|nuke|brick|corrupt|dropped|dropping|purged|killed|crashed|corrupted|corrupting|lost|losing|took (?:down|out)|taking down|knocked out|outage|damage|wrong|nuked|nuking|trashed|bricked|leaked|leaking|exposed|exposing|mangled|botched|overwrote|overwriting|truncated|invalidated|severed|vanished|disappeared|locked (?:\w+ ){0,2}out|signs? (?:\w+ ){0,3}out|signed (?:\w+ ){0,3}out|rebuilding|cleaning up after|back to sleep|rm -rf|drop (?:a|the) (?:table|database))\b/i;

/** Praise or thanks opening a sentence (after a clock time or a chat label): "Kudos to", "Another fine decision from", "A round of applause for". */
const PRAISE_OPENER =
  /^\W*(?:\d{1,2}[:.h]\d{2}\W*)?(?:[a-z]{2,12}:\s{1,3})?(?:thanks|thank you|kudos|congrat\w*|well done|bravo|hats off|shout-?out|props|a round of applause|round of applause|credit to|recognition to|we owe|(?:many|much|huge|big|special|heartfelt) (?:thanks|gratitude|shout-?out|award|recognition)|another (?:masterpiece|fine|flawless|stellar|brilliant|great|outstanding|triumph)|(?:great|nice|lovely|brilliant|fine|top|excellent|fantastic|stellar|amazing|superb|wonderful|terrific|splendid) (?:job|work|effort|marks|decision|idea|move|call|outing|stuff|thinking))\b/i;

/** "thanks to" a person as a cause (not "thanks to X for …"), or "we can thank X for …". */
const THANKS_TO_PERSON = /\bthanks\s{1,3}to\s{1,3}[§π](?![^.;]{0,60}\bfor\b)|\b(?:we|you|one)\s{1,3}(?:can|could|have to|get to|must)\s{1,3}thank\s{1,3}[§π]/i;

/** The clause-shape features of a sentence (`s` whitespace-collapsed, `masked` its person-masked copy of the same length). */
export function clauseShapes(s: string, masked: string): Feature[] {
  const out: Feature[] = [];
  for (const m of masked.matchAll(PASSIVE_BY)) {
    // Round 27: the agent passive is blame when the act is a fault or the outcome harm. An act of accounting, review
    // or communication with no fault after it ("SLA credits are being calculated by the account team", "the rota was
    // drawn up by the team lead") is its own feature; an act that changed the thing keeps the passive ("the value was
    // set by Kofi", "typed in as 100 by the analyst"), and a fault after any passive is one more ("… and never acted on").
    const rest = masked.slice(m.index + m[0].length, m.index + m[0].length + 120).split(/[.;:!?]/)[0]!;
    const fault = PASSIVE_FAULT.test(rest) || PASSIVE_FAULT.test(m[0]);
    const plain = NEUTRAL_PASSIVE.test(m[0]) && !fault;
    out.push({ name: plain ? 'agent-passive-plain+P' : 'passive-by+P', start: m.index, end: m.index + m[0].length });
    if (fault) out.push({ name: 'passive-by-fault+P', start: m.index, end: m.index + m[0].length });
  }
  for (const m of masked.matchAll(UNTOLD)) out.push({ name: 'untold+P', start: m.index, end: m.index + m[0].length });
  const row = PLAIN_ROW.exec(masked);
  if (row !== null && !/^(?:was|has|is|does|pass|miss|dismiss|bypass)$/i.test(row[1]!)) out.push({ name: 'timeline-row-plain+P', start: 0, end: 0 });
  // A system that worked, then a person after a clause or sentence end.
  const ok = SYSTEM_OK.exec(masked);
  const then = ok === null || /[§π]/.test(masked.slice(0, ok.index)) ? null : PERSON_AFTER.exec(masked.slice(ok.index + ok[0].length, ok.index + ok[0].length + 160));
  if (ok !== null && then !== null && TURN.test(then[1]!)) out.push({ name: 'system-ok-then+P', start: ok.index, end: ok.index + ok[0].length });
  const lesson = LESSON_FOR.exec(masked);
  if (lesson !== null) out.push({ name: 'lesson-for+P', start: lesson.index, end: lesson.index + lesson[0].length });
  const despite = DESPITE.exec(masked);
  if (despite !== null) out.push({ name: 'despite+P', start: despite.index, end: despite.index + despite[0].length });
  const absent = ABSENT.exec(masked);
  if (absent !== null) out.push({ name: 'absent+P', start: absent.index, end: absent.index + absent[0].length });
  // Round 11: praise opening the sentence, then damage told after it: the praised act is the damage (mock praise,
  // sarcastic thanks: "Kudos to X for discovering a new way to drop a table").
  const opener = PRAISE_OPENER.exec(s);
  if (opener !== null && HARM.test(s.slice(opener.index + opener[0].length, opener.index + opener[0].length + 300))) {
    out.push({ name: 'praise-then-harm+P', start: opener.index, end: opener.index + opener[0].length });
  }
  // Round 13: "thanks to X" as the cause, X a person ("Thanks to the night-shift operator, the backlog grew …"), or
  // "we can thank X for …": one feature for what followed being good, one for anything else, so the model weighs each.
  const thanks = THANKS_TO_PERSON.exec(masked);
  if (thanks !== null) out.push({ name: GOOD_OUTCOME.test(s) ? 'thanks-cause-good+P' : 'thanks-cause+P', start: thanks.index, end: thanks.index + thanks[0].length });
  // Praise beside damage: the first word rated +2 or more, when the sentence also holds one rated −2 or less or a damage word.
  {
    let pos: { start: number; end: number } | null = null;
    let neg = HARM.test(s);
    for (const w of s.matchAll(/[A-Za-z][a-z'’-]{2,20}/g)) {
      const v = valence(w[0]);
      if (v >= 2 && pos === null) pos = { start: w.index, end: w.index + w[0].length };
      if (v <= -2) neg = true;
    }
    if (pos !== null && neg) out.push({ name: 'praise-beside-harm+P', ...pos });
  }
  return out;
}
