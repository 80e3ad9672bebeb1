import { GIVEN_NAMES } from './person-names.ts';

/*
 * Sentence-level detection of blame: a person (name, @handle, role, he/she) as the
 * subject of a failure, a person's "mistake"/"fault", or "human error". Each pattern
 * needs both a person and a negative judgement, so neutral mentions ("Alice rolled back
 * the deploy", "the on-call engineer paged the DB team") never match.
 */

const NAME = `(?:${GIVEN_NAMES.join('|')})`;
const HANDLE = '@[A-Za-z][\\w.-]*';
const ROLE_WORDS =
  '(?:engineer|developer|dev|DBA|SRE|on-?call(?:er)?(?: engineer| person)?|operator|admin(?:istrator)?|dba|sre|intern|new hire|contractor|teammate|colleague|reviewer|tester|responder|incident commander|release manager|employee|team member|staff member)';
const ROLE = `(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Tt]hat|[Tt]his|[Oo]ne|[Aa]nother)\\s+(?:(?:new|junior|senior|primary|secondary|responding|deploying|release|database|db|ops|platform|backend|frontend|qa|same)\\s+){0,2}${ROLE_WORDS}s?(?:\\s+on[- ]call|\\s+on duty)?`;
/** A person who can be singled out. "We", "I" and "the team" are collective and never match. */
const PERSON = `(?:${NAME}|${HANDLE}|${ROLE}|[Ss]omeone|[Ss]omebody|\\b[Hh]e|\\b[Ss]he)`;
const PERSON_OR_THEY = `(?:${PERSON}|\\b[Tt]hey)`;

/** Failures only a person commits: any capitalised subject counts ("Tomasz forgot to…"). */
const HUMAN_ONLY =
  "(?:forgot|neglected|(?:was|were)(?:n't| not) paying attention|was careless|was sloppy|was negligent|(?:made|make) (?:a|an|the) (?:mistake|error|blunder)|screwed up|messed up|did(?:n't| not) bother|did(?:n't| not) (?:test|check|verify) (?:properly|carefully|enough|thoroughly)|should(?:'ve| have) known|should(?:'ve| have) been (?:watching|paying attention|more careful|checking|monitoring|looking)|should(?:'ve| have) (?:caught|noticed|tested|checked|double-checked|verified|reviewed|read))";
const WEAK =
  "(?:did(?:n't| not)|failed to|never) (?:test|check|verify|read|follow|notice|review|look at|pay attention|escalate|acknowledge|respond|answer|double-check|confirm|validate|run the tests|update|communicate|tell|inform|wait)\\b|never (?:tested|checked|verified|read|followed|noticed|reviewed|looked at|escalated|acknowledged|responded|confirmed|validated|updated|told|informed|waited)\\b|ignored|overlooked|misconfigured|mistyped|fat-fingered|broke (?:\\w+ ){0,2}(?:prod|production|build|site|deploy|pipeline|service|app|api|database|db|checkout|main|master|things|everything|it|staging|cluster|config)\\b|brought down|took down|should(?:'ve| have) (?!been \\w+ed\\b)(?!been (?:told|given|sent|shown|taught)\\b)(?:been|\\w+ed|known|seen|caught|done|taken|run|written|read|kept|made)\\b|should(?:n't| not) have|rushed|skipped|bypassed|(?:deployed|merged|pushed|shipped|ran \\w+) (?:\\w+ ){0,6}without (?:testing|checking|review(?:ing)?|approval|asking|telling)";
/** A person's duty left undone, with an object only people act on: any capitalised subject counts ("Priyanka didn't check the dashboard"). */
const DUTY_OBJECT = '(?:the |an? |our |any |all |every |that |this )?(?:\\w+[ -]){0,2}(?:alerts?|pages?|warnings?|alarms?|runbooks?|dashboards?|checklists?|procedures?|process|diffs?|PRs?|pull requests?|documentation)\\b';
const DUTY = `(?:(?:did(?:n't| not)|failed to|never) (?:check|verify|read|follow|notice|review|look at|acknowledge|escalate|answer|respond to)|ignored|overlooked|dismissed|snoozed) ${DUTY_OBJECT}`;
/** Capitalised sentence openers that name a practice or a system, not a person. */
const NOT_A_SYSTEM = '(?!(?:Monitoring|Alerting|Automation|Tooling|Testing|Tests?|Validation|Pipeline|System|Service|Software|Code|Config|Script|Process|Deploy|Deployment|Release|Nobody|Noone|None)\\b)';
const JUDGEMENT = '(?:careless|sloppy|negligent|lazy|incompetent|reckless|irresponsible)';
/** A capitalised word that may be a name, but not a collective or a pronoun. */
const CAPITALISED = '(?!(?:We|It|This|That|Our|Team|Everyone|Everybody|Nobody|You|There|The|A|An)\\b)[A-Z][a-z]+';
const NOT_A_METRIC = '(?!\\s*(?:logs?|rates?|messages?|codes?|pages?|budgets?|handling|counts?|spikes?)\\b)';
const FAULT_NOUN = '(?:mistake|error|fault|negligence|carelessness|oversight|blunder|screw-?up|slip-?up|sloppiness)';

