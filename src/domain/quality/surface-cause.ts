/**
 * What a root cause LACKS (issue 16, round 7): a root cause that names only a trigger — a
 * change, a value, a typo, a command run, an expired thing, a deploy, a person, "human error" —
 * and no missing safeguard, process or design cause behind it (no validation, review, test,
 * alert, guard, limit, automation, owner; "nothing checked", "allowed", "because the X did not
 * …", "lack of" …). Pure functions over text; every pattern is bounded (linear time).
 */
import { answerIsPerson } from './blame.patterns.ts';
import { CHANGE_TRIGGER_PARTS, causedByDeclared } from './surface-cause.changes.round39.ts';
import { FOREIGN_DEEPER, FOREIGN_NEGATION, FOREIGN_TRIGGER, cjkDeeper, cjkTrigger, foreignDeclared } from './surface-cause.foreign.ts';

/** A trigger: the event that set the failure off, not why the system let it through. */
export const TRIGGER = new RegExp(
  [
    String.raw`\b(?:(?:bad|wrong|incorrect|invalid|stale|malformed) (?:config(?:uration)? |[\w-]{1,20} )?(?:value|setting|entry|record|parameter|flag|input|data|file|rule|profile|version)s?`,
    String.raw`expired (?:[\w.-]{1,30} ){0,3}(?:certificate|cert|token|key|password|credential|licen[cs]e|domain|secret|subscription|contract)s?`,
    String.raw`(?:certificate|cert|token|key|password|credential|licen[cs]e|domain|secret) (?:(?:for|of|on|used by|used for|used with|held by|issued to) (?:[\w.\x60/:-]{1,60} ){1,4}?)?(?:had |has |that |just )?expired`,
    String.raw`(?:the |a )?disk (?:filled|was full|ran out)|ran out of (?:disk|memory|space|connections)`,
    // Round 14: the word after may be code ("a deploy of `ortho-worker`"): the match ends on the preposition.
    String.raw`(?:a |the )(?:deploy(?:ment)?|release|change|push|commit|migration|update|upgrade|rollout) (?:of|to|that|which|in)(?= )`,
    String.raw`introduced a (?:bug|regression)|typo|fat[- ]finger\w*|human error|operator error`,
    String.raw`(?:(?:the |an? )?(?:[\w-]{1,20} )?(?:planner|planning|operator|operators|engineer|engineering|user|admin|administrator|developer|dev|human|pilot|driver|staff|personnel|technician|dispatcher|analyst|clerk|manual|keying|data[- ]entry|input|nurse|agent|reviewer|on-?call|sre) (?:error|mistake|slip|oversight|misjudg(?:e?ment)))`,
    String.raw`(?:a |the )?(?:bad|faulty|broken|buggy|botched|failed) (?:deploy(?:ment)?|commit|merge|push|config(?:uration)?|change|release|data|input|update|upgrade|migration|script|rollout|build|image|package|artifact|binary|patch|firmware)`,
    String.raw`(?:a |the )?bug in (?:the )?(?:code|[\w-]{1,20})|a (?:software )?bug|software bug|misconfigur\w*|mis-?typed|mistyped`,
    String.raw`wrong (?:config(?:uration)?|value|setting|flag|command|table|database|server|host|cluster|environment|file|version)`,
    String.raw`config(?:uration)? (?:error|mistake|change)|incorrect (?:config(?:uration)?|value|setting)`,
    String.raw`(?:ran|run|executed|typed|issued) (?:the |a |an )?(?:wrong |manual |one-off |ad[- ]hoc )?(?:command|script|query|migration|job)`,
    // Round 11: the same in the passive, with the wrong argument ("The rebuild job was run with --source-region=eu-west").
    String.raw`(?:command|script|query|migration|job|rebuild|backfill|import|export) (?:was|were) (?:run|executed|started|launched|kicked off) (?:with|against)\b`,
    // Round 14: a thing published or deployed with a value set ("published with `max_redemptions` set to 0").
    String.raw`\bwith (?:the |its |a )?[\w.\x60-]{1,40} set to\b`,
    // Round 14: a value moved ("the per-request limit was raised from 50 to 500").
    String.raw`(?:was|were) (?:set|changed|edited|deleted|removed|dropped|left|raised|lowered|increased|decreased|reduced|bumped) (?:to|in|on|by|from|off)\b`,
    // Round 13: a value overwritten or wiped ("was overwritten with a blank programme"), and an update that did it ("The
    // firmware update reset the access list").
    String.raw`(?:was|were) (?:overwritten|wiped|erased|cleared|reset) (?:with|by|to)\b`,
    String.raw`\b(?:update|upgrade|deploy(?:ment)?|release|migration|patch|rollout) (?:reset|wiped|erased|cleared|overwrote|deleted|removed|dropped|disabled) (?:the|its|our|all)\b`,
    String.raw`deploy(?:ed|ment|ing)? (?:of )?(?:release |version |build )?v?\d`,
    String.raw`mistake|accident(?:al(?:ly)?)?|forgot|oversight)\b`,
    // Round 10: a value written where another belonged ("set to 0 instead of 250", "port 8443 instead of 9443",
    // "49.8–50.2 Hz instead of 47.5–51.5 Hz").
    String.raw`\binstead of (?:the )?(?:expected |correct |intended |usual |required )?[-+~]?\d`,
    // Round 12: a setting said to be wrong ("The cache TTL on the feed responses was wrong"), a load spike on its own.
    String.raw`\b(?:ttl|timeout|limit|threshold|value|setting|parameter|offset|mapping|flag|schedule|interval)s? (?:[\w-]{1,20} ){0,5}?(?:was|were|had been) (?:set )?(?:wrong|incorrect|invalid|too (?:low|high|short|long|small|large))\b`,
    String.raw`\b(?:traffic|load|request|usage|demand) (?:spike|surge|burst)s?\b`,
    // Round 19: a part that wore out ("the gateway battery went flat"), an upgrade named by its versions ("upgrade from
    // 4.2.9 to 4.3.0"), a setting left on after work ("an override left applied"), a slip in the present ("people forget").
    String.raw`\b(?:battery|batteries|disk|drive|fan|power supply|psu|fuse|cable|bulb)s? (?:went flat|ran flat|ran down|died|wore out|failed)\b`,
    String.raw`\b(?:update|upgrade|bump|rollout) (?:from|to) v?\d`,
    String.raw`\bleft (?:applied|enabled|switched on|turned on|in place)\b|\bforget(?:s|ting)?\b`,
    // Round 20: a typo in other words ("a transposed digit in the acquirer ID", "swapped characters"), and a restart or
    // crash of one machine as the whole cause ("A RabbitMQ node restart redelivered 4,100 messages").
    String.raw`\b(?:transposed|swapped) (?:two )?(?:digits?|characters?|letters?|numbers?|values?|fields?|columns?)\b`,
    String.raw`\b(?:node|server|host|pod|broker|instance|container|vm|machine|replica|worker) (?:restart|reboot|crash|failover)s?\b`,
    // Round 21: another party's change named as the cause ("SeaTrace API change", "an upstream schema change").
    String.raw`\b(?:api|upstream|vendor|provider|supplier|third[- ]party|schema|dependency) (?:change|update|upgrade|deprecation)s?\b`,
    // Round 22: a run with the wrong argument ("running with `--keep-days 365` instead of `--keep-days 30`"), a thing
    // shipped at a moment ("the new model (v7) deployed at 14:08"), a value set in the active ("the build set the fix
    // interval to 0"), a new artefact as the whole cause ("the new label template"), a thing done twice ("the file was
    // submitted twice"), an empty or malformed input ("the empty response from the partner's endpoint"), an outage of
    // the network or another party ("a network partition in the provider's zone").
    String.raw`\binstead of (?:the )?[\x60'"“]?--?[a-z]`,
    String.raw`\b(?:deployed|released|rolled out|shipped|pushed|merged|installed|applied|enabled|activated) (?:at|on) (?:\d|the \d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)`,
    String.raw`\bset (?:the |its |their |our |a )(?:[\w.\x60-]{1,30} ){0,4}?to (?:[-+~]?\d|zero|true|false|null|none|empty|blank|off)\b`,
    String.raw`^\W*(?:the |a )?new (?:[\w.\x60'’-]{1,30} ){0,3}?(?:template|model|version|build|release|config(?:uration)?|firmware|feature|schema|format|image|package|rule|setting|script|library|driver|plugin|integration)s?\b(?: \([^)\n]{1,40}\))?(?: (?:deployed|released|rolled out|shipped|pushed|introduced|installed)\b[^.;\n]{0,40})?\W*$`,
    String.raw`\b(?:submitted|sent|run|ran|processed|uploaded|imported|executed|charged|triggered|applied|posted|published|delivered) twice\b|\bduplicate (?:submission|run|upload|import|message|request|payment|file)s?\b`,
    String.raw`\b(?:empty|null|blank|truncated|corrupt(?:ed)?|partial|malformed|unexpected) (?:response|reply|payload|file|value|list|field|message|record|feed|export)s?\b`,
    String.raw`\bnetwork partition\b|\b(?:provider|vendor|upstream|supplier|carrier|zone|region|power|network|isp|cloud) (?:outage|failure|cut|incident)s?\b`,
    // Round 39: a change in the passive with an adverb or during other work, an update that altered something, a fault
    // introduced by a piece of work.
    ...CHANGE_TRIGGER_PARTS,
  ].join('|'),
  'i',
);

