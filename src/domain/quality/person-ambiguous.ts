/*
 * Round 31 (issue 16): people and machines that share a name. The agent-suffix guess (person-tokens.ts `isRole`) leaves
 * out the agent nouns that name machines (blame.lexicon.ts THING_AGENTS: "driver", "processor", "handler", "scheduler",
 * "closer", …), so a loan processor, a truck driver, a baggage handler or a mortgage closer was never a person, and
 * every blame form about them was missed. Here such a noun is read by its context; one clue that only a person takes
 * makes it a person:
 *
 * - a modifier or a possessor only a person takes: a vehicle before "driver" ("the forklift driver"), a trade, a shift
 *   or a place of work ("the loan processor", "the night-shift handler", "the Tampa branch closer"), a person's
 *   possessive ("the haulier's driver"); a device or software before it makes it a machine ("the device driver", "the
 *   job scheduler", "the event handler", "the payment processor");
 * - what follows it: "who" (machines take "which" / "that"), a phrase naming a person's work ("the processor on the
 *   Delgado file", "the closer for the Tampa branch", "the driver on the Dock 2 run"), a possessive of person-only
 *   things ("the driver's shift", "the closer's manager", "on the producer's part"), an act or a state only people
 *   have ("turned up", "rang", "told", "promised", "apologised", "went home", "was on leave", "was new"), or he / she /
 *   his / her later in the sentence when no one else is named;
 * - verbs that systems also do (forgot, ignored, decided, missed, rejected, dropped) are no clue either way.
 *
 * Linear: each candidate head looks back at most four words and forward over one bounded window.
 */
import { BREAKS, DETERMINERS } from './person-words.ts';
import type { Token } from './person-tokens.ts';
import type { PersonSpan } from './person-mask.ts';

/** Agent nouns that name a machine and a job alike. */
const SHARED = /^(?:drivers?|processors?|closers?|handlers?|schedulers?|dispatchers?|controllers?|producers?|publishers?|builders?|runners?|workers?|brokers?|monitors?|inspectors?|importers?|exporters?|shippers?|forwarders?|collectors?|packers?|sorters?|checkers?|loaders?|pickers?|editors?|planners?|installers?|underwriters?|appraisers?)$/i;

/** Modifiers that make it a machine: a device, software, data ("the device driver", "the job scheduler"). */
const MACHINE_MODIFIER =
  /^(?:device|kernel|printer|gpu|graphics|video|audio|sound|network|nic|usb|bluetooth|wifi|display|disk|storage|database|db|jdbc|odbc|sql|payment|payments|card|event|events|job|jobs|task|tasks|cron|batch|queue|message|messages|request|error|exception|interrupt|signal|file|stream|transaction|data|log|logs|web|http|api|rest|grpc|kafka|rabbitmq|mqtt|pipeline|build|ci|test|background|async|worker|thread|task-queue|render|rendering|image|text|word|html|xml|json|csv|pdf|video-render|cpu|arm|intel|x86|kubernetes|k8s|airflow|quartz|linux|windows|door|hydraulic|automatic|auto|soft|click|webhook|callback|signal|packet|route|routing|query|search|index|cache|memory|power|motor|servo|valve|pump|fan|temperature|thermal|pressure|system|software|hardware|firmware|plc|scada|code|script|macro|plugin|plug-in|vat|tax|import|export|sync|update|updates|upgrade|patch|upload|download|email|e-mail|mail|sms|notification|alert|alarm|release|deploy|deployment|container|docker|node|cluster|server|service|celery|sidekiq|resque|slurm)$/i;

/**
 * Modifiers that make it a person: a vehicle before "driver", a trade, a shift, a rank, a place of work. A capitalised
 * place before a place of work counts through the place noun ("the Tampa branch closer").
 */
