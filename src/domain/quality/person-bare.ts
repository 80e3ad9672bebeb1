/*
 * Round 34 (issue 16): people named by a bare shape, found where most blame misses on unseen writers had no person.
 *
 * - a crew or shift by its letter, apart from its word: "C crew handed over", "by B shift", "A shift's failure"
 *   (round 31 read "B-shift"); a drive, a plan or a row by its letter stays a thing ("C drive filled", "plan B team");
 * - a department or function, capitalised with no article, as a clause's subject with a verb of action or in the
 *   plural ("Maintenance got it wrong", "Maintenance have a generous reading"), as the agent of "failure of … to",
 *   "waiting for … to", "by …", or owning ("Maintenance's lockout"); a noun after it makes it a modifier ("Planning
 *   mode was enabled"), a machine's verb a system ("Dispatch crashed");
 * - a group's possessive: a crew or a person noun, singular or plural, before 's or s' ("the subs' failure", "the
 *   gang's paperwork", "the techs' shortcut"); a served public is not staff ("the readers' letters");
 * - a clipped post after a determiner ("the op", "the super", "the sparky", "the graphics op"): a short
 *   word that is no known thing, as a subject with a person's verb: a verb of mind, a duty left undone after a modal
 *   ("should have flagged"), an idiom of failure ("dropped the ball", "cut corners"), a state only people are in
 *   ("was asleep", "was unreachable"). "The hoist tripped" and "the PA system dropped" keep their things.
 * Each test reads a bounded window of tokens or characters. Linear.
 */
import { DUTY_PAST, DUTY_VERBS, IDIOMS, NOT_NAMES, SERVED, THING_AGENTS, THING_ENDING } from './blame.lexicon.ts';
import { MIND, STATE } from './person-acts.ts';
import { DEPARTMENT, DEPARTMENT_GERUND, DEPARTMENT_NOUN, FUNCTION_NOUN } from './person-departments.ts';
import { personNounKind } from './person-lexicon.ts';
import type { PersonSpan } from './person-mask.ts';
import { isThingNoun, STAFFED } from './person-things.ts';
import { isRole, type Token } from './person-tokens.ts';
import { BREAKS, DETERMINERS, IRREGULAR_PAST } from './person-words.ts';

/** Words for a crew or a shift that a letter names: "C crew", "B shift", "A watch". */
const CREW_WORD = /^(?:crews?|shifts?|watch|watches|platoons?|squads?|gangs?|rotations?)$/i;
/** Words before a letter that make it a plan's, a drive's or a place's: "plan B", "row C", "gate A". */
const LETTER_OWNER = /^(?:plan|type|class|grade|option|phase|tier|section|block|row|gate|bay|zone|level|part|stage|site|unit|building|wing|platform|drive|track|vitamin|group|category)$/i;
/** Words before "A crew" that make the letter a name, not an article: "on A crew", "by A shift", "and A watch". */
const LETTER_BEFORE = /^(?:on|by|from|to|with|and|or|than|for|of|as|between|versus|vs|like|unlike|where|while|when|whereas)$/i;

