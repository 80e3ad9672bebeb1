/*
 * Is an action item specific enough to be done and verified (issue 16)? An item has up to
 * three parts: an action (a concrete verb such as "add", "rotate", "pin", or only an
 * abstract one such as "improve", "look into", "pay attention to"), an artefact or place
 * (a file, alert, dashboard, config key, endpoint, runbook path, ticket, named system)
 * and an outcome (a measurable threshold, or a completion criterion: "so that…", "until…",
 * "close when…", "tracked in…").
 *
 * - An abstract action is vague unless it comes with a measurable outcome, a completion
 *   criterion or an exact artefact (path, code, ticket, config key, endpoint): naming a
 *   service is not enough ("Fix performance issues in the search service").
 * - A concrete action is vague when its object is generic ("Add more monitoring", "Write
 *   a runbook", "Update the documentation") and nothing else names the artefact or outcome.
 * - A wish without a verb ("Better communication", "More testing") is vague likewise.
 * The result says which part is missing. Every pattern is linear (no nested quantifiers).
 */

import { taskText } from './vague.wrappers.ts';
import { trimEnd } from '../text.ts';
import { classify, type Model } from './classifier.ts';
import { VAGUE_MODEL } from './vague.model.generated.ts';
import { exactArtefact, hasOutcome, named, withoutLeadIn } from './vague.parts.ts';
import { scopedAudit, withoutSiteCode } from './vague.scope.ts';
import { modelFeatures, wishRequest } from './vague.requests.ts';
import { unnamedDocument } from './vague.unnamed-document.ts';
import { foreignAbstract } from './vague.foreign.round39.ts';

/**
 * The probability above which the model's judgement counts when no rule found the item
 * vague; chosen by leave-one-writer-out cross-validation (bench/quality.bench.ts).
 */
export const VAGUE_THRESHOLD = 0.6;

export type MissingPart = 'action' | 'artefact' | 'outcome';

export type Vagueness = {
  /** What the item has instead of a concrete action: the abstract verb or wish that opens it. */
  opener: string;
  kind: 'abstract-action' | 'generic-object' | 'wish' | 'too-short' | 'no-criterion';
  missing: MissingPart[];
};

const ABSTRACT_START =
  /^(?:improve|improving|enhance|strengthen|harden|optimi[sz]e|streamline|moderni[sz]e|stabili[sz]e|simplify|rationali[sz]e|fix (?:the |any |all |our )?(?:\w+ ){0,2}(?:issues?|problems?|bugs?|flakiness|flaky tests?|slowness|instability|errors|performance|latency)|fix (?:the |our |any |all )?(?:flaky|slow|broken|unstable|failing|intermittent|recurring) \w+|fix bugs|talk to|speak (?:to|with)|sync with|meet with|reach out to|chase|get (?:the |our )?\w+ to|resolve (?:the |any |all |our )?(?:\w+ ){0,2}(?:issues?|problems?|bugs?)|address|tackle|sort out|deal with|look into|looking into|look at|dig into|investigate|investigating|explore|research|figure out|find out|check on|check into|review|revisit|re-?evaluate|evaluate|assess|discuss|audit|reconsider|rethink|consider|considering|think about|ensure|make sure|verify that|confirm that|guarantee|prevent|avoid|be (?:more )?(?:careful|vigilant|cautious|diligent|mindful|aware|proactive)|pay (?:more |closer |better )?attention|keep (?:a (?:closer |better )?|an )?eye on|keep track of|keep an eye|keep monitoring|monitor|double-check|remember to|try to|continue to|work on|focus on|prioriti[sz]e|raise awareness|increase awareness|educate|train (?:the |our |all )?(?:team|staff|people|engineers|everyone)\b|follow up|communicate|encourage|promote|foster|clean ?up|make (?:the |our |it |this |things |sure )?(?:\w+ ){0,3}(?:more|less|better|safer|faster|robust|resilient|reliable|stable)|do (?:a )?better|take (?:more )?care|stay on top of|get better at|learn from|share (?:the )?learnings?|increase|reduce|lower|decrease|minimi[sz]e|maximi[sz]e|speed up|grow|expand|scale|establish (?:a |an |the )?(?:\w+ )?(?:culture|mindset|practice|habit|sense) of|upskill|up-skill|sociali[sz]e|evangeli[sz]e|champion|empower|strive to|aim to|endeavou?r to|sync up|catch up|touch base|circle back|align (?:on|with)|drive (?:alignment|adoption|awareness|improvements?|accountability|ownership|consistency)|leverage|tighten up|tighten (?:the |our )?(?:\w+ )?(?:process|procedures?|controls?|practices?)|revamp|overhaul|take (?:a |another )?(?:closer |deeper |second |hard )?look|have a (?:closer |deeper )?look|plan to|embed|instil|instill|socialise)\b/i;