const PATTERNS: readonly RegExp[] = [
  new RegExp(`(?:^|[^\\w@])(?:${PERSON_OR_THEY}|${CAPITALISED})\\s+(?:\\w+ly\\s+)?${HUMAN_ONLY}`),
  new RegExp(`(?:^|[^\\w@])${PERSON}\\s+(?:\\w+ly\\s+)?(?:${WEAK})`),
  new RegExp(`(?:^|[^\\w@])${NOT_A_SYSTEM}${CAPITALISED}\\s+(?:\\w+ly\\s+)?${DUTY}`),
  new RegExp(`(?:^|[^\\w@])${PERSON_OR_THEY}\\s+(?:\\w+\\s+){1,5}(?:wrong|wrongly|incorrectly|improperly|carelessly)\\b`),
  new RegExp(`(?:(?:^|[^\\w@])(?:${NAME}|${HANDLE}|${ROLE}|${CAPITALISED})(?:'s|’s)|\\b(?:[Hh]is|[Hh]er))\\s+(?:own\\s+)?${FAULT_NOUN}\\b${NOT_A_METRIC}`),
  new RegExp(`(?:^|[^\\w@])(?:${NAME}|${HANDLE}|${ROLE})(?:'s|’s)\\s+(?:change|commit|deploy(?:ment)?|pr|push|config|script|query|migration)\\s+(?:broke|caused|took down|brought down|corrupted|deleted|wiped)`, 'i'),
  new RegExp(`\\bcaused by\\s+${PERSON}`),
  new RegExp(`\\b(?:due to|because of)\\s+(?:${NAME}|${HANDLE}|${ROLE}|his|her)(?:'s|’s)?\\s+(?:\\w+\\s+)?${FAULT_NOUN}`),
  new RegExp(`(?:^|[^\\w@])${PERSON}\\s+(?:is|was|were)\\s+(?:\\w+\\s+)?(?:to blame|${JUDGEMENT}|responsible for (?:the|this) (?:outage|incident|failure|mistake))`),
  new RegExp(`\\bblamed?\\s+(?:it\\s+)?(?:on\\s+)?${PERSON}`),
  /\b(?:human|operator|pilot|engineer|personnel) error\b/i,
];

/** Cheap pre-check: every pattern above contains one of these word stems. */
const BLAME_HINT =
  /forg[eo]t|dismiss|snooz|neglect|misconfig|mistyp|fat-finger|attention|careless|sloppy|negligen|mistake|error|screw|mess|bother|did|fail|never|should|ignor|overlook|broke|down|rush|skipp|bypass|without|wrong|incorrect|improper|fault|caused|due to|because of|blame|responsib|lazy|incompetent|reckless|oversight|blunder|slip/i;

/** Words that turn a sentence into advice about blame rather than blame itself. */
const NEGATED_BEFORE = /\b(?:not|no|never|\w+n't|nobody's|no one's|isn't|wasn't|rather than|instead of|avoid|without)\s+(?:\w+\s+){0,2}$/i;
const THANKS = /\b(?:thanks?|thank you|kudos|shout-?out|credit(?:ed)? to|grateful|appreciat\w*|well done|great job|props to)\b/i;
const ADVICE = /\b(?:avoid|don't|do not|never|instead|rather than|stop|write|writing|say|saying|phrase|wording|language|replace|use|blameless)\b/i;
const QUOTED = /"[^"]*"|“[^”]*”|‘[^’]*’|'[^']{4,}'/g;

/** The blaming phrase in a sentence, or null when the sentence does not blame anyone. */
export function findBlame(sentence: string): string | null {
  const s = sentence.trim();
  if (!BLAME_HINT.test(s) || s.endsWith('?') || THANKS.test(s)) return null;
  const text = ADVICE.test(s.replace(QUOTED, ' ')) ? s.replace(QUOTED, ' ') : s;
  for (const re of PATTERNS) {
    const m = re.exec(text);
    if (m === null) continue;
    if (NEGATED_BEFORE.test(text.slice(0, m.index + (m[0].match(/^\W/) ? 1 : 0)))) continue;
    if (/^\s+(?:is|was|are)(?:n't| not| never| rarely)\b/.test(text.slice(m.index + m[0].length))) continue;
    if (re === PATTERNS[1] && becauseOfSystem(text.slice(m.index + m[0].length))) continue;
    return m[0].replace(/^[^\w@]/, '').trim();
  }
  return null;
}

/** "… because the page went to an old number": a systemic reason, not a judgement of the person. */
function becauseOfSystem(rest: string): boolean {
  const m = /\b(?:because|since|as|due to|when)\b(.*)$/i.exec(rest);
  if (m?.[1] === undefined) return false;
  return !new RegExp(`(?:${PERSON}|\\b(?:him|her)\\b|${JUDGEMENT})`).test(m[1]);
}

/** Whether an answer ("Because the engineer forgot…", "→ Bob") puts a person at the end of the chain. */
export function answerIsPerson(answer: string): boolean {
  const a = answer.replace(/^[\s→>*_:-]*(?:because|answer|root cause)?[\s*_:]*/i, '');
  return findBlame(a) !== null || new RegExp(`^(?:${PERSON})\\b`).test(a);
}
