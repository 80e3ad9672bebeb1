/*
 * Whether a timeline gap is explained (issue 16): the words in either entry or between them that say what filled the
 * interval, read with what each side can say (an entry at a gap's start tells of the time after it, one at its end of
 * the time before it). Used by `timeline-gap` in timeline.rules.ts.
 */
import type { TimelineEntry } from '../postmortem/document.types.ts';
import type { LintContext } from './lint.context.ts';
import { plainText } from './source-text.ts';
import { scriptExplainsGap } from './timeline-gap.scripts.ts';
import { moreExplainsGap } from './timeline-words.more.ts';
import { statesGapLength } from './timeline.shapes.ts';
import { withoutShortPastLengths } from './timeline-gap.before.round39.ts';

/** Words that say what filled the interval, in either entry or a line between them. */
const EXPLAINS_GAP =
  /\b(?:wait(?:ed|ing|s)?|one (?:after (?:the )?other|after another|by one)|investigat\w*|triag\w*|no (?:activity|progress|change|updates?)|monitor(?:ed|ing)?|observing|gap|quiet|propagat\w*|in progress|ongoing|continu\w*|still|meanwhile|during this|until|pending|backfill\w*|running|ran for|took|over the next|elapsed|idle|overnight|asleep|next morning|debugg\w*|diagnos\w*|troubleshoot\w*|working on|restor(?:e|ing) (?:from|of)|rebuild\w*|reindex\w*|replay\w*|spent)\b|\b(?:\d+\s?|(?:two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety) )(?:min|mins|minutes|hours?|h)\b/i;
/**
 * Round 9: the interval named by its ends or its length ("between 04:35 and 06:15 their support reproduced it",
 * "since 10:55", "from 09:20", "the last hour went on …"), and a "while" that says what ran ("while it ran"), not
 * a "while" that only joins two facts ("the total is £310 while the plate count is higher").
 */
const NAMES_INTERVAL =
  /\bbetween \d{1,2}[:.h]\d{2}\b[^\n]{0,20}?\b(?:and|to)\b|\b(?:since|from) \d{1,2}[:.h]\d{2}\b|\bthe (?:last|previous|past|first|next) (?:hour|half hour|half an hour|few minutes|\w+ (?:minutes|hours))\b|\bwhile (?:\w+ ){0,3}(?:ran|runs|running|waited|waiting|worked|working|stayed|kept|travel\w*|drove|was (?:running|being))\b/i;
/**
 * Round 11: at the end of a gap, an entry that says nothing came before it ("nothing arrives before 08:40") or that it
 * is the first event since the one above ("first read slot after the profile change", "its first batch of the day").
 * At a gap's start the same words ("First donation after the rotation fails") say nothing of the time after it.
 */
const FIRST_SINCE = /\b(?:before|up to) \d{1,2}[:.h]\d{2}\b|\bnothing (?:\w+ ){0,2}(?:arriv\w*|happen\w*|came|comes|changed|moved)\b|\bfirst (?:[\w-]+ ){0,3}(?:after|since|of the (?:day|morning|night|shift))\b/i;
/** Round 13: at a gap's end, a perfect progressive says the activity ran through it ("Noah has been watching the log since the reopening"). */
const RAN_THROUGH = /\b(?:has|have|had) been \w{3,}ing\b/i;
/** Round 12: the run a completing entry tells of ("(running continuously since 23:50)", "after 40 minutes", "ran for 2 h"). */
const RUN_BEFORE_END = /\([^()]{0,80}\)|\b(?:running|ran|run)\b[^,;.]{0,40}|\b(?:since|from|after|for|in) (?:\d{1,2}[:.h]\d{2}|\d+\s?(?:min|mins|minutes|hours?|h)\b)|\b\d+\s?(?:min|mins|minutes|hours?|h)\b|\bcontinu\w*|\btook\b[^,;.]{0,30}/gi;
/** A completion at the end of a gap says what ran through it ("Re-import finished"); at its start it says nothing of what follows. */
// Round 14: "Queue drained" (drained as the entry's verb, not "resumes drained nodes").
const ENDS_A_RUN = /\b(?:complet\w*|finish\w*|caught up|done|drained(?![ \t]+[a-z]))\b/i;
/** Round 30: a completion in another language ("Re-signering ferdig", "Import fertig", "terminé", "concluído", "klaar"). */
const ENDS_A_RUN_FOREIGN = /(?<![\p{L}\p{N}])(?:ferdig|färdig|færdig|fertig|abgeschlossen|termin(?:é|ée|ado|ada)|conclu(?:ído|ída|so|sa)|completad[oa]|completat[oa]|klaar|voltooid)(?![\p{L}\p{N}])/iu;
/**
 * Round 14: at a gap's start, a recovery left running ("Rollback complete, queues draining", "revert complete, ETAs
 * recovering") is what the time after it was: the system coming back. At a gap's end it is only how things stood then.
 * A short wait only: over a quarter of an hour ("Temperatures recovering" before 80 quiet minutes) the time is unaccounted for.
 */