/** Wishes without a verb: "Better monitoring", "More thorough code reviews", "Clearer escalation paths". */
const WISH_START = /^(?:better|more|improved|clearer|greater|stronger|increased|enhanced|additional|extra|proper|tighter|faster|smarter|fewer|less|reduced|regular|frequent)\b/i;

/** Exhortations: "Engineers should be more vigilant", "Operators should double-check". */
const EXHORTATION = /^(?:\w+ ){1,3}(?:should|must|need to|needs to|have to|has to|will)(?: always| all)? (?:be|pay|double-check|remember|try|take|make sure|ensure|check|avoid|think|communicate|follow|strive|aim|endeavou?r|work harder|do better|improve)\b/i;

const CONCRETE_START =
  /^(?:set up|setup|alert on|add|create|write|implement|enable|disable|remove|delete|drop|migrate|set|configure|automate|require|block|rotate|upgrade|downgrade|pin|document|move|replace|split|rename|deploy|roll out|roll back|schedule|run|backfill|limit|cap|raise|page|alert|route|restrict|revoke|grant|archive|publish|tag|label|introduce|build|extend|adopt|switch|turn (?:on|off)|update|install|provision|patch|bump|cut|alert on|lock|unlock|expose|hide|merge|retire|decommission|deprecate|purge|rebuild|resize|shard|partition|index|cache|throttle|rate-limit|allowlist|denylist|whitelist|blacklist|pay|buy|book|hire|assign|set up|setup|train|test|fix|close|open|file|email|send|post|announce|share|record|measure|tune|increase|reduce|lower|split)\b/i;

/** Objects that are a category, not a thing: "monitoring", "tests", "documentation", "a process". */
// Round 31: a kind of test or validation is still a category ('unit tests', 'integration tests', 'config validation').
const GENERIC_HEAD =
  /^(?:(?:unit|integration|regression|e2e|end-to-end|smoke|load|automated|more) tests?|(?:config|configuration|input|schema|data) validation|monitoring|alerting|alerts?|tests?|testing|documentation|docs|runbooks?|playbooks?|dashboards?|process(?:es)?|procedures?|logging|logs|metrics|observability|visibility|checks?|safeguards?|guardrails?|validation|automation|tooling|tools|training|coverage|redundancy|capacity|resources|improvements?|fixes|a fix|the fix|team|teams|people|staff|everyone|communication|awareness|policies|policy|guidelines|standards|best practices|controls?|security|reliability|resilience|performance|stability|error handling|retries|backups?|reviews?|code reviews?|tickets?|measures|steps|things|stuff|instrumentation|traces|tracing|notifications|reporting|escalations?|culture|knowledge|onboarding)$/i;
const GENERIC_MODIFIER = /^(?:a|an|the|some|more|better|additional|extra|proper|adequate|appropriate|new|any|all|our|their|its|relevant|necessary|required|sufficient|basic|general|further|various|several|other|good|improved|clear|clearer|regular|frequent|automated|manual|robust|thorough|comprehensive|detailed|missing|needed|related|specific)$/i;
/** Places that name nothing in particular: "for the API", "for the new cluster", "in production". */
const GENERIC_PLACE_WORD =
  /^(?:the|a|an|our|all|any|new|old|this|that|these|those|for|in|on|to|of|around|across|with|at|from|api|apis|service|services|system|systems|cluster|clusters|app|apps|application|applications|production|prod|staging|team|teams|platform|database|databases|db|servers?|infrastructure|infra|code|codebase|release|releases|deploy|deploys|deployments?|future|incidents?|outages?|process|on-call|oncall|warehouse|customers?|users?|everything|regions?|zones?|environments?|envs?|datacenters?|sites?|stacks?|products?|features?|areas?|components?|parts?|tiers?|layers?|pipelines?|apps?|endpoints?|it|them|this|issue|problem|way|ways|between|and|or|better|more|during|after|before|each|every)$/i;

