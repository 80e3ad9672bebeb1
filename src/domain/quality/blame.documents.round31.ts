/*
 * Round 31 (issue 16): blame in whole documents. A clean post-mortem is long neutral prose in which one sentence in a
 * hundred names anyone; the false alarms left after round 30 were shapes a sentence alone does not tell apart, but its
 * document or its section does:
 *
 * - a machine named by one guessed agent noun ("The compositor should have rejected volumes stamped in the future"):
 *   the document uses the same noun as a thing elsewhere — before a thing's noun ("the compositor log", "projector
 *   pods"), with its possessive on a thing ("the compositor's clock"), inside code or a hyphenated name
 *   (`balance-projector`), or as the subject of a sentence the next one continues with "It" / "Its";
 * - in the Impact section, what the incident cost people ("the night pharmacist spent two hours verifying overrides
 *   instead of clinical screening", "Finance missed the 09:00 bank file cut-off", "lost revenue calculated by
 *   Finance"): the time people spent, the slots they missed and what was lost are consequences, not their conduct —
 *   unless the sentence also carries a judging word of its own.
 *
 * Everything here reads the words of a line or a sentence once: linear.
 */
import { isRole } from './person-tokens.ts';
import { ROLE } from './person-words.ts';
import { personSpans } from './person-references.ts';
import { PERSON_QUALIFIER } from './person-systems.ts';
import { firstPerson } from './blame.gates.ts';
import type { BlameHit } from './blame.patterns.ts';

/** A guessed agent noun as a machine could be named ("compositor", "projector", "rebalancer"): not a role of the lexicon. */
const AGENT_WORD = /^\p{Ll}[\p{Ll}-]{2,}(?:er|or)$/u;
/** Nouns of a machine's parts, output or life, after the agent noun ("compositor log", "projector pod"). */
const THING_AFTER =
  /^(?:logs?|pods?|clusters?|queues?|input|output|config|configuration|service|process|processes|node|nodes|hosts?|binary|image|containers?|jobs?|version|deploy|deployment|restarts?|crash(?:es)?|metrics?|dashboards?|alerts?|code|library|module|component|daemon|instances?|threads?|heap|memory|cpu|lag|latency|timeouts?|retr(?:y|ies)|loop|builds?|release|clock|settings?|schema|state|offsets?|consumers?|workers?|replicas?|shards?|partitions?|endpoint|api|database|db|cache|buffer|backlog|throughput|concurrency|cycles?|batch(?:es)?|cron|timer|algorithm|pipeline)$/i;
/** Agent nouns of a relation between people or firms ("the vendor release notes" are a vendor's): never a machine. */
export const RELATION = /^(?:vendor|supplier|provider|carrier|contractor|retailer|insurer|lender|manufacturer|distributor|reseller|wholesaler|customer|member|user|owner|partner|employer|regulator|auditor|reporter|caller|sender|receiver|buyer|seller|subscriber|traveller|traveler|passenger|borrower|volunteer|teacher|officer|adviser|advisor|counsellor|counselor|inspector|investor|donor)$/;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The agent noun in lower case and singular, when it is one the lexicon does not list as a person's role. */
function guessedAgent(word: string): string | null {
  const w = word.toLowerCase().replace(/(?:'s|’s|'|’)$/, '');
  const one = w.endsWith('s') && AGENT_WORD.test(w.slice(0, -1)) ? w.slice(0, -1) : w;
  if (!AGENT_WORD.test(one) || RELATION.test(one) || ROLE.test(one) || ROLE.test(`${one}s`) || !isRole(one)) return null;
  return one;
}