const RECOVERY_FILLS_MINUTES = 15;
const RECOVERY_UNDER_WAY = /\b(?:recovering|draining|catching up|refilling|resyncing|re-syncing|rebalancing|converging|stabili[sz]ing)\b/i;

/**
 * Round 12: a length written as a modifier ("a 30-minute watch period", "on its 30-minute poll", "their own 28-minute
 * sign-off") explains a gap about as long as itself; a size of something else ("two 5-minute windows" in a 22-minute gap,
 * "an extra 4-hour cycle" after an 18-minute one) does not.
 */
const HYPHEN_LENGTH = /\b(\d{1,3})-(min|minute|hour|h)\b/gi;

function namesGapLength(text: string, minutes: number): boolean {
  for (const m of text.matchAll(HYPHEN_LENGTH)) {
    const length = Number(m[1]) * (/^h/i.test(m[2]!) ? 60 : 1);
    if (length >= minutes * 0.75 && length <= minutes * 1.5) return true;
  }
  return false;
}

/**
 * Round 19: words that name no activity in the interval — a note on how the entry was recorded ("Incident started
 * (backfilled)"), a status page's state after its label ("Status page updated: Investigating"), and a point in time a
 * copy was taken at ("restored from 03:00 snapshot").
 */
const RECORD_NOTE = /\((?:[\w-]{1,20} )?(?:backfilled|backdated|back-filled)\)/gi;
const STATUS_NAME = /(\bstatus\b[^:\n]{0,40}:[ \t]{0,4})(?:investigating|identified|monitoring|resolved)\b/gi;
const SNAPSHOT_TIME = /\bfrom (?:the )?\d{1,2}[:.h]\d{2}(?: ?[A-Z]{2,4})? (?:snapshot|backup|dump|checkpoint|image)s?\b/gi;

/**
 * Round 22: a length that is a setting's value ("resetting the fix interval to 30 min") names no time that passed (a
 * poll's period, "it polls every 9 minutes", still says what the time was).
 */
const LENGTH_AS_VALUE = /\b(?:interval|timeout|ttl|window|period|delay|frequency|cadence|cycle|expiry|retention|timer|backoff)s? (?:[\w-]{1,20} ){0,3}?(?:to|of|at|=) \d{1,4}[ \t]?(?:min|mins|minutes?|hours?|h|s|secs?|seconds?)\b/gi;

/**
 * Round 32: a length that is a bound something is compared with ("studies older than 48 hours", "more than 30 minutes
 * late", "at least 2 hours"), or the window a count was taken in ("14 withdrawals within 30 minutes"), names no time
 * that passed between the entries. A thing's age stated as it grows ("the oldest event is 5 minutes old") still does.
 */
const LENGTH_AS_MEASURE = /\b(?:(?:older|newer|younger|longer|shorter|more|less|fewer|greater|later|earlier) than|within|under|up to|at least|at most) (?:\d+|a|an|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|sixty)[ \t-]?(?:min|mins|minutes?|hours?|h|days?)\b/gi;

