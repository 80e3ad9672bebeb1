/*
 * Round 23 (issue 16): people named by what they do, not by a known word. A noun phrase after a determiner whose head
 * the reader does not know as a role — a capitalised abbreviation ("the TQO", "the duty SCO", "the FY1") or an unknown
 * noun — is a person when the sentence gives it an act or a state only people have. No list of role words grows here:
 * the evidence is the sentence's structure around the head.
 *
 * How a person is told from a system by the same shape ("the BMS restarted", "the PLC ignored the interlock"):
 * - verbs of mind and will (decided, assumed, chose, wanted, panicked, couldn't be bothered) and of speech that a device
 *   does not do (admitted, apologised, complained, promised, insisted) make an abbreviation a person; verbs a machine
 *   does too — restarted, ignored, missed, forgot (its data), refused, said (the UI said), asked — never do;
 * - a state only a person is in (was distracted, tired, briefed, told, unaware, on her phone), or a person's
 *   possessions ("the OOW's shift", "the FO's decision"), or a modifier only people take ("the duty SCO", "any
 *   competent FY1"), make any head a person;
 * - he / she / him / her / his later in the sentence, with no other person named in it, refer back to it.
 * An unknown lower-case head ("the bosun") needs a state, a possession, a modifier or a pronoun: software is said to
 * decide and think in ordinary speech ("the autoscaler decided to add nodes"), an abbreviated role rarely is a machine.
 * Each test is a bounded regex on a short window after the head. Linear.
 */
import { BREAKS, DETERMINERS, IRREGULAR_PAST } from './person-words.ts';
import { GROUP_NOUNS, SERVED } from './blame.lexicon.ts';
import { isRole, type Token } from './person-tokens.ts';
import type { PersonSpan } from './person-references.ts';

/** A capitalised abbreviation as a head: "FO", "OOW", "FY1", "TQO", "SCOs" (not a single letter). */
const ABBREVIATION = /^\p{Lu}[\p{Lu}\d]{1,4}s?$/u;

/** Up to two auxiliaries or adverbs between the head and its verb: "should have", "clearly", "probably just". */
export const AUX = String.raw`(?:\s{1,2}(?:should|could|would|might|must|had|has|have|did|does|do|never|then|also|just|clearly|probably|obviously|simply|apparently|again|once|still|not|n't|really|suddenly|evidently|presumably))?(?:\s{1,2}(?:have|not|just|simply|clearly|really|even|then))?`;

/** Verbs of mind, will and speech that a device does not do. */
export const MIND = new RegExp(String.raw`^${AUX}\s{1,2}(?:decided|decides|assumed|assumes|chose|chooses|thought|thinks|believed|believes|wanted|wants|reckoned|reckons|figured|guessed|panicked|panics|hesitated|hoped|preferred|realised|realized|realises|realizes|admitted|admits|apologi[sz]ed|complained|promised|insisted|argued|swore|shrugged|sighed|joked|laughed|volunteered|overslept|forgot\s{1,2}to|forgets\s{1,2}to|didn't\s{1,2}bother|did\s{1,2}not\s{1,2}bother|doesn't\s{1,2}bother|never\s{1,2}bothered|couldn't\s{1,2}be\s{1,2}bothered|could\s{1,2}not\s{1,2}be\s{1,2}bothered|can't\s{1,2}be\s{1,2}bothered|bothered\s{1,2}to|took\s{1,2}it\s{1,2}upon)\b`, 'i');

/** Adverbs only, no modal: "should have been briefed" puts the person on the receiving end of what others did not do. */
const PLAIN_AUX = String.raw`(?:\s{1,2}(?:clearly|probably|obviously|apparently|again|still|really|evidently|presumably|also|then|just))?`;

/** A form of "be" and up to one degree word, before a state. */
const BE = String.raw`^${PLAIN_AUX}\s{1,2}(?:was|is|were|are|got|gets|seemed|seems|looked|felt|feels|had\s{1,2}been|has\s{1,2}been|been)(?:\s{1,2}(?:clearly|obviously|apparently|probably|very|too|so|already|still|never|not|rather|quite|a\s{1,2}bit))?\s{1,2}`;

/** A state only a person is in, said of any head: "was distracted", "had been at a wedding", "is on her phone". */
export const STATE = new RegExp(String.raw`${BE}(?:distracted|tired|fatigued|drowsy|briefed|hungover|drunk|stressed|annoyed|angry|upset|nervous|embarrassed|overconfident|complacent|unaware|off\s{1,2}shift|on\s{1,2}(?:his|her)\s{1,2}(?:phone|break|lunch|own)|on\s{1,2}(?:leave|holiday|a\s{1,2}break)|at\s{1,2}(?:lunch|a\s{1,2}wedding|the\s{1,2}pub)|in\s{1,2}a\s{1,2}(?:hurry|rush))\b`, 'i');

