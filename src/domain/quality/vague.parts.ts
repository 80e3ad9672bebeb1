/*
 * The parts of an action item (issue 16): an exact artefact (code, path, ticket, config
 * key, quoted name), a named thing, a measurable outcome or completion criterion, and the
 * words around the action that say nothing about it. Shared by the rules (vague.patterns.ts)
 * and the model's features (vague.features.ts). Every pattern is linear.
 */

const CODE = /`[^`]{1,200}`/;
const PATH_OR_URL = /https?:\/\/|(?:^|[\s(])\.?\/[\w.-]|\b[\w-]+\/[\w./-]+|\b[\w-]+\.(?:ya?ml|json|tf|ts|js|py|go|sh|md|conf|cfg|ini|toml|sql|rb|java|properties|env|xml|hcl|lock|txt|csv)\b/i;
const TICKET = /\b[A-Z][A-Z0-9]{1,9}-\d+\b|#\d+\b/;
const CONFIG_KEY = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\b[a-z]+\.[a-z]+(?:\.[a-z_]+)*\b/;
const QUOTED_NAME = /"[^"]{2,120}"|“[^”]{2,120}”/;
/** kebab-case names, CamelCase products, acronyms with digits, capitalised product names inside the item. */
const NAMED = /\b[a-z0-9]+(?:-[a-z0-9]+)+\b|\b[A-Z][a-z]+[A-Z]\w*|\b[A-Z]{2,}[a-z]*\d*\b|(?<=\s)(?!I\b)[A-Z][a-zA-Z]+/;
const NAMED_IGNORED =
  /\b(?:on-call|follow-up|roll-?out|real-time|end-to-end|long-term|short-term|post-mortems?|in-house|built-in|third-party|up-to-date|day-to-day|e-mail|non-actionable|self-service|re-run|pre-flight|add-on|opt-in|opt-out|sign-off|write-up|check-in|hand-off|hand-over|go-live|cut-over|user-facing|customer-facing|high-level|low-level|well-known|API|APIs|UI|DB|SLO|SLA|SRE|QA|CI|CD|I|Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?|Black Friday|Q[1-4]|P[0-4]|SEV\d)\b/g;

const MEASURE =
  /(?<![\d,.])\d[\d,.]*\s?%|\b(?:the|all|those|these|only|top|first|last) \d+\b|(?<![\d,.])\d[\d,.]*\s?(?:ms|s|secs?|seconds?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|GB|MB|KB|TB|GiB|MiB|x|×|rps|qps|req\/s|replicas?|pods?|nodes?|attempts?|retries|times|runs?|errors?|messages?|pages?|alerts?|items?|members?|users?|calls?|connections?|consecutive|k|m|percent|per cent|requests?|queries|tickets?|incidents?|steps?|stages?|approvers?|reviewers?)\b|[<>≤≥]|\b(?:above|below|under|over|at least|at most|more than|less than|fewer than|no more than|within \d|exceeds?|exceeding|drops? below|falls? below|rises? above|by half|halve|to zero|p9\d|p50|from \S+ to \S+|all \d+|every \d+|(?<!\d)\d+ of \d+|(?:min|max|minimum|maximum|floor|ceiling|cap|limit)(?: of)?[ :=]{0,3}\d|between \d[\d,.]* and \d|(?:to|at) \d[\d,.]* [a-z]+s)\b/i;
const CRITERION =
  /\b(?:so that|so it|so they|so only|such that|until|done when|complete when|completed when|close when|closed when|finished when|is done when|before (?:the|they|we|it|each|every|any|next|joining|\d)|by the (?:next|end)|confirmed (?:by|with|in)|verified (?:by|with|in)|enforced by|tracked in|recorded in|record (?:the|it|results?)|post (?:the )?findings|(?:document|write up|record) (?:the )?(?:cause|findings|results|outcome) in|with sign-off|sign-off from|get sign-off|passes|alert(?:ing)? (?:if|when)|page (?:when|if)|when [^.;]{1,80}(?:exceeds?|drops?|falls?|rises?|above|below|fails?)|and (?:confirm|verify|record|measure|report)|decide by|with a (?:cost comparison|decision|written)|(?:daily|weekly|monthly|quarterly|nightly|hourly|every (?:\w+ )?(?:day|week|month|quarter|sprint|release|deploy))|each (?:quarter|month|week|release|sprint)|using (?:the )?\w+ (?:profiles|logs|traces|dumps))\b/i;

/** Whether the item names an exact artefact: code, a path or URL, a ticket, a config key, a quoted name. */
export function exactArtefact(t: string): boolean {
  return CODE.test(t) || PATH_OR_URL.test(t) || TICKET.test(t) || CONFIG_KEY.test(t) || QUOTED_NAME.test(t);
}

/** Whether the item has a measurable outcome or a completion criterion. */
export function hasOutcome(t: string): boolean {
  const u = t.replace(DEADLINE, ' ');
  return MEASURE.test(u) || CRITERION.test(u);
}

/**
 * A deadline says when, not when it is done: "before the next election", "before the weekend rush", (round 10) "before
 * the contract review in January",
 * "by the start of the ski season", "Due 2027-03-01". It is set aside before looking for an outcome
 * (a gate that recurs, "before each deploy", stays a criterion).
 */
const DEADLINE =
  /\b(?:before|by|ahead of|in time for) (?:the )?(?:(?:start|end|beginning|middle) of (?:the )?)?(?:next |this |coming |upcoming )?(?:[\w'’-]+ ){0,3}?(?:election|weekend|season|holidays?|christmas|summer|winter|spring|autumn|fall|quarter|month|week|year|rush|peak|launch|freeze|sale|festival|event|deadline|q[1-4]|audit|inspection|term|semester|harvest|review|renewal|meeting|visit|retro(?:spective)?|kick-?off)s?\b|\bdue(?: date)?:? (?:on |by )?\S{1,20}\.?$/gi;

/** Whether the words name a thing: kebab-case, CamelCase, an acronym, a capitalised product name. */
export function named(t: string): boolean {
  return NAMED.test(t.replace(NAMED_IGNORED, ' '));
}

/** Words around the action that say nothing about it: who will do it, "we need to", "going forward", a trailing owner. */
const LEAD_IN = [
  // Round 35: an action point's label too ("AP: Review …", "Action point: …"), as an action item's ("AI:").
  /^(?:todo|action(?: item| point)?|ai|ap|next steps?|follow-?up)\s*[:-]\s*/i,
  /^(?:going forward|in the future|from now on|next time|longer term|long-term|short-term)\s*,?\s*/i,
  /^(?:we|i|the team|our team|team|everyone|someone|somebody|engineering|ops|@[\w.-]+|owners?)\s+(?:need to|needs to|will|shall|should|must|have to|has to|to|is to|are to|can|could|would like to|want to|plan to)\s+/i,
  /^[A-Z][a-z]+\s+(?:needs to|need to|will|shall|should|must|is to)\s+/,
  /^(?:need to|needs to|should|must|will|let's|lets|please|to|let us)\s+/i,
  // Chat: "someone pls look at …", "can someone please …".
  /^(?:can |could )?(?:someone|somebody|anyone|anybody|we|u|you)\s+(?:pls|plz|please)\s+/i,
  // Round 14: the item's own tracker key in front ("[OPS-412] Improve alerting", "INFRA-2031: Harden the bastion"): it
  // names the item, not a thing the action changes. A key inside the item ("Close OPS-12 by …") is still an artefact.
  // Round 16: an outliner's task state in capitals ("LATER Fix the import", "TODO Rotate the key"): the item's status.
  /^(?:TODO|LATER|NOW|DOING|NEXT|WAITING|WAIT)\s+(?=\S)/,
  /^\[[A-Z][A-Z0-9]{1,9}-\d{1,9}\]\s*[:\-–—]?\s*|^[A-Z][A-Z0-9]{1,9}-\d{1,9}(?:\s*[:\-–—]\s*|\s+(?=[A-Z]))/,
];
/** The item's own tracker key after it ("Improve deploy safety (DEVX-77)"). */
const TRAILING_KEY = /\s*[([]\s*[A-Z][A-Z0-9]{1,9}-\d{1,9}\s*[)\]]\s*$/;
const TRAILING_OWNER = /\s*(?:[-—–,(]\s*)?(?:\(?\s*(?:owner|assignee|assigned to|by)\s*:?\s*)?@[\w.-]+\)?\s*$|\s*[-—–(]\s*(?:owner|assignee)\s*:\s*[^()]{1,40}\)?\s*$/i;

/** The item without its lead-in ("we need to", "going forward") and trailing owner. */
export function withoutLeadIn(t: string): string {
  // The owner is looked for in the last 80 characters only: the pattern opens on spaces, and a long run of them would be rescanned.
  const tail = t.slice(-80);
  let out = (t.slice(0, t.length - tail.length) + tail.replace(TRAILING_OWNER, '').replace(TRAILING_KEY, '')).trim();
  for (let k = 0; k < 3; k++) {
    const before = out;
    for (const re of LEAD_IN) out = out.replace(re, '');
    if (out === before) break;
  }
  return out === '' ? t : out;
}

