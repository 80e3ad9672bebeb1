/*
 * Is an action item specific enough to be done and verified? Seed 001: "Improve
 * monitoring" is vague; "Add alert for error rate >5% sustained for >2 minutes on
 * /api/sync endpoint" is good. An item passes when it names something concrete: a
 * number or threshold, a code span, a path or URL, an identifier, a named system or a
 * cadence. Vague openers ("Improve", "Look into", "Consider"…) with none of those fail,
 * and so does any very short item without them.
 */

import { trimEnd } from '../text.ts';

const VAGUE_START =
  /^(?:improve|improving|look into|looking into|investigate|investigating|consider|considering|explore|think about|revisit|review|discuss|evaluate|research|enhance|strengthen|ensure|make sure|try to|work on|address|increase|reduce|more|better|be more|be careful|educate|raise awareness|communicate|follow up on|follow up|clean ?up|monitor|optimi[sz]e|figure out|check (?:on|into)|keep an eye on|continue to|stay|remember to|do a better job)\b/i;

const VAGUE_ANYWHERE =
  /\b(?:be (?:more )?careful|pay more attention|more attention|better (?:testing|monitoring|alerting|communication|documentation|processes?|tooling|visibility|observability)|as needed|where possible|if possible|when possible|going forward|in general|in the future|etc\.?|and so on|more robust|more resilient|more reliable|more stable|best practices)\b/i;

const NUMBER = /\d/;
const CODE = /`[^`]+`/;
const PATH_OR_URL = /(?:https?:\/\/|(?:^|\s)\/[\w.-]+|\b[\w-]+\.(?:ya?ml|json|tf|ts|js|py|go|sh|md|conf|toml|sql)\b)/;
/** kebab-case, snake_case, dotted or CamelCase names: `orders-db`, `max_connections`, `PgBouncer`. */
const IDENTIFIER = /\b(?:[a-z0-9]+(?:[-_][a-z0-9]+)+|[a-z]+\.[a-z]+(?:\.[a-z]+)*|[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}[a-z]*\d*)\b/;
const CADENCE = /\b(?:daily|weekly|monthly|quarterly|nightly|hourly|every (?:\w+ )?(?:day|week|month|quarter|sprint|release|deploy)|per (?:deploy|release))\b/i;
const THRESHOLD = /[<>≤≥=%]|\b(?:above|below|over|under|at least|at most|more than|less than|within|threshold|p9\d|p50)\b/i;
/** Words a reader recognises as a named product or system (capitalised, not at the start). */
const PROPER_NOUN = /\s(?!I\b)[A-Z][a-zA-Z]+/;
const GENERIC_CAPS =
  /\s(?:API|UI|DB|SLO|SLA|SRE|QA|CI|CD|On-call|Slack|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?)\b|\b(?:on-call|follow-up|roll-?out|real-time|end-to-end|long-term|short-term|post-mortems?|in-house|built-in|third-party|up-to-date|day-to-day|e-mail)\b/gi;

/** Concrete verbs that make an item doable when they come with an object ("Rotate the leaked deploy key"). */
const CONCRETE_VERB =
  /^(?:add|create|write|implement|enable|disable|remove|delete|migrate|set|configure|automate|require|block|rotate|upgrade|downgrade|pin|document|move|replace|split|rename|deploy|roll out|schedule|run|backfill|limit|cap|raise|lower|page|alert|route|restrict|revoke|grant|archive|publish|train|hire|assign|tag|label|introduce|build|extend|adopt|switch|update)\b/i;

/** Whether an action item reads as vague (not specific, measurable or clear). */
export function isVagueActionItem(text: string): boolean {
  const t = trimEnd(text.replace(/\s+/g, ' '), '.!').trim();
  if (t === '') return false;
  const words = t.split(' ').length;
  const specific = hasSpecifics(t);
  if (VAGUE_ANYWHERE.test(t) && !specific) return true;
  if (VAGUE_START.test(t)) return !specific;
  if (words <= 3) return !specific;
  if (!CONCRETE_VERB.test(t) && words <= 5) return !specific;
  return false;
}

function hasSpecifics(t: string): boolean {
  if (NUMBER.test(t) || CODE.test(t) || PATH_OR_URL.test(t) || CADENCE.test(t)) return true;
  if (THRESHOLD.test(t) && t.split(' ').length >= 5) return true;
  if (IDENTIFIER.test(t.replace(GENERIC_CAPS, ' '))) return true;
  return PROPER_NOUN.test(t.replace(GENERIC_CAPS, ' '));
}