/**
 * Round 27: an activity's word naming a thing ("finds the date type change in the reindex job", "the backfill script's
 * log"): the thing, not the activity running through the gap.
 */
/**
 * Round 30: the same words in the other languages writers use — waiting, monitoring, investigating, a length of minutes or
 * hours: Norwegian, Danish, Swedish ("venter på synk", "vi overvåker", "tok 32 minutter"), German ("warten auf",
 * "überwachen", "45 Minuten"; verbs, not "Überwachungssystem"), French, Spanish, Portuguese, Italian, Dutch ("en attente", "esperando", "aguardando",
 * "in attesa", "wachten op", "analysiert"). Round 31: the length spelled out ("nach elf Minuten", "na twintig minuten",
 * "après vingt minutes") and watching as a noun ("Beobachtung", "observation").
 */
const FOREIGN_EXPLAINS_GAP =
  /(?<![\p{L}\p{N}])(?:vent(?:er|et|ede|ar|a)|vänt(?:ar|ade|an|at)|wart(?:et|en|ete|eten)|gewartet|attend(?:ons|ent|ait|ant|re)?|en attente|esper(?:ando|amos|aba|an)|aguard(?:ando|amos|ava)|in attesa|aspett(?:ando|iamo|ava)|wacht(?:en|te|ten)?|overvåk(?:er|et|e|ing)|overvåg(?:er|ede|e|ning)|övervak(?:ar|ade|a|ning)|überwach(?:en|t|te|ten)|beobacht(?:en|et|ete|eten|ung)|observ(?:ons|ant|ation)|surveill(?:ons|ent|ait|ance)|vigil(?:ando|ancia)|acompanh(?:ando|amos|ava)|undersøk(?:er|te|else)|undersök(?:er|te|ning)|untersuch(?:en|t|te|ten|ung)|investig(?:ando|amos|aba|ava|ons)|(?:\d+|fünf|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|vierzig|fem|ti|femten|tjue|tjugo|tretti|trettio|tien|twintig|dertig|vijftien|dix|quinze|vingt|trente|diez|quince|veinte|treinta|dieci|quindici|venti|trenta|dez|vinte|trinta)[ \t]?(?:minutter|minuter|minuten|minutes|minutos|minuti|timer|timmar|stunden|heures|horas|ore|uur))(?![\p{L}\p{N}])/iu;