/** Whether the words after the verb are a generic object in a generic place ("more alerts for the API"). */
function genericObject(rest: string): boolean {
  const words = rest.toLowerCase().replace(/\b(?:where|if|when|as) (?:possible|needed|necessary|appropriate|required)\b|\b(?:going forward|in the future|etc)\b/g, ' ').replace(/[^a-z0-9\s-]/g, ' ').split(' ').filter((w) => w !== '');
  if (words.length === 0) return true;
  let i = 0;
  while (i < words.length && GENERIC_MODIFIER.test(words[i]!)) i++;
  // The head: one or two words ("error handling", "code reviews").
  const one = words[i] ?? '';
  const two = `${one} ${words[i + 1] ?? ''}`;
  let j: number;
  if (GENERIC_HEAD.test(two)) j = i + 2;
  else if (GENERIC_HEAD.test(one)) j = i + 1;
  else return false;
  return words.slice(j).every((w) => GENERIC_PLACE_WORD.test(w) || GENERIC_HEAD.test(w) || GENERIC_MODIFIER.test(w));
}

/**
 * Round 10: a step that ends on a bare comparative ("Update the status page faster next time", "Page the vendor sooner"):
 * faster than what? With a measure ("faster than 10 minutes") the item has its outcome and never gets here. Round 26: a bare
 * timing word is the same wish ("Renew certificates on time", "Rotate keys proactively"): by when, checked how?
 */
const COMPARATIVE_END = /\b(?:faster|quicker|sooner|earlier|on time|in time|promptly|proactively|more (?:quickly|promptly|often|frequently|carefully|closely|clearly)|better)(?: (?:next time|in (?:the )?future|going forward|from now on))?$/i;

/** Wishes that end as a wish: "Some alerting for queue depth would help". */
const WISH_END = /\b(?:would (?:help|be (?:good|nice|useful|great|helpful|better))|is needed|are needed|is required|are required|might help|could help|is desirable|would be an improvement)$/i;

/**
 * Why an action item is vague, or null when it is specific enough to be done and checked:
 * the rules' reading, or, when they pass an item that names no exact artefact and no
 * outcome, the model's (kind `no-criterion`, quoting the words that weighed most).
 */
export function actionItemVagueness(text: string, model: Model = VAGUE_MODEL): Vagueness | null {
  return vaguenessOf(text, model, 0);
}

function vaguenessOf(text: string, model: Model, depth: number): Vagueness | null {
  // Round 16: a task-table row or a shortcode is judged by the task inside it (vague.wrappers.ts). Round 26: taskText also
  // sets aside up to six trailing assignment fields per call, so the unwrapping stops after three calls (a row, its cell,
  // its fields): unbounded, a line of a thousand "@a" took a thousand calls of O(n) each.
  const task = taskText(text);
  if (task !== text && depth < 3) return vaguenessOf(task, model, depth + 1);
  const rules = ruleVagueness(text);
  if (rules !== null) return rules;
  const t = withoutLeadIn(trimEnd(text.replace(/\s+/g, ' '), '.!').trim());
  if (t === '' || exactArtefact(withoutSiteCode(t)) || hasOutcome(t) || scopedAudit(t)) return null;
  // A concrete action on a thing in a named place ("Remove closed regions from the CDN configuration", "Make the owner field
  // required in the service catalogue") says what changes and where: the model does not overrule that structure.
  if (concreteInPlace(t) || namedRequest(t) || systemGate(t) || keptAsArtefact(t) || defectInPlace(t)) return null;
  // Round 39: an abstract action in another language ("Mejorar el monitoreo", "Cẩn thận hơn", vague.foreign.round39.ts).
  const foreign = foreignAbstract(t);
  if (foreign !== null) return { opener: foreign, kind: 'abstract-action', missing: named(t) ? ['outcome'] : ['artefact', 'outcome'] };
  const bare = bareRepair(t) ?? keptAsNothing(t) ?? bareWatch(t);
  if (bare !== null) return bare;
  // Round 33: a request whose whole object is a wish ("Ask the vendor for better support", vague.requests.ts).
  if (wishRequest(t)) return { opener: t.split(' ')[0]!, kind: 'wish', missing: ['artefact', 'outcome'] };
  // Round 33: a document named by its kind alone ("Write a runbook for the arrivals feed", vague.unnamed-document.ts).
  const document = unnamedDocument(t);
  if (document !== null) return { opener: document, kind: 'generic-object', missing: ['artefact', 'outcome'] };
  const { p, top } = classify(model, modelFeatures(text, t));
  if (p < VAGUE_THRESHOLD) return null;
  const opener = top === undefined ? t.split(' ').slice(0, 3).join(' ') : text.replace(/\s+/g, ' ').trim().slice(top.start, top.end);
  return { opener, kind: 'no-criterion', missing: named(t) ? ['outcome'] : ['artefact', 'outcome'] };
}

