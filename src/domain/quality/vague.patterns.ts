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

import { trimEnd } from '../text.ts';

export type MissingPart = 'action' | 'artefact' | 'outcome';

export type Vagueness = {
  /** What the item has instead of a concrete action: the abstract verb or wish that opens it. */
  opener: string;
  kind: 'abstract-action' | 'generic-object' | 'wish' | 'too-short';
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
const GENERIC_HEAD =
  /^(?:monitoring|alerting|alerts?|tests?|testing|documentation|docs|runbooks?|playbooks?|dashboards?|process(?:es)?|procedures?|logging|logs|metrics|observability|visibility|checks?|safeguards?|guardrails?|validation|automation|tooling|tools|training|coverage|redundancy|capacity|resources|improvements?|fixes|a fix|the fix|team|teams|people|staff|everyone|communication|awareness|policies|policy|guidelines|standards|best practices|controls?|security|reliability|resilience|performance|stability|error handling|retries|backups?|reviews?|code reviews?|tickets?|measures|steps|things|stuff|instrumentation|traces|tracing|notifications|reporting|escalations?|culture|knowledge|onboarding)$/i;
const GENERIC_MODIFIER = /^(?:a|an|the|some|more|better|additional|extra|proper|adequate|appropriate|new|any|all|our|their|its|relevant|necessary|required|sufficient|basic|general|further|various|several|other|good|improved|clear|clearer|regular|frequent|automated|manual|robust|thorough|comprehensive|detailed|missing|needed|related|specific)$/i;
/** Places that name nothing in particular: "for the API", "for the new cluster", "in production". */
const GENERIC_PLACE_WORD =
  /^(?:the|a|an|our|all|any|new|old|this|that|these|those|for|in|on|to|of|around|across|with|at|from|api|apis|service|services|system|systems|cluster|clusters|app|apps|application|applications|production|prod|staging|team|teams|platform|database|databases|db|servers?|infrastructure|infra|code|codebase|release|releases|deploy|deploys|deployments?|future|incidents?|outages?|process|on-call|oncall|warehouse|customers?|users?|everything|regions?|zones?|environments?|envs?|datacenters?|sites?|stacks?|products?|features?|areas?|components?|parts?|tiers?|layers?|pipelines?|apps?|endpoints?|it|them|this|issue|problem|way|ways|between|and|or|better|more|during|after|before|each|every)$/i;

const CODE = /`[^`]{1,200}`/;
const PATH_OR_URL = /https?:\/\/|(?:^|[\s(])\.?\/[\w.-]|\b[\w-]+\/[\w./-]+|\b[\w-]+\.(?:ya?ml|json|tf|ts|js|py|go|sh|md|conf|cfg|ini|toml|sql|rb|java|properties|env|xml|hcl|lock|txt|csv)\b/i;
const TICKET = /\b[A-Z][A-Z0-9]{1,9}-\d+\b|#\d+\b/;
const CONFIG_KEY = /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\b[a-z]+\.[a-z]+(?:\.[a-z_]+)*\b/;
const QUOTED_NAME = /"[^"]{2,120}"|“[^”]{2,120}”/;
/** kebab-case names, CamelCase products, acronyms with digits, capitalised product names inside the item. */
const NAMED = /\b[a-z0-9]+(?:-[a-z0-9]+)+\b|\b[A-Z][a-z]+[A-Z]\w*|\b[A-Z]{2,}[a-z]*\d*\b|(?<=\s)(?!I\b)[A-Z][a-zA-Z]+/;
const NAMED_IGNORED =
  /\b(?:on-call|follow-up|roll-?out|real-time|end-to-end|long-term|short-term|post-mortems?|in-house|built-in|third-party|up-to-date|day-to-day|e-mail|non-actionable|self-service|re-run|pre-flight|add-on|opt-in|opt-out|sign-off|write-up|check-in|hand-off|hand-over|go-live|cut-over|user-facing|customer-facing|high-level|low-level|well-known|API|APIs|UI|DB|SLO|SLA|SRE|QA|CI|CD|I|Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?|Black Friday|Q[1-4]|P[0-4]|SEV\d)\b/g;

const MEASURE =
  /(?<![\d,.])\d[\d,.]*\s?%|\b(?:the|all|those|these|only|top|first|last) \d+\b|(?<![\d,.])\d[\d,.]*\s?(?:ms|s|secs?|seconds?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|GB|MB|KB|TB|GiB|MiB|x|×|rps|qps|req\/s|replicas?|pods?|nodes?|attempts?|retries|times|runs?|errors?|messages?|pages?|alerts?|items?|members?|users?|calls?|connections?|consecutive|k|m|percent|per cent|requests?|queries|tickets?|incidents?|steps?|stages?|approvers?|reviewers?)\b|[<>≤≥]|\b(?:above|below|under|over|at least|at most|more than|less than|fewer than|no more than|within \d|exceeds?|exceeding|drops? below|falls? below|rises? above|by half|halve|to zero|p9\d|p50|from \S+ to \S+|all \d+|every \d+|(?<!\d)\d+ of \d+)\b/i;
const CRITERION =
  /\b(?:so that|so it|so they|so only|such that|until|done when|complete when|completed when|close when|closed when|finished when|is done when|before (?:the|they|we|it|each|every|any|next|joining|\d)|by the (?:next|end)|confirmed (?:by|with|in)|verified (?:by|with|in)|enforced by|tracked in|recorded in|record (?:the|it|results?)|post (?:the )?findings|(?:document|write up|record) (?:the )?(?:cause|findings|results|outcome) in|with sign-off|sign-off from|get sign-off|passes|alert(?:ing)? (?:if|when)|page (?:when|if)|when [^.;]{1,80}(?:exceeds?|drops?|falls?|rises?|above|below|fails?)|and (?:confirm|verify|record|measure|report)|decide by|with a (?:cost comparison|decision|written)|(?:daily|weekly|monthly|quarterly|nightly|hourly|every (?:\w+ )?(?:day|week|month|quarter|sprint|release|deploy))|each (?:quarter|month|week|release|sprint)|using (?:the )?\w+ (?:profiles|logs|traces|dumps))\b/i;

function exactArtefact(t: string): boolean {
  return CODE.test(t) || PATH_OR_URL.test(t) || TICKET.test(t) || CONFIG_KEY.test(t) || QUOTED_NAME.test(t);
}

function hasOutcome(t: string): boolean {
  return MEASURE.test(t) || CRITERION.test(t);
}

function named(t: string): boolean {
  return NAMED.test(t.replace(NAMED_IGNORED, ' '));
}

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

/** Words around the action that say nothing about it: who will do it, "we need to", "going forward", a trailing owner. */
const LEAD_IN = [
  /^(?:todo|action|ai|next steps?|follow-?up)\s*[:-]\s*/i,
  /^(?:going forward|in the future|from now on|next time|longer term|long-term|short-term)\s*,?\s*/i,
  /^(?:we|i|the team|our team|team|everyone|someone|somebody|engineering|ops|@[\w.-]+|owners?)\s+(?:need to|needs to|will|shall|should|must|have to|has to|to|is to|are to|can|could|would like to|want to|plan to)\s+/i,
  /^[A-Z][a-z]+\s+(?:needs to|need to|will|shall|should|must|is to)\s+/,
  /^(?:need to|needs to|should|must|will|let's|lets|please|to|let us)\s+/i,
];
const TRAILING_OWNER = /\s*(?:[-—–,(]\s*)?(?:\(?\s*(?:owner|assignee|assigned to|by)\s*:?\s*)?@[\w.-]+\)?\s*$|\s*[-—–(]\s*(?:owner|assignee)\s*:\s*[^()]{1,40}\)?\s*$/i;

function withoutLeadIn(t: string): string {
  // The owner is looked for in the last 80 characters only: the pattern opens on spaces, and a long run of them would be rescanned.
  const tail = t.slice(-80);
  let out = (t.slice(0, t.length - tail.length) + tail.replace(TRAILING_OWNER, '')).trim();
  for (let k = 0; k < 3; k++) {
    const before = out;
    for (const re of LEAD_IN) out = out.replace(re, '');
    if (out === before) break;
  }
  return out === '' ? t : out;
}

/** Wishes that end as a wish: "Some alerting for queue depth would help". */
const WISH_END = /\b(?:would (?:help|be (?:good|nice|useful|great|helpful|better))|is needed|are needed|is required|are required|might help|could help|is desirable|would be an improvement)$/i;

/** Why an action item is vague, or null when it is specific enough to be done and checked. */
export function actionItemVagueness(text: string): Vagueness | null {
  const t = withoutLeadIn(trimEnd(text.replace(/\s+/g, ' '), '.!').trim());
  if (t === '') return null;
  if (exactArtefact(t) || hasOutcome(t)) return null;
  const words = t.split(' ');
  const wishEnd = WISH_END.exec(t);
  if (wishEnd !== null) return { opener: wishEnd[0], kind: 'wish', missing: named(t) ? ['action', 'outcome'] : ['action', 'artefact', 'outcome'] };
  const abstract = ABSTRACT_START.exec(t);
  if (abstract !== null) return { opener: abstract[0], kind: 'abstract-action', missing: named(t) ? ['outcome'] : ['artefact', 'outcome'] };
  const exhortation = EXHORTATION.exec(t);
  if (exhortation !== null) return { opener: exhortation[0], kind: 'abstract-action', missing: ['action', 'artefact', 'outcome'] };
  const wish = WISH_START.exec(t);
  if (wish !== null && !named(t)) return { opener: wish[0], kind: 'wish', missing: ['action', 'artefact', 'outcome'] };
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
          : 'Too short to act on';
  const missing = v.missing.map((p) => PART_NAMES[p]);
  return `${lead}. Missing: ${missing.join('; ')}. E.g. "Add alert for error rate >5% sustained for >2 minutes on /api/sync".`;
}