/**
 * What lies behind a trigger: a missing safeguard, a process or a design cause. "process" alone
 * does not count ("we followed the release process correctly" is defence, not a cause), nor
 * "not our fault".
 */
export const SAFEGUARD = String.raw`(?:validation|validat\w*|tests?|testing|review|reviews|checks?|guard(?:rail)?s?|alerts?|alerting|monitoring|limits?|caps?|canary|staging|lint\w*|automation|owner(?:ship)?|rollback|safeguards?|approval|backoff|confirmation|dry[- ]run|runbook|procedure|process|policy|expiry|renewal|inventory|freeze|quota|timeout|retry|retries|idempoten\w*|schema|constraint)`;
const DEEPER_PARTS = [
    String.raw`\bbecause(?! of)\b`,
    String.raw`\b(?:lack(?:ed|s|ing)?|absence|gap) (?:of|in)\b|\black(?:ed|s|ing)?\b`,
    String.raw`\b(?:no|missing|without (?:a |any )?|insufficient|inadequate|weak|incomplete|manual) (?:[\w-]{1,20} ){0,2}${SAFEGUARD}`,
    // Round 11: "nothing in our tooling caught it" names a gap; "nothing in our tooling could have caught this" defends.
    String.raw`\bnothing (?:in (?:our|the) (?:(?!could\b|would\b|can\b)[\w-]{1,20} ){1,4})?(?:checks?|checked|validate[sd]?|alerted|alerts|caught|catches|stopped|stops|prevented|prevents|noticed|notices|flagged|tested|reviewed|warned|blocked|rejected|enforces|enforced)\b`,
    // Round 23: any act nothing in the system does ("nothing scales the pool with queue depth", "nothing in the controller
    // blocks ringing"); not a defence or a report ("nothing could have", "nothing changed on our side", "nothing was done").
    String.raw`\bnothing (?:in (?:our|the) (?:(?!could\b|would\b|can\b)[\w-]{1,20} ){1,4})?(?!(?:changed|happened|seemed|looked|pointed|suggested|was|is|has|does|needs|means|remains|stands|goes|comes)\b)[a-z]{2,20}(?:s|ed)\b`,
    String.raw`\b(?:nobody|no one|no team) (?:owns|owned|reviewed|checked|is responsible)\b`,
    String.raw`\b(?:did|does|do|could|can|would|was|were|is|are|has|have|had)(?:n't| not) (?:[\w-]{1,20} ){0,2}(?:catch|detect|prevent|validate|check|require|alert|block|reject|stop|test|cover|refuse|warn|enforce|flag|covered|checked|validated|tested|reviewed|caught|detected|monitored|alerted|documented|owned|enforced|tracked|required|idempotent|have (?:a |an |any )?${SAFEGUARD})\w*`,
    String.raw`\b(?:never|not) (?:been )?(?:checked|validated|tested|reviewed|caught|detected|monitored|alerted|documented|owned|covered|enforced|tracked|required|renewed|rotated|updated|imported|reverted)\b`,
    String.raw`\b(?:allow(?:ed|s|ing)?|permit(?:ted|s)?|let (?:it|the|a|an|them)|made it possible|was possible|fails? open|failed open|by design|design(?:ed)?|hard-?coded|relies on|relied on|assum\w*|single point|not idempotent|silently|quietly)\b`,
    String.raw`\bwhich (?:meant|let|allowed)\b|\bso (?:nothing|no one|nobody)\b(?! to\b)|\bunable to\b|\bno way to\b`,
];
export const DEEPER = new RegExp(DEEPER_PARTS.join('|'), 'i');
// Round 15: "so nothing to change on their side" closes a defence; "so nothing caught it" names the gap.
/**
 * Round 10: what the system lacked, not counting a bare "because": every answer of a 5 Whys opens with it ("Because the
 * config value was 0"), and a defence gives its reason with it ("out of our control, because the change was not announced").
 */