/**
 * Round 12: "fix" or "repair" said of a thing and nothing more ("Fix the export job", "Repair the sync"): which fault,
 * and how will anyone know it is fixed? The item names a thing, not the defect or the change. A named defect ("Fix the
 * memory leak", "Fix the typo in …") or anything after the thing (a place, a purpose, a criterion) leaves it to the
 * model. Read at run time only, after the rules (not a training feature).
 */
const BARE_REPAIR = /^(?:fix|repair)\s(?:the\s|our\s|its\s)?([\w'’.-]{2,40}(?:\s[\w'’.-]{1,40}){0,2})$/i;
const DEFECT = /\b(?:leak|leaks|typo|race|deadlock|overflow|off-by-one|permissions?|certificate|cert|timeout|regression|crash|loop|null|nil|mismatch|misconfiguration|off|limit|quota|index|query|migration|header|parser|encoding|offset|bug \S+|cve-\S+)\b/i;

/**
 * Round 15: a repair that names its defect and where it is ("Fix the off-by-one in the pager", "Patch the memory leak in
 * the upload worker"): the defect is the change and its absence the criterion, as specific as a step gets.
 */
const DEFECT_IN_PLACE =
  /^(?:fix|repair|patch|correct)\s(?:the|a|an|our|its)\s(?:[\w-]{2,20}\s)?(?:leak|typo|race(?:\scondition)?|deadlock|overflow|underflow|off-by-one|null\s(?:pointer|dereference|check)|regression|crash|infinite\sloop|mismatch|misconfiguration|double\s(?:charge|count|send))\s(?:in|on|of|at|when|after|during)\s(?:the|a|an|our|its|each|every)?\s?[\w'’.-]{2,40}/i;

function defectInPlace(t: string): boolean {
  return DEFECT_IN_PLACE.test(t);
}

function bareRepair(t: string): Vagueness | null {
  const m = BARE_REPAIR.exec(t);
  if (m === null || DEFECT.test(m[1]!) || /\d|[A-Z]{2,}|[_/`]/.test(m[1]!)) return null;
  return { opener: t.split(' ')[0]!, kind: 'no-criterion', missing: ['outcome'] };
}

/**
 * Round 13: a check a system makes before an act ("Make the publish pipeline wait for purge confirmation before announcing
 * a release", "Check in CI that every CNAME target resolves before a DNS change is applied"): the gate is the criterion,
 * done when the system refuses the act without it. The system must be named (the pipeline, CI, the deploy script), the
 * check must be a predicate ("that every …", "wait for …"), and the act gated a verb ("before purging", "before a change
 * is applied"). Read at run time only, after the rules (not a training feature): "Double-check things before pushing" is
 * a rule's abstract action and never gets here.
 */
const SYSTEM_GATE =
  /^(?:(?:make|have|let|configure|change|set)\s(?:the|our|every|each)\s(?:[\w'’-]+\s){0,2}(?:pipeline|job|script|tool|service|bot|workflow|scheduler|deployer|installer|check|hook|cron|controller|gateway|router|proxy|server|runner)s?\s(?:wait\sfor|check|verify|require|confirm|refuse|block|fail)|(?:check|verify|validate|assert|test)\s(?:in|on|at|from)\s(?:the\s)?(?:CI|[\w-]+\s(?:pipeline|job|script|hook|check))\sthat\s(?:every|each|all|no|the))\b.{3,200}\bbefore\s(?:[a-z]{3,20}ing\b|(?:a|an|any|each|every)\s(?:[\w-]+\s){0,2}(?:is|are)\s(?:applied|merged|deployed|released|pushed|shipped|approved|run|published|announced))/i;

function systemGate(t: string): boolean {
  return SYSTEM_GATE.test(t);
}

const ACT_ON = /^(?:track|monitor|watch|remove|delete|drop|add|move|import|export|validate|subscribe|unsubscribe|reject|refuse|block|require|make|set|pin|rotate|revoke|grant|restrict|limit|cap|enable|disable|route|replace|rename|migrate|split|merge|document|record|publish|check|gate|fail|register|deregister|whitelist|allowlist|denylist|expire|archive|retire|decommission|throttle|rate-limit|sign|encrypt|tag|label|assign|notify|send|write|schedule|backfill|alert on|page on|turn (?:on|off))\b/i;
const PLACE = /\b(?:in|from|to|into|against|on|for|at|of|under|within) (?:the|our|its|their|every|each|all|an?) (?:[\w'’-]+ ){0,3}[\w'’-]+/i;

/**
 * Round 10: a request to a named party for a named thing ("Ask TempSense for a firmware fix for the frozen-value bug",
 * "Request from Stripe the webhook retry log for 3 March"): done when the party answers. A wish in the request ("Ask the
 * vendor for better support") or a party that is no name ("the vendor") stays with the model.
 */
const REQUEST = /^(?:ask|request)\s(?:from\s)?([\w.&'’-]{2,40}(?:\s[A-Z][\w.&'’-]{1,40})?)\s(?:for|to send|to provide|to fix)\s(.{8,300})$/i;

function namedRequest(t: string): boolean {
  const m = REQUEST.exec(t);
  if (m === null) return false;
  const party = m[1] ?? '';
  const what = m[2] ?? '';
  return /^\p{Lu}/u.test(party) && named(` ${party}`) && !WISH_START.test(what.replace(/^(?:a|an|the)\s/i, '')) && !genericObject(what) && what.split(' ').length >= 3;
}

/** A concrete verb, a specific object and a place it is done in, none of them generic. */
const WATCH_KEPT = /\b(?:dashboard|board|report|sheet|spreadsheet|tracker|panel|channel|wiki|calendar)s?$/i;

function concreteInPlace(t: string): boolean {
  const verb = ACT_ON.exec(t);
  if (verb === null) return false;
  const rest = t.slice(verb[0].length).trim();
  const place = PLACE.exec(rest);
  if (place === null || place.index === 0) return false;
  const object = rest.slice(0, place.index).trim();
  if (object.split(' ').length < 2 || genericObject(object)) return false;
  const where = place[0].split(' ').slice(2).join(' ');
  // Round 21: a watch is concrete only where it is kept ("Track supplier price changes on the procurement dashboard").
  if (/^(?:track|monitor|watch)\b/i.test(verb[0]) && !WATCH_KEPT.test(where)) return false;
  return !genericObject(where) && where.split(' ').some((w) => !GENERIC_PLACE_WORD.test(w) && !GENERIC_HEAD.test(w) && !GENERIC_MODIFIER.test(w));
}

/**
 * Round 13: a thing kept as a named kind of artefact ("Save the re-upload email as a support macro", "Publish the
 * failover steps as a runbook page", "Add the slow-query check as a CI job"): the artefact is the outcome, done when
 * it exists. The thing kept must be more than a generic word ("Save it as a template", "Add things as alerts" stay with
 * the model). Read at run time only, after the rules (not a training feature).
 */
const KEPT_AS = /^(?:save|publish|add|turn|convert|keep|store|file|register|record|capture|promote|export|package)\s(.{3,80}?)\s(?:as|into)\s(?:a|an|the|our)\s(?:[\w'’-]+\s){0,3}(?:macro|template|runbook|playbook|alert|alerting rule|dashboard|panel|test|unit test|regression test|check|snippet|saved search|saved query|script|job|cron job|rule|ticket|checklist|page|wiki page|canned response|lint rule|pre-commit hook)s?$/i;

function keptAsArtefact(t: string): boolean {
  const m = KEPT_AS.exec(t);
  return m !== null && m[1]!.split(' ').length >= 2 && !genericObject(m[1]!);
}

/**
 * Round 14: a kind of artefact with nothing named to keep in it ("Save it as a template", "Keep things as a checklist"):
 * which thing? The object is a pronoun or a generic word. Read at run time only, after the rules.
 */
const KEPT_AS_ANY = new RegExp(KEPT_AS.source.replace('(.{3,80}?)', '(.{2,80}?)'), 'i');

function keptAsNothing(t: string): Vagueness | null {
  const m = KEPT_AS_ANY.exec(t);
  if (m === null || !(/^(?:it|this|that|them|these|those|things|stuff|everything|something|more|all of (?:it|this|them))$/i.test(m[1]!) || genericObject(m[1]!))) return null;
  return { opener: t.split(' ').slice(0, 2).join(' '), kind: 'generic-object', missing: ['artefact', 'outcome'] };
}

/**
 * Round 14: a bare watch on a thing ("Track carrier API changelogs", "Watch the log hosts", "Monitor queue sizes"): where,
 * against what threshold, and who hears of a change? A few words and nothing after the thing (no place, ticket, metric or
 * criterion — those leave it to the model, and a named artefact is specific). Read at run time only, after the rules.
 */
const BARE_WATCH = /^(?:track|monitor|watch|follow|keep an eye on|keep track of)\s(?:the\s|our\s|all\s)?([\w'’-]{2,40}(?:\s[\w'’-]{2,40}){0,3})$/i;
const WATCH_SPECIFIC = /\b(?:on|in|per|with|via|using|at|for|against|above|below|under|over|until|when|so|dashboard|alert|alerts|panel|page|threshold|slo|sla|p\d\d)\b|\d/i;

function bareWatch(t: string): Vagueness | null {
  const m = BARE_WATCH.exec(t);
  if (m === null || WATCH_SPECIFIC.test(m[1]!) || named(t)) return null;
  return { opener: t.split(' ')[0]!, kind: 'no-criterion', missing: ['artefact', 'outcome'] };
}

/** The rules' reading of an action item: why it is vague, or null. */
export function ruleVagueness(text: string): Vagueness | null {
  const t = withoutLeadIn(trimEnd(taskText(text).replace(/\s+/g, ' '), '.!').trim());
  if (t === '') return null;
  // Round 22 (vague.scope.ts): a site's code after "at" is where, not what; an audit of a named actor's records since a date is bounded.
  if (exactArtefact(withoutSiteCode(t)) || hasOutcome(t) || scopedAudit(t)) return null;
  const words = t.split(' ');
  const wishEnd = WISH_END.exec(t);
  if (wishEnd !== null) return { opener: wishEnd[0], kind: 'wish', missing: named(t) ? ['action', 'outcome'] : ['action', 'artefact', 'outcome'] };
  const abstract = ABSTRACT_START.exec(t);
  if (abstract !== null) return { opener: abstract[0], kind: 'abstract-action', missing: named(t) ? ['outcome'] : ['artefact', 'outcome'] };
  const exhortation = EXHORTATION.exec(t);
  if (exhortation !== null) return { opener: exhortation[0], kind: 'abstract-action', missing: ['action', 'artefact', 'outcome'] };
  const wish = WISH_START.exec(t);
  if (wish !== null && !named(t)) return { opener: wish[0], kind: 'wish', missing: ['action', 'artefact', 'outcome'] };
  const comparative = COMPARATIVE_END.exec(t);
  if (comparative !== null) return { opener: comparative[0], kind: 'no-criterion', missing: ['outcome'] };
  const concrete = CONCRETE_START.exec(t);
  if (concrete !== null) {
    if (named(t.slice(concrete[0].length))) return null;
    if (genericObject(t.slice(concrete[0].length))) return { opener: words.slice(0, 3).join(' '), kind: 'generic-object', missing: ['artefact', 'outcome'] };
    return null;
  }
  if (words.length <= 3 && !named(t)) return { opener: t, kind: 'too-short', missing: ['action', 'artefact', 'outcome'] };
  return null;
}

/** Whether an action item reads as vague (not specific, measurable or clear). */
export function isVagueActionItem(text: string): boolean {
  return actionItemVagueness(text) !== null;
}

const PART_NAMES: Record<MissingPart, string> = {
  action: 'a concrete action (add, rotate, pin, alert on…)',
  artefact: 'the artefact or place (file, alert, dashboard, config key, endpoint, runbook path or ticket)',
  outcome: 'a measurable outcome or a completion criterion ("so that p99 stays under 300 ms", "done when…")',
};

/** The finding message: what the item has, and which parts are missing. */
export function vaguenessMessage(v: Vagueness): string {
  const lead =
    v.kind === 'abstract-action'
      ? `"${v.opener}" is an aim, not a step`
      : v.kind === 'wish'
        ? `"${v.opener} …" names a wish, not an action`
        : v.kind === 'generic-object'
          ? `"${v.opener}" names a kind of thing, not which one`
          : v.kind === 'no-criterion'
            ? `Nothing here says when "${v.opener}" is done`
            : 'Too short to act on';
  const missing = v.missing.map((p) => PART_NAMES[p]);
  return `${lead}. Missing: ${missing.join('; ')}. E.g. "Add alert for error rate >5% sustained for >2 minutes on /api/sync".`;
}