const ACTIVITY_AS_THING = /\b(?:reindex|backfill|replay|rebuild|restore|debug)(?:ing)? (?=(?:job|script|tool|task|cron|config(?:uration)?|mapping|code|logic|step|run's|job's|script's)s?\b)/gi;

/**
 * Round 32: "wait" as a measured quantity ("emergency queue wait back under 30 s", "hold wait time at 4 minutes", "the
 * wait drops"): a reading of how long callers wait, not anyone waiting through the gap.
 */
const WAIT_AS_MEASURE = /\bwaits?(?= (?:times?|back|under|over|is|was|are|were|at|drops?|dropped|rises?|rose|grows?|grew|climbs?|climbed|falls?|fell|down|up)\b)/gi;

function explains(text: string): boolean {
  const t = text.replace(WAIT_AS_MEASURE, ' ').replace(RECORD_NOTE, ' ').replace(ACTIVITY_AS_THING, ' ').replace(STATUS_NAME, '$1').replace(SNAPSHOT_TIME, ' ').replace(LENGTH_AS_VALUE, ' ').replace(LENGTH_AS_MEASURE, ' ');
  return EXPLAINS_GAP.test(t) || NAMES_INTERVAL.test(t) || FOREIGN_EXPLAINS_GAP.test(t) || scriptExplainsGap(t) || moreExplainsGap(t);
}

/**
 * Round 10: an event at an approximate clock time ("~07:30", "around 06:00") fills the gap it sits in (the gap is its
 * imprecision); one with no clock time at all ("around lunch", "??:??") fills a gap of up to an hour, and in a longer
 * one most of the interval is still unaccounted for.
 */
const UNTIMED_FILLS_MINUTES = 60;
const CLOCK = /\d{1,2}[:h.]\d{2}|\d{1,2}\s?[ap]\.?m\b/i;

/**
 * Round 10: "still" at the end of a gap says the state held through it ("Fatima, still at the desk, checks …"); at its
 * start it says only how things stood then ("Rollback done, but the cache still serves the old grid"), unless what was
 * still going on is an activity ("still investigating", "still in progress").
 */
const STILL_AS_STATE = /\bstill\b(?! (?:\w+ing\b|in progress|under way|underway))/gi;
/**
 * Likewise "monitoring" as the source of a reading: at the end of a gap ("Monitoring shows normal traffic") it reports
 * what the watching found; at its start ("Shop monitoring shows conversion at 0 %") only what was seen then.
 */
const MONITORING_AS_SOURCE = /\bmonitoring(?= (?:shows?|showed|alerts?|alerted|fires?|fired|reports?|reported|dashboards?|system|tools?|graphs?|pages?|paged|detects?|detected|flags?|flagged|says|said|confirms?|confirmed)\b)/gi;

/** Round 16: "monitoring" naming a thing ("acknowledged at the monitoring console", "the monitoring desk"): no activity, on either side. */
const MONITORING_AS_THING = /\bmonitoring(?= (?:consoles?|stations?|screens?|desks?|rooms?|panels?|walls?|terminals?|workstations?|pc|software|platform|vendor|contract|team's)\b)/gi;

/**
 * Round 11: at a gap's end, a job found "running" or left to "keep running" is how things stood when someone looked
 * ("Felix sees that the parser job is running but writing no rows"), not what filled the time before.
 */
// Someone "running the re-assessment" is doing something: an activity with its object still explains.
const RUNNING_AS_STATE = /\b(?:is|are|was|were|keeps?|kept|still|be) running\b(?! (?:the|a|an|our|their|its|this|that|some|all|every)\b)/gi;

/**
 * Round 12: at a gap's end, an activity that starts then ("Search Infra on-call starts investigating", "Decision: rebuild
 * the shards") began at that time: it says nothing of the time before it. Its words are not read there.
 * Round 23: up to a note in brackets, which is the writer's word on the time ("started the reconciliation (no activity
 * between 23:06 and 23:13)", "starts calling the pharmacies (still in progress at 15:02)"), not part of what started.
 */
const STARTS_THEN = /\b(?:starts?|started|begins?|began|kicks? off|decision:|decides? to|decided to)\s[^.;(]{0,80}/gi;
/**
 * Round 25: the same with the activity before its verb ("Restore of the 02:00 index backup started", "Group B qualifiers
 * resume with replays"): the clause up to the verb, and what follows it up to a comma, began then; not a clause that
 * names the time before ("No activity until the publish job starts", "after 14 minutes of cross-checking").
 */
const STARTED_AFTER_SUBJECT = /(?:^|[.;,—–]\s{0,4})(?:(?!\b(?:until|after|since|while|no|for)\b)[^.;,—–(]){1,80}?\b(?:started|starts|begins|began|kicked off|resumes?|resumed)\b[^.;,(]{0,80}/gi;

/**
 * Round 12: at a gap's start, a length that reaches back ("fired seven minutes after the first order", "3 min later")
 * measures the time before that entry, not after it. At a gap's end, an event that came "as planned" or "as scheduled"
 * says the wait was the plan.
 */
/** Round 14: at a gap's start, what the entry did before it ("After investigating the logs, Ines finds …") ran before that entry. */
const ACTIVITY_BEFORE = /\bafter (?:[\w-]+ ){0,2}[\w-]+ing\b[^,;.]{0,80}/gi;
const LENGTH_BEFORE = /\b(?:\d+\s?|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty) )(?:min|mins|minutes?|hours?|h) (?:after|later|before|earlier|ago)\b/gi;
const AS_PLANNED = /\bas (?:planned|scheduled|agreed|decided)\b/i;

/** An action's result after a comma ("rolls back the planner to v4.11, no change"): the action did nothing, which says nothing of the time before it. */
const RESULT_NO_CHANGE = /[,;]\s{0,4}(?:but |with )?no (?:change|effect|improvement|difference)\.?\s{0,4}$/i;

/**
 * Round 15: a job started at a gap's start ("Bulk copy job `copy-7` started") and found still running at its end ("`copy-7`
 * was still running, at 96.8%"): the job ran through the gap.
 */
const JOB = String.raw`(?:job|copy|backfill|migration|rebuild|resync|sync|import|export|reindex|restore|transfer|scan|replay)`;
const JOB_STARTED = new RegExp(String.raw`\b${JOB}\b[^.;]{0,80}?\b(?:starts|started|begins|began|kicks off|kicked off)\b|\b(?:starts|started|begins|began|kicks off|kicked off)\b[^.;]{0,40}?\b${JOB}\b`, 'i');
const STILL_RUNNING = /\bstill (?:running|in progress|copying|going|under way|underway)\b/i;

/** Round 18: whatever was started at a gap's start ("mission 14B-3 starts") and is still running at its end ran through it. */
const STARTED = /\b(?:starts|started|begins|began|kicks off|kicked off|launched|launches)\b/i;

/** Round 19: at a gap's start, nothing yet drew anyone's attention ("Billing run starts; still no alert"): the gap is the unnoticed time. */
// Round 33: or "no page yet" ("No page yet: the ratio is still under the 0.5% threshold").
const STILL_UNNOTICED = /\bstill no (?:alerts?|alarms?|pages?)\b|\bno (?:alerts?|alarms?|pages?) (?:fired|fires|went off|raised|sent|yet)\b/i;

/**
 * Round 32: at a gap's start, a reading still under the level at which anything would show ("traffic still below the
 * evening peak", "5 minutes old, below the 10-minute alert threshold"): the fault building up unseen is the gap, as
 * with "still no alert".
 */
// Round 33: the level's words may be a figure ("under the 0.5% threshold").
const BELOW_THRESHOLD = /\b(?:below|under|beneath|short of)[ \t]{1,2}(?:the|its|our|their)[ \t]{1,2}(?:[\w.%-]{1,20}[ \t]{1,2}){0,3}?(?:threshold|peak|limit|trigger level|alert(?:ing)? level)s?\b/i;

/**
 * Round 33: a check run at a gap's start ("Riikka runs the 40 smoke-test queries") and its verdict at the end ("Smoke
 * tests pass"): the check ran through the gap. A verdict after anything else says only what was found then.
 */
const CHECK_STARTED = /\b(?:runs?|running|ran|starts?|started|kicks? off|kicked off|launch(?:es|ed)?)\b[^.;]{0,60}?\b(?:tests?|checks?|quer(?:y|ies)|probes?|verification|validation|suite)\b/i;
const CHECK_VERDICT = /\b(?:pass(?:es|ed)?|fail(?:s|ed)?|succeed(?:s|ed)?|green|all clear)\b/i;

/**
 * Round 33: at a gap's end, "still" in another language ("Run verloopt tot dan nog steeds normaal", "immer noch", "ainda"):
 * the state held through the gap, as the English "still" there says.
 */
const FOREIGN_STILL = /(?<![\p{L}\p{N}])(?:nog steeds|nog altijd|tot dan|immer noch|noch immer|bis dahin|fortfarande|fortsatt|fremdeles|stadig|toujours|jusque-là|todavía|hasta entonces|ainda|até então|ancora|fino ad allora|wciąż|nadal|stále|még mindig|vẫn)(?![\p{L}\p{N}])/iu;

/**
 * Round 27: at a gap's start, a measure held until the fix ("we pause the donate button until it's fixed") says how long
 * the measure lasts, not what anyone did meanwhile; the work that fixed it is the gap.
 */
const UNTIL_FIXED = /\buntil (?:it|this|that|they|the [\w-]{1,30})(?:'s|’s| is| are| gets?| was)? (?:fixed|resolved|sorted|back|restored|repaired)\b/gi;

/** Round 31: a time written as a range ("14:46–14:52", "09:10 - 09:40"). */
const RANGE_WRITTEN = /\d{1,2}[:h.]\d{2}[ \t]{0,2}[–—-][ \t]{0,2}\d{1,2}[:h.]\d{2}/;

export function gapExplained(ctx: LintContext, prev: TimelineEntry, cur: TimelineEntry, minutes: number): boolean {
  if (STILL_UNNOTICED.test(prev.text) || BELOW_THRESHOLD.test(prev.text)) return true;
  if ((JOB_STARTED.test(prev.text) || STARTED.test(prev.text)) && STILL_RUNNING.test(cur.text)) return true;
  if ((CHECK_STARTED.test(prev.text) && CHECK_VERDICT.test(cur.text)) || FOREIGN_STILL.test(cur.text)) return true;
  const end = cur.text.replace(MONITORING_AS_THING, ' ').replace(RESULT_NO_CHANGE, ' ').replace(RUNNING_AS_STATE, ' ').replace(STARTS_THEN, ' ').replace(STARTED_AFTER_SUBJECT, ' ');
  // Round 39: a length of work done before the start entry, shorter than the gap, says nothing of the gap.
  const start = withoutShortPastLengths(prev.text, minutes).replace(UNTIL_FIXED, ' ').replace(MONITORING_AS_THING, ' ').replace(STILL_AS_STATE, ' ').replace(MONITORING_AS_SOURCE, ' ').replace(RESULT_NO_CHANGE, ' ').replace(LENGTH_BEFORE, ' ').replace(ACTIVITY_BEFORE, ' ');
  // Round 11: an entry that ends a run ("processing (running since 23:50) completes") tells of the time before it, not after.
  // Round 12: likewise at a gap's start, what that entry says ran ("processing (running since 23:50) completes") ran
  // before it: the time after a completion is not explained by it.
  // Round 31: a range entry at the gap's start ("14:46–14:52 Support triages …") did its work within its range: the
  // time after its end is not explained by it.
  const startExplains = explains(start) && !RANGE_WRITTEN.test(prev.asWritten) && !(ENDS_A_RUN.test(prev.text) && !explains(prev.text.replace(RUN_BEFORE_END, ' ')));
  // At its end, the same clause says what filled the gap ("Press started after waiting on plate imaging"), even after a start.
  const endBefore = (cur.text.match(ACTIVITY_BEFORE) ?? []).some((m) => explains(m));
  if (explains(end) || endBefore || startExplains || (RECOVERY_UNDER_WAY.test(start) && minutes <= RECOVERY_FILLS_MINUTES) || ENDS_A_RUN.test(cur.text) || ENDS_A_RUN_FOREIGN.test(cur.text) || FIRST_SINCE.test(end) || RAN_THROUGH.test(end)) return true;
  if (namesGapLength(end, minutes) || namesGapLength(start, minutes) || AS_PLANNED.test(end)) return true;
  // Round 36: or, at its end, a length of exactly the gap, stated in any language ("7 minuuttia", "(6 min)").
  // Round 38: or, at its start, the length of the gap ahead ("Under de följande 19 minuterna stiger minnet", "เฝ้าติดตามต่อ 30
  // นาที"): a length of exactly the gap, said before it, is the time the writer says the entry's state lasted.
  if (statesGapLength(cur.text, minutes) || statesGapLength(prev.text.replace(LENGTH_BEFORE, ' '), minutes)) return true;
  // An entry without a precise time between the two (~07:30, ??:??, "around 11:00") is an event in the gap: the gap is
  // that entry's imprecision, which timeline-precision reports.
  const between = ctx.doc.timeline.entries.filter((e) => e.line > prev.line && e.line < cur.line);
  if (between.some((e) => CLOCK.test(e.asWritten)) || (between.length > 0 && minutes <= UNTIMED_FILLS_MINUTES)) return true;
  // Anything written between the two entries (a note row, a paragraph) counts too.
  for (let n = prev.line + 1; n < cur.line; n++) {
    const line = ctx.src.lines[n - 1];
    if (line !== undefined && line.kind !== 'blank' && explains(plainText(line.raw))) return true;
  }
  return false;
}