export const DEEPER_THAN_BECAUSE = new RegExp(DEEPER_PARTS.slice(1).join('|'), 'i');

/** "Root cause: X", "**Root cause:** X", "Cause - X" as a line's label; round 24: a run-in heading ("**Root cause.** A config …"). */
// Round 18: or an English gloss under a line in another language ("(EN: Root cause: human error …)").
// Round 26: or an outline's lettered or numbered point ("   A. Root cause: …").
const LABEL = /^\s*(?:[-*+]\s+|>\s*|[A-Za-z][.)][ \t]+|\d{1,2}[.)][ \t]+)?(?:\((?:[ \t]{0,3}(?:en|eng|english)[ \t]{0,3}:)?[ \t]{0,3})?(?:\*\*|__)?(?:(?:the )?(?:root|underlying|primary|main|direct|real|probable) ?causes?|causes?)(?:\s*\(s\))?(?:\*\*|__)?\s*(?::|—|–|-\s|\.[ \t]+(?=[A-Z]))\s*(?:\*\*|__)?\s*(.+)$/i;
/** "The root cause was X." written as a sentence; at a line's start the article may be left out ("Root cause is the bad deploy …"). */
const SENTENCE = /(?:^\s*(?:(?:the|our) )?|\b(?:the|our) )(?:root|underlying|primary|main|direct|real|immediate) cause (?:of (?:the |this )?[\w -]{1,40} )?(?:was|is|turned out to be|has been)\s+(?!not\b|never\b)(.+)$/i;

/** A line that opens with a bold root-cause label ("**Root cause:** …", "__Root cause__: …", "- **Root cause:** …"), as written in Markdown. */
export function isBoldLabel(raw: string): boolean {
  // Round 15: also as a bullet of its own ("- **Root cause:** …"), as an outliner writes every line.
  return /^\s*(?:[-*+]\s+)?(?:\*\*|__)/.test(raw) && LABEL.test(raw);
}

/** The root cause as the author declared it on one line ("Root cause: a typo …", "The root cause was …"), or null. */
export function declaredCause(text: string): string | null {
  const label = LABEL.exec(text);
  if (label?.[1] !== undefined) return label[1];
  // Round 27: or in another language the linter knows ("Causa raiz: erro humano.", "Die Ursache war …").
  // Round 39: or as what caused the event ("The incident was caused by human error …").
  return SENTENCE.exec(text)?.[1] ?? causedByDeclared(text) ?? foreignDeclared(text);
}

/** The first sentence of a text (a full stop, a question or exclamation mark followed by a space and a capital). */
export function firstSentence(text: string): string {
  const m = /[.!?](?=\s+[A-Z(`"'“])/.exec(text);
  return m === null ? text : text.slice(0, m.index + 1);
}

/**
 * What the system lacked, or a reason given. Round 22: a "because" that gives only another trigger ("pointed to the
 * wrong file because a bad value was left in the config") goes no deeper; one that gives anything else ("because the
 * loader accepts an empty list") does.
 */
export function goesDeeper(text: string): boolean {
  if (DEEPER_THAN_BECAUSE.test(text) || FOREIGN_DEEPER.test(text) || cjkDeeper(text)) return true;
  const because = /\bbecause(?! of)\b/i.exec(text);
  if (because === null) return false;
  // A reason that says what did not happen ("because the broker restart was not announced") is a lack, not a trigger.
  const reason = text.slice(because.index + 7);
  return !TRIGGER.test(reason) || /\b(?:not|never|no|without)\b|n't\b/i.test(reason);
}

/** A cause that names only a trigger (or a person) and nothing the system lacked. */
export function namesOnlyTrigger(cause: string): boolean {
  if (cause.trim() === '' || goesDeeper(cause)) return false;
  return TRIGGER.test(cause) || FOREIGN_TRIGGER.test(cause) || cjkTrigger(cause) !== null || answerIsPerson(cause);
}

/** The trigger's words in a cause, for the message and the underline. */
export function triggerWords(cause: string): string | null {
  return (TRIGGER.exec(cause) ?? FOREIGN_TRIGGER.exec(cause))?.[0]?.trim() ?? cjkTrigger(cause);
}

/** A declaration that points elsewhere or is not yet written: nothing to judge ("see below", "under investigation"). */
const POINTER = /^\W*(?:see\b|refer\b|below\b|above\b|unknown\b|unclear\b|under investigation\b|(?:still )?(?:being )?investigat\w*|to be (?:confirmed|determined)\b|pending\b|tbc\b|n\/?a\b|tbd\b|none\b|not\b|never\b)/i;

/**
 * Round 24: a declared root cause that names nothing the system lacked is a surface cause whether or not it holds a
 * trigger word ("Root cause: gateway unplugged.", "Root cause: a bad SQL join in the 3.14 release."): the writer has
 * said what the cause is, and it stops at the event. Not a pointer or a stand-in, no negation, and not a long analysis.
 */
export function declaredStopsAtEvent(stated: string): boolean {
  if (namesOnlyTrigger(stated)) return true;
  const t = stated.trim();
  // A lack in words the safeguard list does not hold ("nothing between the sheet and production checks …") goes deeper.
  if (t === '' || POINTER.test(t) || goesDeeper(t) || /\b(?:no|not|nothing|nobody|never|without|none)\b|n't\b/i.test(t) || FOREIGN_NEGATION.test(t)) return false;
  const words = t.split(/\s+/).length;
  return words >= 2 && words <= 25;
}
