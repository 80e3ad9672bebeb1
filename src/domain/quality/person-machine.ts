/*
 * Round 27 (issue 16): a system named by an agent noun ("the compositor", "the matcher", "the historian", "the planner",
 * "the dispatcher" of a queue). The agent-suffix guess (person-tokens.ts) reads an unknown noun in -er / -or / -ian /
 * -ist as a role; software is named the same way. What tells them apart in the sentence is the act: a machine's act on
 * data ("should have buffered the data locally", "refused to hot-reload an index", "rejected the second booking",
 * "stopped filling after two cycles", "fails to decode it, and retries it in a loop"). A noun the lexicon lists as a role
 * keeps its reading, except an agent noun that names software as often as people (`dispatcher`, and the roles that also
 * name software after a thing: "the channel manager", "the operator"). Linear: one bounded
 * window after the noun, patterns with bounded repetition only.
 */
import { AMBIGUOUS_ROLE, ROLE } from './person-words.ts';
import type { Token } from './person-tokens.ts';

/** Agent nouns the lexicon lists as roles that name software as often (a queue's dispatcher). */
const SOFTWARE_TOO = /^dispatchers?$/i;
/** The noun's shape: a lower-case agent noun ("compositor", "matcher", "historian"), or the same capitalised at a clause start. */
const AGENT_SHAPE = /^\p{L}\p{Ll}{2,}(?:er|or|ian|ist)s?$/u;
/** Modals, auxiliaries and adverbs between the noun and its act; a first act turned down ("refused, or at least alerted"). */
const AUX = String.raw`(?:\s{1,2}(?:should|could|would|must|will|can|cannot|might|may|has|have|had|did|does|do|not|n't|never|then|also|just|only|still|always|automatically|instead|simply|itself|to|at least|or|(?:refused|rejected|stopped),))`;
/** What a machine reads, writes and passes on. */
const DATA = String.raw`(?:events?|messages?|records?|rows?|packets?|payloads?|frames?|tiles?|graphs?|indexe?s|index|indices|bytes?|blocks?|batch(?:es)?|bookings?|entries|entry|data|files?|snapshots?|partitions?|readings?|values?|samples?|rosters?)`;
/** What is wrong with data: "unparseable pickup windows", "malformed rows", "a zero-availability snapshot". */
const BAD_DATA = String.raw`(?:unparseable|unparsable|undecodable|malformed|invalid|corrupt(?:ed)?|duplicated?|truncated|zero-[\w]{1,20})`;
/** Acts only a machine does to data: buffer, back-fill, decode, hot-reload, retry in a loop, time out, fall back. */
const MACHINE_ONLY = String.raw`(?:buffer(?:s|ed|ing)?|back-?fill(?:s|ed|ing)?|cach(?:e|es|ed|ing)|(?:de|en)cod(?:e|es|ed|ing)|de-?serial[iz]s?(?:e|es|ed|ing)|re-?index(?:es|ed|ing)?|hot-?reload(?:s|ed|ing)?|retr(?:y|ies|ied|ying)\s{1,2}(?:it|them|the\s{1,2}[\w-]{1,20})\s{1,2}in\s{1,2}a\s{1,2}loop|tim(?:e|es|ed)\s{1,2}out|f(?:all|alls|ell|allen)\s{1,2}back\s{1,2}to|dequeu(?:e|es|ed|ing)|throttl(?:e|es|ed|ing)|fail(?:s|ed)?\s{1,2}(?:closed|safe))\b`;
/**
 * An act on data by its object: "rejected the second booking", "moved an undecodable event aside", "refused to load";
 * round 35: a display of data ("the test historian shows tomorrow's archive file").
 */
const ON_DATA = String.raw`(?:(?:reject|refuse|drop|discard|skip|mov|quarantin|accept|read|load|reload|process|queu|rout|flag|dead-letter|show|display)(?:s|es|ed|d|ing|e)?\s{1,2}(?:(?:an?|the|any|every|each|all|that|its|stale)\s{1,2})?(?:(?:[\w'’-]{1,20}\s{1,2}){0,2}${DATA}\b|${BAD_DATA}\s{1,2}[\w-]{1,20})|refus(?:e|es|ed)\s{1,2}to\s{1,2}(?:hot-?)?(?:load|reload|accept|start|serve|process|publish|issue|apply|build|render|parse|import|ingest|sync|push|send|write|forward|commit)\b|stop(?:s|ped)?\s{1,2}(?:filling|sending|processing|retrying|publishing|serving|routing|accepting|polling|writing|reading|rendering|drawing|ingesting|consuming|emitting|syncing)\b|alert(?:s|ed)?,?\s{1,2}on\s{1,2}(?:an?|the|any)\b)`;
/**
 * Round 30: a restart or a crash with no object, then when it happened ("the nonce manager restarted during the deploy",
 * "the session manager crashed twice"): people restart and crash things, a process restarts and crashes itself.
 */
const SELF_ACT = String.raw`(?:restart(?:s|ed)|reboot(?:s|ed)|crash(?:es|ed)|hung|froze|segfault(?:s|ed)|respawn(?:s|ed)|(?:re)?initiali[sz](?:es|ed))(?=\s{0,2}(?:during|after|at|when|while|on|in|mid-|twice|again|repeatedly|overnight|[.,;]|$))`;
/** The act right after the noun and its auxiliaries. */
const ACT_AHEAD = new RegExp(String.raw`^${AUX}{0,5}\s{1,2}(?:${MACHINE_ONLY}|${ON_DATA}|${SELF_ACT})`, 'i');
/** A machine-only act later in the same clause, as the noun's next predicate ("…, fails to decode it, and retries it …"). */
const ACT_LATER = new RegExp(String.raw`(?:,|\band|\bthen|\bto)\s{1,2}(?:[\w-]{1,20}\s{1,2}){0,2}?${MACHINE_ONLY}`, 'i');
/** A person in the window is who the later act may belong to. */
const PERSON_WORD = /\b(?:he|she|him|her|his|hers|they|them|their)\b/i;

/** Whether the agent noun at `j` names a system here, by its act on data. */
export function machineAgent(s: string, toks: readonly Token[], j: number): boolean {
  const t = toks[j]!;
  if (!AGENT_SHAPE.test(t.stem) || (ROLE.test(t.stem) && !SOFTWARE_TOO.test(t.stem) && !AMBIGUOUS_ROLE.test(t.stem))) return false;
  const window = s.slice(t.end, t.end + 160).split(/[.;:!?]/)[0]!;
  if (ACT_AHEAD.test(window)) return true;
  return !PERSON_WORD.test(window) && ACT_LATER.test(window);
}
