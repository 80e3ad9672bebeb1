/*
 * Round 37 (issue 16): things read as people, by their document. An agent noun ("the dispatcher", "the recorder",
 * "the scheduler") names software as often as a person, and a sentence alone ("The dispatcher should have kept serving
 * from its stale cache") does not tell which. Its document does: a noun the document elsewhere
 *
 * - gives a machine's part, with or without a possessive ("the dispatcher's zone-cache reload", "scheduler pods",
 *   "the recorder's buffer"), a version ("dispatcher v2.4", "scheduler 3.1.0") or a port ("dispatcher:8443");
 * - names inside code or a metric (`dispatcher_lag_seconds`, `scheduler.retry_limit`);
 * - has a machine's act done to it ("rolled back the dispatcher", "restarted the scheduler", "switching the
 *   dispatcher to the read replica");
 * - makes the subject of a machine's own act on itself ("Dispatcher reloads its cache", "the scheduler restarts its
 *   workers"): a person's act on their own things says "his", "her" or "their";
 *
 * is a system in all its sentences. Round 31 (blame.documents.round31.ts) did this for agent nouns the lexicon does not
 * list as roles; this reads the lexicon's roles as well, on a machine's evidence only (a person has a config, a queue and
 * logs too, but no cache, pods or version: those are not read here). Relations between people or firms ("vendor", "customer") are never systems.
 * Pure, linear: each line's words are read once, each pattern has bounded repetition.
 */
import { everyPersonAmong } from './blame.documents.round31.ts';
import { RELATION } from './blame.documents.round31.ts';

/** An agent noun's shape: "dispatcher", "scheduler", "recorder", "historian", "optimiser" (singular, lower case). */
const AGENT = /^\p{Ll}[\p{Ll}-]{2,30}(?:er|or|ian|ist)$/u;
/** A machine's part: what only software or hardware has (no person has a cache, pods or a heap). */
const PART =
  /^(?:cache|caches|heap|pods?|threads?|replicas?|binary|binaries|daemon|endpoints?|api|schema|locks?|buffers?|offsets?|shards?|partitions?|reload|reloads|restarts?|crash(?:es)?|process|processes|service|services|version|image|containers?|instances?|cluster|deployment|deploys?|builds?|firmware|cron|heartbeat|health-?check|readiness|liveness|uptime|cpu|memory|latency|throughput)$/i;
/** A version or a port right after the noun: "v2.4", "3.1.0", ":8443". */
const VERSION_AFTER = /^\s{0,2}(?:v\d{1,4}(?:\.\d{1,4}){0,3}\b|\d{1,4}\.\d{1,4}(?:\.\d{1,4}){0,2}\b|:\d{2,5}\b)/;
/** A machine's act done to the noun: "rolled back the dispatcher", "restarted the scheduler", "switching the dispatcher to". */
const DONE_TO =
  /\b(?:restart(?:s|ed|ing)?|redeploy(?:s|ed|ing)?|deploy(?:s|ed|ing)?|roll(?:s|ed|ing)?\s{1,2}back|rollback\s{1,2}of|reboot(?:s|ed|ing)?|upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|patch(?:es|ed|ing)?|scal(?:e|es|ed|ing)\s{1,2}(?:up|down|out)|re-?configur(?:e|es|ed|ing)|switch(?:es|ed|ing)?)\s{1,2}(?:the\s{1,2}|our\s{1,2})?([\p{L}-]{3,31})\b/giu;
/** The noun opening a clause, then a verb and "its": "Dispatcher reloads its cache", "the scheduler restarts its workers". */
const OWN_ACT = /(?:^|[.;:|—]\s{0,3}|\b(?:the|The)\s{1,2})([\p{L}-]{3,31})\s{1,2}(?:\p{Ll}{2,20}s|\p{Ll}{2,20}ed)\s{1,2}its\b/gu;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The noun in lower case and singular, when it has an agent noun's shape and is not a relation between people or firms. */
function agent(word: string): string | null {
  const w = word.toLowerCase().replace(/(?:'s|’s|'|’)$/, '');
  const one = w.endsWith('s') && AGENT.test(w.slice(0, -1)) ? w.slice(0, -1) : w;
  return AGENT.test(one) && !RELATION.test(one) ? one : null;
}

/** The agent nouns (lower case, singular) that the document's lines establish as systems (above). */
export function documentSystems(lines: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  const add = (word: string | undefined): void => {
    const a = word === undefined ? null : agent(word);
    if (a !== null) out.add(a);
  };
  for (const raw of lines) {
    const line = raw.length > 4000 ? raw.slice(0, 4000) : raw;
    // Inside code: a metric, a config key, a service name.
    for (const m of line.matchAll(/`([^`]{1,80})`/g)) for (const part of m[1]!.split(/[^\p{L}]+/u)) if (part !== '') add(part);
    const words = [...line.matchAll(WORD)];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]![0];
      const a = agent(w.split('-')[0]!);
      if (a === null) continue;
      if (VERSION_AFTER.test(line.slice(words[i]!.index + w.length, words[i]!.index + w.length + 14))) out.add(a);
      // The part right after the noun, or after one word between ("the dispatcher's zone cache", "scheduler worker pods").
      const parts = [w.includes('-') ? w.split('-').slice(1).join('-') : '', words[i + 1]?.[0], words[i + 2]?.[0]].map((x) => (x ?? '').split('-').pop()!);
      const part = parts[0] !== '' ? parts[0]! : PART.test(parts[1]!) ? parts[1]! : parts[2]!;
      if (PART.test(part)) out.add(a);
    }
    for (const m of line.matchAll(DONE_TO)) add(m[1]);
    for (const m of line.matchAll(OWN_ACT)) add(m[1]);
  }
  return out;
}

/** Whether every person reference of the sentence is a system of its document (none: not this reading). */
export function onlySystems(sentence: string, systems: ReadonlySet<string>): boolean {
  return everyPersonAmong(sentence, systems, agent);
}