/** The guessed agent nouns (lower case, singular) that the document's lines use as a machine (above). */
export function documentMachines(lines: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  let previousSubject: string | null = null;
  for (const raw of lines) {
    const line = raw.length > 4000 ? raw.slice(0, 4000) : raw;
    // In code or a hyphenated name with a digit or another word: `balance-projector`, projector-7.
    for (const m of line.matchAll(/`([^`]{1,80})`/g)) {
      for (const part of m[1]!.split(/[^\p{L}]+/u)) {
        const a = part === '' ? null : guessedAgent(part);
        if (a !== null) out.add(a);
      }
    }
    const words = [...line.matchAll(WORD)].map((m) => m[0]);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.includes('-')) {
        const parts = w.split('-');
        const last = guessedAgent(parts[parts.length - 1]!);
        if (last !== null && parts.length > 1 && parts.slice(0, -1).some((p) => /\d/.test(p))) out.add(last);
        const first = guessedAgent(parts[0]!);
        if (first !== null && parts.length > 1 && parts.slice(1).some((p) => /\d/.test(p) || THING_AFTER.test(p))) out.add(first);
        continue;
      }
      const a = guessedAgent(w);
      if (a === null) continue;
      const next = words[i + 1];
      if (next !== undefined && THING_AFTER.test(next)) out.add(a);
    }
    // "The rebalancer has no notion of … . Its concurrency is …": a machine is continued as "it".
    for (const sentence of line.split(/(?<=[.!?])\s+/)) {
      if (previousSubject !== null && /^\W{0,3}(?:It|Its)\b/.test(sentence)) out.add(previousSubject);
      const opening = /^\W{0,3}(?:The|the)\s+([\p{L}-]+)\s+(?:is|was|has|had|does|did|will|would|can|could|should|\p{Ll}+s)\b/u.exec(sentence);
      previousSubject = opening === null ? null : guessedAgent(opening[1]!);
    }
  }
  return out;
}

/** Whether every person reference of the sentence is a machine of the document (none: not this reading). */
export function onlyMachines(sentence: string, machines: ReadonlySet<string>): boolean {
  return everyPersonAmong(sentence, machines, guessedAgent);
}

/**
 * Whether every person reference of the sentence has a head word (read by `headOf`) in `things`, none qualified by a
 * person's job ("the night planner", "the duty scheduler"); false when there is none, or the writer speaks as "I" / "we".
 * Shared by round 31's machines and round 37's systems (blame.document-systems.round37.ts).
 */
export function everyPersonAmong(sentence: string, things: ReadonlySet<string>, headOf: (word: string) => string | null): boolean {
  if (things.size === 0) return false;
  const cut = sentence.length > 2000 ? sentence.slice(0, 2000) : sentence;
  const spans = personSpans(cut);
  // The writer as "I" or "we" is a person whatever else the sentence names.
  if (spans.length === 0 || firstPerson(cut).length > 0) return false;
  return spans.every((sp) => {
    const words = cut.slice(sp.start, sp.end).split(/\s+/).filter((w) => w !== '');
    const head = headOf(words[words.length - 1] ?? '');
    // "The night planner", "the new scheduler": a person's job qualifies a person.
    return head !== null && things.has(head) && !words.slice(0, -1).some((w) => PERSON_QUALIFIER.test(w) && !/^(?:the|a|an|this|that|its)$/i.test(w));
  });
}

/** What the incident cost people, by the verb of the finding: time spent, a slot missed, something lost. */
const COST_VERB = /\b(?:spent|spend|spends|spending|missed|miss|misses|lost|lose|loses|losing)\b/i;
/** A judging word or a conduct of its own in the sentence: the cost reading does not clear it. */
const OWN_JUDGEMENT =
  /\b(?:should|ought|must have|careless\w*|sloppy|negligen\w*|lazy|laziness|incompetent|reckless\w*|ignor\w+|forgot|forgotten|neglect\w*|refus\w+|instead of (?:escalating|rolling|paging|asking|following|reading|checking|calling|telling|fixing)|arguing|bickering|insisting|blam\w+|fault|mistake|wasted|squandered)\b/i;

/**
 * Whether a hit in the Impact section reads as a cost of the incident (an omission or lost time whose verb is spending,
 * missing or losing, with no judging word in the sentence), not as a person's conduct.
 */
export function costInImpact(hit: BlameHit, sentence: string): boolean {
  if (hit.form !== 'omission-verb' && hit.form !== 'wasted-time') return false;
  return COST_VERB.test(sentence.slice(Math.max(0, hit.start - 40), hit.end + 80)) && !OWN_JUDGEMENT.test(sentence);
}

/** A question put in the writer's words: an inquiry verb, a few words of where or when, then "whether" / "if". */
const INQUIRY = /\b(?:asked|asks|wondered|looked (?:at|into)|examined|considered|discussed|debated|checked|investigated|explored|weighed|questioned|reviewed|tested|the question (?:of|is|was))\s{1,2}(?:[\w'’-]{1,20}\s{1,2}){0,4}?(?:whether|if)\s/gi;
/** The next sentence answers it no: "It was not: …", "That is the wrong question", "We do not think that …", "No." */
const ANSWERED_NO = /^\W{0,3}(?:(?:it|this|that|they|he|she|the answer)\s{1,2}(?:was|is|were|did|does|do|had)(?:n't|\s{1,2}not)\b|no\b|not\b|nothing\b|none\b|(?:that|this|it)\s{1,2}(?:is|was|'s|’s)\s{1,2}(?:the\s{1,2})?(?:wrong|not (?:the|a) (?:right|useful|helpful))\b|we\s{1,2}(?:do|did)(?:n't|\s{1,2}not)\s{1,2}(?:think|believe|find|agree)\b|(?:we|the (?:review|group|team))\s{1,2}(?:found|concluded|agreed)\s{1,2}(?:that\s{1,2})?(?:it|this|that|they|he|she)\s{1,2}(?:was|were|did|had)(?:n't|\s{1,2}not)\b)/i;

/**
 * Whether the hit lies in a question the writer put ("We looked at whether the timeout decision was a mistake by the
 * people who made it", "Several people asked in the review whether the night operator should have spotted it") and the
 * next sentence answers no: the blame is the question weighed and turned down, not the writer's judgement.
 */
export function questionAnsweredNo(sentence: string, hit: BlameHit, next: string | undefined): boolean {
  if (next === undefined || !ANSWERED_NO.test(next.slice(0, 200))) return false;
  const before = sentence.slice(0, Math.min(hit.start, 2000));
  let asked = -1;
  for (const m of before.matchAll(INQUIRY)) asked = m.index + m[0].length;
  return asked !== -1 && !/[;:.!?]/.test(before.slice(asked));
}