/** Nominalised activities that name the people who do them: "Planning missed it", "Control sat on it". */
const ACTIVITY = /^(?:Planning|Control|Dispatch|Hospitality|Maintenance|Billing|Security|Procurement|Scheduling)$/;
/** Verbs a machine or a process does: then a department's name is a system ("Dispatch crashed", "Control returned"). */
const SYSTEM_VERB = /^(?:crashed|rebooted|restarted|hung|froze|errored|timed|stalled|returned|rejected|broke|failed|dropped|fell|stopped|spiked|rose|increased|decreased|grew|doubled|halved|climbed|improved|recovered|passed|flowed|started|ran|opened|closed|enabled|disabled|loaded|updated|expired|finished|completed|scheduled|planned|overran|slipped|began|ended|resumed)$/i;
/** Verbs in the plural or of speech that only a group of people takes after a singular name: "Maintenance have", "Maintenance say". */
const GROUP_VERB = /^(?:have|haven't|leave|say|says|said|claim|claims|claimed|insist|insists|reckon|reckons|want|wants|refuse|refuses|keep|keeps|were|are|aren't|weren't|get|got|sat|kept|let|took|left|told|gave|made|put|sent|forgot|thought|knew|chose|lost)$/i;
/** An adverb between a subject and its verb. */
const ADVERB = /^(?:just|never|still|finally|again|apparently|clearly|simply|always|also|then|really|obviously|evidently|once|only|even|actually|basically)$/i;
/** Modals of what should have been and negated auxiliaries: a verb group that weighs an act ("should have", "didn't"). */
const MODAL = /^(?:should|shouldn't|could|couldn't|would|wouldn't|must|mustn't|might|won't|can't|cannot|didn't|doesn't|don't|hadn't|hasn't|haven't|should've|could've|would've|must've)$/i;
/** Auxiliaries and copulas, which are no head of a post: "the alert was ignored". */
const VERB_WORD = /^(?:was|were|is|are|be|been|am|has|had|have|did|does|do|will|can|may|got|gets)$/i;
/** Words after which a capitalised word opens a subject: a conjunction, a comma-led aside. */
const SUBJECT_BEFORE = /^(?:because|when|while|and|but|so|that|until|since|after|before|as|though|although|if|then|where|unless|why|whether|usual|always|again|honestly|frankly|clearly|apparently)$/i;

/** A person's verb right after a subject: a verb of mind, a state, a duty left undone after a modal, an idiom of failure. */
const DUTY_AFTER_MODAL = new RegExp(String.raw`^(?:\s{1,2}(?:clearly|really|obviously|just|also|simply))?\s{1,2}(?:(?:should|could|would|must|might)(?:n't)?\s{1,2}(?:have|'ve)|should've|could've|would've|(?:did|does|do|have|has|had)(?:n't|\s{1,2}not)|never)\s{1,2}(?:(?:${DUTY_VERBS})|(?:${DUTY_PAST}))\b`, 'i');
const IDIOM_AFTER = new RegExp(String.raw`^(?:\s{1,2}(?:clearly|really|obviously|just|also|simply|again|apparently|totally|completely))?\s{1,2}(?:${IDIOMS}|took\s{1,2}(?:a|an|the)\s{1,2}(?:\p{Ll}+\s{1,2}){0,2}approach|was\s{1,2}(?:unreachable|a\s{1,2}brick\s{1,2}wall|a\s{1,2}passenger|winging\s{1,2}it)|(?:is|was)\s{1,2}the\s{1,2}weakest\s{1,2}link)`, 'iu');
const ASLEEP = /^(?:\s{1,2}(?:clearly|apparently|probably|still|again))?\s{1,2}(?:was|were|is|are)\s{1,2}(?:already\s{1,2}|still\s{1,2})?(?:asleep|told|warned|reminded|aware|busy|in\s{1,2}the\s{1,2}weeds)\b/i;

/** A verb of omission a machine is not said to commit ("ignored", "forgot", "overlooked"): a person's for a sure post. */
const OMISSION_AFTER = /^(?:\s{1,2}(?:clearly|really|obviously|just|also|simply|again|apparently|completely))?\s{1,2}(?:ignored|ignores|overlooked|forgot|neglected|disregarded|mistyped|misread|misjudged|fat-fingered|brushed\s{1,2}off|shrugged\s{1,2}off|waved\s{1,2}off|slept\s{1,2}through|turned\s{1,2}a\s{1,2}blind\s{1,2}eye)\b/i;

/** Whether the words after a subject give it a person's verb; a duty undone or an omission only when `sure`. */
function personVerb(after: string, sure = true): boolean {
  return MIND.test(after) || STATE.test(after) || (sure && (DUTY_AFTER_MODAL.test(after) || OMISSION_AFTER.test(after))) || IDIOM_AFTER.test(after) || ASLEEP.test(after);
}

/** Determiners before a post or a group. */
const DET = /^(?:the|our|their|that|this|your|his|her|my|whose|every|any|no)$/i;
/**
 * A clipped post: a short lower-case word ("op", "sup", "super", "sous"), a diminutive ("sparky", "brickie") or a clipped
 * "technician" ("geotech"). Initialisms are left to person-posts.ts, which asks for a person's context: as subjects of an
 * idiom they are as often systems ("the KDS dropped the ball").
 */
const CLIPPED = /^(?:\p{Ll}{2,5}|\p{Ll}{3,5}(?:ie|y|ies)|\p{Ll}{0,5}techs?)$/u;
/** Clipped posts sure enough to take a duty after a modal ("the geotech should have flagged"): diminutives and techs. */
const SURE_CLIPPED = /^(?:\p{Ll}{3,5}(?:ie|y|ies)|\p{Ll}{0,5}techs?|\p{Ll}{2,3}s?)$/u;

/** What only a person's conduct is, after a post's possessive: "the op's negligent handling", "the COSS's briefing". */
const CONDUCT = /^(?:handling|approach|attitude|attention|excuse|negligence|carelessness|briefing|judge?ment|labelling|labeling|paperwork|workmanship|sign-off|inspection|decision|failure|mistake|error|fault|call|lockout|isolation|shortcut|quick)$/i;

/** Whether a word is a known thing (a device, software, a document — person-things.ts —, a practice, a product): not a clipped post. */
function knownThing(word: string): boolean {
  const lower = word.toLowerCase();
  // A short word WordNet holds as a person and a thing alike ("super", "host") is a post here, where a person's verb follows.
  if (/^\p{Ll}+$/u.test(word) && personNounKind(word) !== null) return false;
  const cap = `${word[0]!.toUpperCase()}${word.slice(1)}`;
  return isThingNoun(lower) || NOT_NAMES.has(cap) || NOT_NAMES.has(word) || THING_ENDING.test(word) || /(?:ing|ed|ly)$/.test(lower);
}

/** Whether the token is a person noun or a crew word, for a possessive head ("the subs'", "the gang's", "the lookout's"). */
function possessor(stem: string): boolean {
  if (SERVED.test(stem) || !/^\p{L}/u.test(stem)) return false;
  if (CREW_WORD.test(stem) && !/^(?:shift|watch|rotation)$/i.test(stem)) return true;
  if (/^(?:lot|lads|gang|team)$/i.test(stem)) return true;
  if (THING_AGENTS.has(stem.toLowerCase())) return false;
  if (/^\p{Ll}/u.test(stem) && (isRole(stem) || personNounKind(stem) === 'person')) return true;
  // A clipped post in the plural: "the subs'", "the sparkies'", "the chippies'".
  return SURE_CLIPPED.test(stem) && /s$/.test(stem) && !knownThing(stem.replace(/ies$/, 'ie').replace(/s$/, ''));
}

/** A modifier between a determiner and its head: a lower-case word that is not a function word ("graphics", "jetting"). */
function modifier(t: Token): boolean {
  return t.text === t.stem && /^\p{Ll}{2,}$/u.test(t.text) && !DETERMINERS.has(t.text) && !BREAKS.has(t.text);
}

/** The spans of people named by a bare shape in the sentence, before the others are merged. */
function bareSpans(s: string, toks: readonly Token[]): PersonSpan[] {
  const out: PersonSpan[] = [];
  // A plural's possessive keeps its apostrophe inside the span ("the subs'"), so that no quote is left behind the mask.
  const push = (a: Token, b: Token): void => {
    out.push({ start: a.start, end: /s['’]$/.test(b.text) ? b.end : b.start + b.stem.length, possessive: false });
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const next = toks[i + 1];
    const prev = toks[i - 1];
    const after = (k: Token): string => s.slice(k.end, k.end + 90);
    // A crew by its letter.
    if (/^[A-HJ-Z]$/.test(t.text) && next !== undefined && !next.gap && CREW_WORD.test(next.stem) && !(prev !== undefined && !t.gap && LETTER_OWNER.test(prev.text))) {
      const owned = next.text !== next.stem;
      const nameBefore = prev !== undefined && !t.gap && LETTER_BEFORE.test(prev.text);
      const follower = toks[i + 2];
      const acts = follower !== undefined && !follower.gap && (MODAL.test(follower.text) || ADVERB.test(follower.text) || /^\p{Ll}{2,}ed$/u.test(follower.text) || IRREGULAR_PAST.test(follower.text) || GROUP_VERB.test(follower.text));
      const quoted = /^\s{1,2}["“'‘]\p{Ll}/u.test(s.slice(next.end, next.end + 4));
      if (t.text !== 'A' ? owned || nameBefore || acts || quoted || follower === undefined || follower.gap || /^(?:here|there|at|on|in)$/i.test(follower.text) : owned || nameBefore) {
        push(t, next);
        i++;
      }
      continue;
    }
    // A department or an activity named alone.
    const w = t.stem;
    if ((ACTIVITY.test(w) || DEPARTMENT_NOUN.test(w) || FUNCTION_NOUN.test(w) || DEPARTMENT_GERUND.test(w) || DEPARTMENT.test(w)) && w.length > 3 && !(prev !== undefined && !t.gap && DET.test(prev.text))) {
      const owned = t.text !== t.stem && /^['’]s?\s{1,2}["“'‘]?\p{Ll}/u.test(s.slice(t.start + t.stem.length));
      if (owned) {
        push(t, t);
        continue;
      }
      if (next === undefined || /^\p{Lu}/u.test(next.text)) continue;
      const subject = i === 0 || t.opens || (prev !== undefined && (t.gap || SUBJECT_BEFORE.test(prev.text)));
      const verb = next.gap ? undefined : next;
      const verbAt = verb !== undefined && ADVERB.test(verb.text) ? toks[i + 2] : verb;
      if (subject && verbAt !== undefined && !verbAt.gap && !SYSTEM_VERB.test(verbAt.text)) {
        if (MODAL.test(verbAt.text) || GROUP_VERB.test(verbAt.text) || (/^\p{Ll}{3,}ed$/u.test(verbAt.text) && (i > 0 || !/ing$/.test(w))) || personVerb(after(t))) {
          push(t, t);
          continue;
        }
      }
      // The agent: "failure of Maintenance to lock out", "waiting for Maintenance to find", "by Maintenance".
      if (prev !== undefined && !t.gap && (/^by$/i.test(prev.text) || (/^(?:of|for)$/i.test(prev.text) && /^\s{1,2}to\s{1,2}\p{Ll}/u.test(after(t))) || (/^to$/i.test(prev.text) && /^\s{1,2}\p{Ll}{3,}ing\s{1,2}on\b/u.test(after(t))))) {
        push(t, t);
        continue;
      }
      continue;
    }
    if (!DET.test(t.text) || next === undefined || next.gap) continue;
    // A group's possessive: "the subs' failure", "the gang's paperwork", "the jetting gang's 'full clean'".
    const headAt = modifier(next) && toks[i + 2] !== undefined && !toks[i + 2]!.gap && toks[i + 2]!.text !== toks[i + 2]!.stem ? i + 2 : i + 1;
    const head = toks[headAt]!;
    if (head.text !== head.stem && /^\s{0,2}["“'‘]?\p{Ll}/u.test(s.slice(head.end, head.end + 4)) && possessor(head.stem)) {
      push(t, head);
      i = headAt;
      continue;
    }
    // A clipped post's or an initialism's conduct: "the op's negligent handling", "the GC's failure to enforce".
    if (head.text !== head.stem && (CLIPPED.test(head.stem) || /^\p{Lu}{2,4}$/u.test(head.stem)) && !knownThing(head.stem) && !SERVED.test(head.stem)) {
      const owned = s.slice(head.end, head.end + 40).match(/^\s{1,2}(?:["“'‘]?\p{Ll}+\s{1,2})?["“'‘]?([\p{Ll}-]+)/u);
      if (owned !== null && CONDUCT.test(owned[1]!) && !(/^\p{Lu}/u.test(head.stem) && /^(?:failure|error|fault|decision|call)$/i.test(owned[1]!))) {
        push(t, head);
        i = headAt;
        continue;
      }
    }
    // A staffed place acting: "the control room didn't log the closures", "the box office really scored an own goal".
    if (headAt === i + 2 && STAFFED.test(head.text) && personVerb(after(head))) {
      push(t, head);
      i = headAt;
      continue;
    }
    // A clipped post or an initialism, with up to one modifier: "the op", "the graphics op", "the ops sup", "the COSS".
    for (const at of [i + 1, i + 2]) {
      const h = toks[at];
      if (h === undefined || h.gap || (at === i + 2 && !modifier(next))) continue;
      if (h.text !== h.stem || !CLIPPED.test(h.text) || BREAKS.has(h.text) || VERB_WORD.test(h.text) || knownThing(h.text.replace(/ies$/, 'ie').replace(/([^s])s$/, '$1')) || SERVED.test(h.text)) continue;
      if (personVerb(after(h), SURE_CLIPPED.test(h.text) || personNounKind(h.text) === 'shared')) {
        push(t, h);
        i = at;
        break;
      }
    }
  }
  return out;
}

/** The sentence's person spans with the people named by a bare shape added where no span covers them, in order. */
export function withBare(s: string, toks: readonly Token[], spans: PersonSpan[]): PersonSpan[] {
  const found = bareSpans(s, toks);
  if (found.length === 0) return spans;
  const covered = new Uint8Array(s.length + 1);
  for (const sp of spans) covered.fill(1, Math.max(0, sp.start), Math.min(s.length, sp.end));
  const added = found.filter((b) => covered.subarray(b.start, b.end).every((c) => c === 0));
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}