/** States a thing may be said to be in too ("was told", "is busy"), so only with an abbreviation: "the FO was told". */
const ROLE_STATE = new RegExp(String.raw`${BE}(?:told|warned|reminded|asleep|sleepy|aware|busy|confused|convinced|certain|new\s{1,2}to)\b`, 'i');

/** What only a person has, after any head's possessive: "the bosun's phone", "the TQO's personal laptop". */
const OWNED = /^(?:'s|’s)\s{1,2}(?:personal|phone|mobile|shift|colleagues?|boss|supervisor|wife|husband|family|lunch|holiday|negligence|carelessness|complacency|laziness|inexperience|excuse|recollection)\b/i;

/** What an abbreviated role has that a thing may be said to have too: "the FO's decision to", "the OOW's fault". */
const ROLE_OWNED = /^(?:'s|’s)\s{1,2}(?:fault|decision\s{1,2}(?:to|not)|judge?ment|attitude|handling|mistake|responsibility|conduct|competence|refusal|insistence|word|assurance|watch|break|manager)\b/i;

/** Modifiers of a shift or rank, before an abbreviation: "the duty SCO", "the relieving OOW". */
const PERSON_MODIFIER = /^(?:duty|relieving|relief|oncoming|off-going|offgoing|outgoing|incoming|junior|senior|trainee|student|locum|acting|covering|rostered|certificated|licensed|competent|incompetent|experienced|inexperienced)$/i;

/** A determiner that may open such a phrase ("any competent FY1", "the other OOWs"). */
const OPENER = /^(?:any|no|other)$/i;

/** Heads that are never one person: collectives, the writer's group, and words that name a thing's parts. */
const NOT_HEAD = /^(?:team|teams|group|groups|we|us|it|they|system|systems|process|review|retro|meeting|page|pages|call|calls)$/i;

/** A third person pronoun of one person, for a head named earlier in the sentence. */
const SINGULAR_PRONOUN = /^(?:he|she|him|her|his|hers|himself|herself)$/i;

/** The head acted on: "the VLAN was deleted by …". */
const PASSIVE = /^\s{1,2}(?:was|were|is|are|had\s{1,2}been|has\s{1,2}been|got)\s{1,2}\p{Ll}{2,}(?:ed|en)\b/u;

/**
 * The head index of a person named by what they do, for a noun phrase opening at the determiner `toks[i]`; -1 if none.
 * `named`: whether the sentence already names another person (then a pronoun is not taken to refer to this head).
 */
export function actingUnknown(s: string, toks: readonly Token[], i: number, named: boolean): number {
  const det = toks[i]!;
  if (!DETERMINERS.has(det.text.toLowerCase()) && !OPENER.test(det.text)) return -1;
  // After a past verb the phrase is its object, acted on ("who cleared the alarm had been …", "merged the PR on his …").
  const before = toks[i - 1];
  if (before !== undefined && !det.gap && /^\p{Ll}{2,}ed$/u.test(before.text)) return -1;
  let personModifier = false;
  for (let j = i + 1; j <= i + 3 && j < toks.length; j++) {
    const t = toks[j]!;
    if (t.gap || DETERMINERS.has(t.stem.toLowerCase())) return -1;
    if (BREAKS.has(t.stem.toLowerCase()) && !/^other$/i.test(t.stem)) return -1;
    const next = toks[j + 1];
    // The head is the last word of the phrase: a possessive, or a word a verb, an adverb or the phrase's end follows.
    const headHere = t.text !== t.stem || next === undefined || next.gap || BREAKS.has(next.text.toLowerCase()) || /^\p{Ll}{2,}(?:ed|s)$|^\p{Ll}{3,}ly$/u.test(next.text) || (ABBREVIATION.test(t.stem) && MIND.test(s.slice(t.end, t.end + 90)));
    if (!headHere) {
      if (PERSON_MODIFIER.test(t.stem) && t.text === t.stem) personModifier = true;
      continue;
    }
    // A known role is the reader's (person-references.ts) and its forms' ("any competent DBA would have …"): only unknown heads here.
    if (NOT_HEAD.test(t.stem) || GROUP_NOUNS.test(t.stem) || SERVED.test(t.stem) || isRole(t.stem) || !/^\p{L}/u.test(t.stem)) return -1;
    const abbreviation = ABBREVIATION.test(t.stem);
    if (!abbreviation && !/^\p{Ll}[\p{Ll}-]{2,}$/u.test(t.stem)) return -1;
    const after = s.slice(t.start + t.stem.length, t.start + t.stem.length + 40);
    if (t.text !== t.stem) return OWNED.test(after) || (abbreviation && ROLE_OWNED.test(after)) ? j : -1;
    const ahead = s.slice(t.end, t.end + 90);
    if (STATE.test(ahead)) return j;
    if (!abbreviation) return -1;
    if (personModifier || MIND.test(ahead) || ROLE_STATE.test(ahead)) return j;
    // A pronoun of one person later on refers back to it when it acts (not acted on: "was deleted by").
    if (named || PASSIVE.test(ahead)) return -1;
    for (let k = j + 1; k < toks.length && k <= j + 40; k++) if (SINGULAR_PRONOUN.test(toks[k]!.text)) return j;
    return -1;
  }
  return -1;
}

/** Whether the sentence names a person other than by a pronoun (a name, a known role): a pronoun may refer to either. */
export function namesAnother(spans: readonly { start: number; end: number }[], s: string): boolean {
  return spans.some((sp) => !SINGULAR_PRONOUN.test(s.slice(sp.start, sp.end)) && !/^(?:they|them|their)$/i.test(s.slice(sp.start, sp.end)));
}

/** The sentence's person spans with the people named by what they do added (round 23), in order. */
export function withActing(s: string, toks: readonly Token[], spans: PersonSpan[]): PersonSpan[] {
  if (!ACTING_GATE.test(s)) return spans;
  let named = namesAnother(spans, s);
  const added: PersonSpan[] = [];
  let k = 0; // the first span that does not end before the token (spans are in order)
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    while (k < spans.length && spans[k]!.end <= t.start) k++;
    if (k < spans.length && spans[k]!.start < toks[i + 1]!.end) continue;
    const j = actingUnknown(s, toks, i, named);
    if (j === -1) continue;
    const head = toks[j]!;
    const end = head.start + head.stem.length;
    if (k < spans.length && spans[k]!.start < end) continue;
    added.push({ start: t.start, end, possessive: false });
    named = true;
    i = j;
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}

/** A cheap test before the reading: a determiner or "any" / "no" then a word. */
const ACTING_GATE = /\b(?:the|a|an|our|their|that|this|your|my|any|no|every|each|another)\s/i;

/** Where a free relative's clause ends: a modal or a form of "be" / "have" of the main clause, a judging adverb. */
const MAIN_VERB = /^(?:should|shouldn't|must|would|could|will|can|cannot|can't|may|might|is|was|are|were|has|had|have|needs?|deserves?|owes?|clearly|obviously|really|evidently|apparently|probably|never|also|then|seems?|seemed|did|didn't|does|doesn't)$/i;

/**
 * Round 23: "whoever" heads a free relative, and the person is the whole clause: "whoever rotated the GPG key" is who
 * "should have published …" and "clearly didn't read the diff". The span runs over the clause's own verb and object
 * to the main clause's modal, adverb or verb (within twelve words), so that the forms read the main clause's act right
 * after the person; with no main verb after it ("Kudos to whoever disabled the alert"), the clause's act is the one
 * judged and "whoever" stays alone.
 */
export function freeRelatives(s: string, toks: readonly Token[], spans: PersonSpan[]): PersonSpan[] {
  if (!/\bwho(?:so)?ever\b/i.test(s)) return spans;
  let k = 0;
  return spans.map((sp, idx) => {
    if (!/^who(?:so)?ever$/i.test(s.slice(sp.start, sp.end))) return sp;
    while (k < toks.length && toks[k]!.start < sp.end) k++;
    let end = sp.end;
    let main = false;
    for (let j = k; j < toks.length && j < k + 12; j++) {
      const t = toks[j]!;
      if (/[^\s#]/.test(s.slice(toks[j - 1]?.end ?? sp.end, t.start)) || t.text.startsWith('@')) break;
      if (j > k && MAIN_VERB.test(t.text)) {
        main = true;
        break;
      }
      // A verb of thought keeps its complement for the forms ("whoever decided X was a good idea"); so does a manner
      // that judges the act ("whoever merged this without running the tests").
      if ((j === k && /^(?:decided|thought|figured|reckoned|believed|assumed)$/i.test(t.text)) || /^(?:without|instead|despite)$/i.test(t.text)) break;
      // A second finite verb is the main clause's ("whoever was on call acked …"); not an adjective ("the untested build").
      // A present relative ("whoever approves a withdrawal sees …") ends at a present verb.
      const present = k < toks.length && /^(?:is|has|does|\p{Ll}{2,}[^s]s)$/u.test(toks[k]!.text);
      const finite = /^\p{Ll}{2,}ed$/u.test(t.text) || IRREGULAR_PAST.test(t.text) || (present && /^\p{Ll}{2,}[^s]s$/u.test(t.text)) || /^there(?:'s|’s)?$/i.test(t.text);
      if (j > k + 1 && finite && !DETERMINERS.has(toks[j - 1]!.text.toLowerCase())) {
        main = true;
        break;
      }
      if (!/^[\p{L}\d]/u.test(t.text)) break;
      end = t.end;
    }
    const next = spans[idx + 1];
    // Only when the main clause's verb follows it: otherwise the clause's act is the one judged ("Kudos to whoever disabled the alert").
    if (!main || (next !== undefined && next.start < end)) end = sp.end;
    return { ...sp, end };
  });
}