const PERSON_MODIFIER =
  /^(?:forklift|fork-lift|truck|lorry|van|bus|coach|delivery|tanker|taxi|cab|tractor|reach-truck|hgv|haulage|courier|train|tram|reefer|relief|agency|temp|contract|contracted|seasonal|casual|trainee|junior|senior|lead|chief|head|deputy|assistant|associate|executive|line|night|day|night-shift|day-shift|late-shift|early-shift|weekend|shift|experienced|inexperienced|in-house|outsourced|offshore|loan|mortgage|claims|case|baggage|ramp|dog|crew|flight|load|stock|air-traffic|traffic|film|music|record|show|series|post|post-production|insurance|customs|freight|deal|branch|desk|site|field|floor|depot|yard|office|team|vendor's|online|offline|picture|dialogue|sound-effects|copy|managing|commissioning|legal|title|escrow)$/i;

/** What follows "on / for / at" and names a person's work: "on the Delgado file", "for the Tampa branch", "on his second show". */
const WORK_PLACE = String.raw`(?:stop|branch|office|desk|shift|crew|show|production|depot|yard|closing|loan|deal|case|account|accounts|file|run|route|job|site|dock|line|team|matter|programme|program|purchase|refinance|refi)`;
const WORK_PHRASE = new RegExp(String.raw`^\s{1,2}(?:for|on|at|from|in)\s{1,2}(?:(?:the|our|their|his|her|that)\s{1,2})?(?:(?:\p{Lu}[\p{L}'’-]{0,20}|\d{1,4}|first|second|third|last|next|new|morning|night|early|late|weekend)\s{1,2}){1,3}${WORK_PLACE}\b`, 'u');
/** The same with an ordinary determiner and a place of work no machine has ("for the branch", "on the late shift"). */
const WORK_PHRASE_PLAIN = /^\s{1,2}(?:for|on|at|from)\s{1,2}(?:the|our|that)\s{1,2}(?:\p{Ll}{2,20}\s{1,2})?(?:branch|office|desk|shift|crew|depot|yard|closing)\b/u;

/** "who" right after the noun (or after a comma): only people are "who". */
const WHO = /^\s{0,2},?\s{0,2}who\b/i;

/** Auxiliaries and adverbs between the noun and its act. */
const AUX = String.raw`(?:\s{1,2}(?:should|could|would|must|might|had|has|have|did|does|do|never|then|also|just|clearly|probably|obviously|simply|apparently|again|once|still|not|n't|really|evidently|presumably|eventually|finally|only|even|at\s{1,2}least|already))`;

/** Acts and states only people have; what systems do too (forgot, ignored, decided, missed, rejected) is not here. */
const PERSON_ACT = new RegExp(
  String.raw`^,?${AUX}{0,3}\s{1,2}(?:turn(?:s|ed)?\s{1,2}up|show(?:s|ed)?\s{1,2}up|r[ai]ng|rings|phon(?:e|es|ed)|e-?mail(?:s|ed)|call(?:s|ed)\s{1,2}(?:us|me|him|her|them|in\s{1,2}sick|back|the\s{1,2}(?:borrower|client|customer|office|branch|depot|desk))|t[oe]ll?s?\s{1,2}(?:us|me|him|her|them|the)|told|ask(?:s|ed)?\s{1,2}(?:us|me|him|her|them|the\s{1,2}(?:borrower|client|customer|network|director|editor|producer))|sa(?:id|ys)|promis(?:e|es|ed)|apologi[sz](?:e|es|ed)|admit(?:s|ted)|insist(?:s|ed)|claim(?:s|ed)|complain(?:s|ed)|agre(?:e|es|ed)|reckon(?:s|ed)|swore|lied|went\s{1,2}home|go(?:es)?\s{1,2}home|clock(?:s|ed)\s{1,2}(?:off|out|in)|left\s{1,2}early|leaves?\s{1,2}early|overslept|hoped|guess(?:es|ed)|didn't\s{1,2}(?:bother|care)|did\s{1,2}not\s{1,2}(?:bother|care)|couldn't\s{1,2}be\s{1,2}bothered|bothered|drove|pulled\s{1,2}over|parked|wav(?:e|es|ed)\s{1,2}(?:it|them|\w{1,20})?\s{0,2}through|signed\s{1,2}off|wanted\s{1,2}to\s{1,2}(?:get|go|leave|finish|knock)|chose\s{1,2}(?:a|an)\s{1,2}creative|(?:was|is|were|had\s{1,2}been)\s{1,2}(?:new|on\s{1,2}(?:leave|holiday|vacation|a\s{1,2}break|lunch|his|her)|off\s{1,2}sick|out\s{1,2}(?:sick|to\s{1,2}lunch)|at\s{1,2}lunch|late|covering|in\s{1,2}(?:his|her)\s{1,2}first|plainly\s{1,2}at\s{1,2}fault|(?:clearly\s{1,2})?at\s{1,2}fault|distracted|tired|hungover|rushing|in\s{1,2}a\s{1,2}(?:hurry|rush)))\b`,
  'i',
);

/** Asked or expected of it, an act only a person does: "(too much to ask) the driver to glance at the display". */
const TO_PERSON_ACT = /^\s{1,2}to\s{1,2}(?:(?:just|simply|actually|at\s{1,2}least|finally)\s{1,2})?(?:glance|phone|ring|e-?mail|speak|talk|look\s{1,2}at|pick\s{1,2}up\s{1,2}the\s{1,2}phone|call\s{1,2}(?:us|me|the\s{1,2}(?:borrower|client|customer|office|branch)))\b/i;

/** What only a person has, after the noun's possessive: "the driver's shift", "the closer's manager", "on the producer's part". */
const OWNED =
  /^(?:'s|’s|s'|s’)\s{1,2}(?:["“]?\s{0,1}(?:quick|pre-trip)|shift|desk|manager|supervisor|boss|colleagues?|team|lunch|break|holiday|leave|phone|mobile|cab|car|van|truck|licen[cs]e|logbook|hours|first|part|excuse|approach\s{1,2}to|attitude|judge?ment|carelessness|laziness|negligence|sloppiness|word|memory|last-minute|inbox|queue|notes|signature|initials)\b/i;

/** A pronoun of one person: later in the sentence it refers back to the noun when no one else is named. */
const SINGULAR_PRONOUN = /^(?:he|she|him|her|his|hers|himself|herself)$/i;

/** What the comparative "closer" is followed by ("the closer the better", "the closer it got"): not the job. */
const COMPARATIVE_NEXT = /^(?:the|it|they|we|you|i|he|she|one|ones|to|than|together|look|inspection|attention|examination|match|contact|ties|relationship|link|range|distance|eye|watch|still|yet|and|or|this|that)$/i;

/** Nouns that the shared word modifies ("the driver update", "the handler code"): then it is not the head. */
const HEAD_AFTER = /^(?:update|updates|version|versions|bug|bugs|issue|issues|code|crash|crashes|error|errors|package|packages|install|installation|support|config|configuration|logs?|thread|threads|pool|pools|queue|queues|process|processes|service|services|timeout|timeouts|script|scripts|function|functions|module|modules|library|software|firmware|chip|chips|card|cards|board|boards|fan|load|time|times|speed|usage|node|nodes|instance|instances|stack|registry|release|releases|binary|binaries|signature|signatures|app|apps|cab|seat|side|door|licen[cs]e|licen[cs]es|shortage|shortages|pay|rota|roster|schedule|handbook|portal|training|checklist|agency|fee|fees|rates?|contract|contracts)$/i;

/** Whether the shared noun at `j` (its phrase opening at `from`) is a person by its context. */
function sharedIsPerson(s: string, toks: readonly Token[], j: number, from: number, named: boolean, inside: boolean): boolean {
  const head = toks[j]!;
  const lower = head.stem.toLowerCase();
  // A modifier the reader already took for a person's name or role ("our Sarasota processor").
  let personModifier = inside;
  for (let k = from; k < j; k++) {
    const t = toks[k]!;
    if (DETERMINERS.has(t.text.toLowerCase())) continue;
    const w = t.stem.toLowerCase();
    // A possessor the reader did not take for a person ("Genset 1's controller", "the tool's builder"): no clue.
    if (t.text !== t.stem) continue;
    if (MACHINE_MODIFIER.test(w) || MACHINE_MODIFIER.test(w.split('-').pop()!)) return false;
    if (PERSON_MODIFIER.test(w)) personModifier = true;
  }
  if (personModifier) return true;
  const ahead = s.slice(head.start + head.stem.length, head.start + head.stem.length + 120).split(/[.;:!?|(]/)[0]!;
  if (head.text !== head.stem) return OWNED.test(s.slice(head.start + head.stem.length, head.start + head.stem.length + 40));
  // "who" after a bare plural is whoever did it, often the people served ("Drivers who tapped a card saw …"): not staff.
  const barePlural = from === j && /s$/.test(lower);
  if ((WHO.test(ahead) && !barePlural) || TO_PERSON_ACT.test(ahead) || WORK_PHRASE.test(ahead) || WORK_PHRASE_PLAIN.test(ahead) || PERSON_ACT.test(ahead)) return true;
  // "the closer" as a noun after a determiner, then its verb or a phrase: the comparative does not stand there.
  if (/^closers?$/.test(lower) && from < j && DETERMINERS.has(toks[j - 1]!.text.toLowerCase())) {
    const next = toks[j + 1];
    if (next !== undefined && !COMPARATIVE_NEXT.test(next.text) && (next.gap || /^\p{Ll}/u.test(next.text))) return true;
  }
  // He / she / his / her later on, with no other person named and the noun not acted on.
  if (named || /^\s{1,2}(?:was|were|is|are|got)\s{1,2}\p{Ll}{2,}(?:ed|en)\b/u.test(ahead)) return false;
  for (let k = j + 1; k < toks.length && k <= j + 30; k++) if (SINGULAR_PRONOUN.test(toks[k]!.text)) return true;
  return false;
}

/** Where the noun phrase whose head is at `j` opens: back over modifiers to a determiner or a possessor, at most four words. */
function phraseStart(toks: readonly Token[], j: number): number {
  let from = j;
  for (let k = j - 1; k >= 0 && k >= j - 4; k--) {
    const t = toks[k]!;
    if (toks[k + 1]!.gap) break;
    const w = t.text.toLowerCase();
    if (DETERMINERS.has(w)) return k;
    if (BREAKS.has(w) || !/^[\p{L}\d]/u.test(t.text)) break;
    // An -ed or -ing word before the phrase is its verb ("uploaded the …"), not a modifier.
    if (/^\p{Ll}{3,}(?:ed|ing)$/u.test(t.text) && !/^(?:night|day)/.test(w)) break;
    from = k;
  }
  return from;
}

/**
 * The sentence's person spans with people named by an agent noun that also names a machine added (in order). A span the
 * reader already found inside the new phrase (its possessor: "the haulier's" of "the haulier's driver") is replaced by it.
 */
export function withShared(s: string, toks: readonly Token[], spans: PersonSpan[]): PersonSpan[] {
  if (!SHARED_GATE.test(s)) return spans;
  const named = spans.some((sp) => !/^(?:he|she|him|her|his|hers|they|them|their)$/i.test(s.slice(sp.start, sp.end)));
  const added: PersonSpan[] = [];
  const replaced = new Set<PersonSpan>();
  let k = 0; // the first span that may reach into a phrase opening at most four words back (spans are in order)
  let addedEnd = 0;
  for (let j = 0; j < toks.length; j++) {
    const t = toks[j]!;
    if (!SHARED.test(t.stem)) continue;
    const next = toks[j + 1];
    if (next !== undefined && !next.gap && t.text === t.stem && HEAD_AFTER.test(next.text)) continue;
    const end = t.start + t.stem.length;
    const from = phraseStart(toks, j);
    const start = toks[from]!.start;
    if (start < addedEnd) continue;
    while (k < spans.length && spans[k]!.end <= toks[Math.max(0, j - 4)]!.start) k++;
    // The spans within reach: a few words, so a bounded number.
    const near: PersonSpan[] = [];
    for (let m = k; m < spans.length && spans[m]!.start < end; m++) if (spans[m]!.end > start) near.push(spans[m]!);
    // Already a person, or part of a longer reference that opens before the phrase.
    if (near.some((sp) => sp.start < start || (sp.start <= t.start && sp.end >= end))) continue;
    // A person the reader found inside the phrase: a name ("our Sarasota processor") or a person's possessive ("the
    // haulier's driver"), not a modifier read as a role by its suffix ("the chiller controller") nor a device's maker.
    const inside = near.some((sp) => ((/^\p{Lu}\p{Ll}/u.test(s.slice(sp.start, sp.end)) && sp.start > 0) || /^(?:'s|’s)/.test(s.slice(sp.end, sp.end + 2))) && !MAKER.test(s.slice(sp.start, sp.end)));
    if (!sharedIsPerson(s, toks, j, from, named && near.length === 0, inside)) continue;
    for (const sp of near) replaced.add(sp);
    added.push({ start, end, possessive: false });
    addedEnd = end;
  }
  if (added.length === 0) return spans;
  return [...spans.filter((sp) => !replaced.has(sp)), ...added].sort((a, b) => a.start - b.start);
}

/** Whose device it is, not whose staff: "the chiller manufacturer's controller". */
const MAKER = /(?:manufacturer|maker|oem|tool|system|service|app|platform|plant|vendor-supplied)$/i;

/** A cheap test before the reading: one of the shared nouns. */
const SHARED_GATE = /(?:driver|processor|closer|handler|scheduler|dispatcher|controller|producer|publisher|builder|runner|worker|broker|monitor|inspector|porter|shipper|forwarder|collector|packer|sorter|checker|loader|picker|editor|planner|installer|writer|appraiser)/i;
