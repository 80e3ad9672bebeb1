import type { TimelineEntry } from '../postmortem/document.types.ts';
import type { LintContext, Rule } from './lint.context.ts';
import type { RawFinding } from './quality.types.ts';
import { cut, plainText, spansOf, type SourceText } from './source-text.ts';

const section = { section: 'timeline' as const };
const MINUTE = 60_000;

type Timed = { entry: TimelineEntry; ms: number };

/**
 * Round 10: a range entry ("02:41–03:11 — scheduler waits", "23:50–01:30 Bas drives in") covers its interval, so
 * the minutes it spans, counted across midnight; 0 for a single time.
 */
// Round 11: either end may carry its half of a 12-hour clock ("12:05 p.m. – 1:05 p.m.", "8:40 – 10:15 a.m.").
const RANGE = /(\d{1,2})[:h.](\d{2})(?::\d{2})?(?:\s?([ap])\.?m\b\.?)?\s*(?:--|-|–|—|to|until|till)\s*(\d{1,2})[:h.](\d{2})(?:\s?([ap])\.?m\b)?/i;
const clock24 = (h: number, half: string | undefined): number => (half === undefined ? h : (h % 12) + (half.toLowerCase() === 'p' ? 12 : 0));
export function spanMinutes(asWritten: string): number {
  const m = RANGE.exec(asWritten);
  if (m === null) return 0;
  const from = clock24(Number(m[1]), m[3] ?? m[6]) * 60 + Number(m[2]);
  const to = clock24(Number(m[4]), m[6] ?? m[3]) * 60 + Number(m[5]);
  return (to - from + 1440) % 1440;
}

/**
 * Entries with a usable instant, in document order. The parser's ISO instant is used
 * when it gave one; otherwise the clock time as written, rolling over midnight when the
 * clock jumps back by more than 12 hours.
 */
export function timedEntries(entries: readonly TimelineEntry[], approximate = false, src?: SourceText): Timed[] {
  const skip = (e: TimelineEntry): boolean => (approximate ? !hasClock(e) : isImprecise(e));
  if (entries.some((e) => e.at !== null)) {
    return entries.flatMap((entry) => {
      const ms = entry.at === null ? NaN : Date.parse(entry.at);
      return Number.isNaN(ms) || skip(entry) ? [] : [{ entry, ms }];
    });
  }
  const out: Timed[] = [];
  let dayOffset = 0;
  let last: number | null = null;
  let firstDay: number | null = null;
  let scanned = 0;
  for (const entry of entries) {
    // Round 14: a day written on a line of its own above the entries ("Saturday 26 September", "### Wednesday 15 October"),
    // with no year (so no instant), places the entries below it on that day.
    let marked: number | null = null;
    for (let n = Math.max(scanned, 1); src !== undefined && n < entry.line; n++) {
      const line = src.lines[n - 1];
      if (line !== undefined && line.kind !== 'code' && DAY_LINE.test(plainText(line.raw))) marked = dayOfYear(plainText(line.raw));
    }
    scanned = Math.max(scanned, entry.line + 1);
    const m = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?/.exec(entry.asWritten);
    if (m === null || skip(entry)) continue;
    // Round 10: a day and month written with the time ("21 Nov 23:52", no year, so no instant) place the entry on its day.
    const day = dayOfYear(entry.asWritten) ?? marked;
    if (day !== null) {
      firstDay ??= day;
      dayOffset = (day - firstDay) * 24 * 60 * MINUTE;
      last = null;
    }
    let h = Number(m[1]) % 24;
    const pm = m[4]?.toLowerCase().startsWith('p') === true;
    if (m[4] !== undefined) h = (h % 12) + (pm ? 12 : 0);
    let ms = ((h * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000 + dayOffset;
    if (last !== null && last - ms > 12 * 60 * MINUTE) {
      dayOffset += 24 * 60 * MINUTE;
      ms += 24 * 60 * MINUTE;
    }
    last = ms;
    out.push({ entry, ms });
  }
  return out;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MONTH = /\b(\d{1,2})(?:st|nd|rd|th)?\.? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? (\d{1,2})(?:st|nd|rd|th)?\b/i;

/** A line that is only a day ("Saturday 26 September", "Wednesday, 15 October 2026:"). */
const DAY_LINE = new RegExp(`^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s{1,4})?(?:${DAY_MONTH.source})(?:,?\\s{1,4}\\d{4})?\\s{0,4}:?$`, 'i');

const WEEKDAY_DAY_MONTH = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s{1,4}(\d{1,2})\/(\d{1,2})(?![\d/])/i;

/** The day a "21 Nov" or "Nov 21" names, counted from the start of the year (31 days a month is enough to order them). */
function dayOfYear(asWritten: string): number | null {
  // Round 11: after a weekday, "Mon 02/11" (day first unless the second number cannot be a month, as the reader reads it).
  const w = WEEKDAY_DAY_MONTH.exec(asWritten);
  if (w !== null) {
    const [a, b] = [Number(w[1]), Number(w[2])];
    return b > 12 ? (a - 1) * 31 + b : (b - 1) * 31 + a;
  }
  const m = DAY_MONTH.exec(asWritten);
  if (m === null) return null;
  const month = MONTHS.indexOf((m[2] ?? m[3] ?? '').toLowerCase());
  return month * 31 + Number(m[1] ?? m[4]);
}

const APPROXIMATE =
  /~|\?\?|--:--|\b(?:around|approx(?:imately|\.)?|about|circa|ca\.|roughly|morning|afternoon|evening|night|noon|midnight|early|late|sometime|unknown|tbd)\b/i;

/** An entry whose time has a clock, exact or approximate ("~08:40", "around 09:30"); not a date, "??:??" or "morning". */
function hasClock(e: TimelineEntry): boolean {
  return e.precision !== 'unknown' && e.precision !== 'date' && /\d{1,2}[:h.]\d{2}|\d\s?[ap]\.?m\b/i.test(e.asWritten);
}

function isImprecise(e: TimelineEntry): boolean {
  return e.precision === 'approximate' || e.precision === 'unknown' || e.precision === 'date' || APPROXIMATE.test(e.asWritten);
}

/** `timeline-order`: entries must be in chronological order. */
export const timelineOrderRule: Rule = ({ doc, src }) => {
  // Round 10: approximate times count too, by the clock they give: "~02:25" above "02:20" is out of order (the writer
  // put the event after the one below it).
  const timed = timedEntries(doc.timeline.entries, true, src);
  const findings: RawFinding[] = [];
  for (let i = 1; i < timed.length; i++) {
    const prev = timed[i - 1];
    const cur = timed[i];
    if (prev === undefined || cur === undefined || cur.ms >= prev.ms) continue;
    findings.push({
      rule: 'timeline-order',
      message: `"${cut(cur.entry.asWritten, 30)}" comes before "${cut(prev.entry.asWritten, 30)}" above it. Put entries in chronological order (or fix the time).`,
      line: cur.entry.line,
      quote: cut(`${cur.entry.asWritten} ${cur.entry.text}`),
      ...section,
    });
  }
  return findings;
};

/** Words that say what filled the interval, in either entry or a line between them. */
const EXPLAINS_GAP =
  /\b(?:wait(?:ed|ing)?|investigat\w*|no (?:activity|progress|change|updates?)|monitor(?:ed|ing)?|observing|gap|quiet|propagat\w*|in progress|ongoing|continu\w*|still|meanwhile|during this|until|pending|backfill\w*|running|ran for|took|over the next|elapsed|idle|overnight|asleep|next morning|debugg\w*|diagnos\w*|troubleshoot\w*|working on|restor(?:e|ing) (?:from|of)|rebuild\w*|reindex\w*|replay\w*|spent)\b|\b(?:\d+\s?|(?:two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety) )(?:min|mins|minutes|hours?|h)\b/i;
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

function explains(text: string): boolean {
  return EXPLAINS_GAP.test(text) || NAMES_INTERVAL.test(text);
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

/**
 * Round 11: at a gap's end, a job found "running" or left to "keep running" is how things stood when someone looked
 * ("Felix sees that the parser job is running but writing no rows"), not what filled the time before.
 */
// Someone "running the re-assessment" is doing something: an activity with its object still explains.
const RUNNING_AS_STATE = /\b(?:is|are|was|were|keeps?|kept|still|be) running\b(?! (?:the|a|an|our|their|its|this|that|some|all|every)\b)/gi;

/**
 * Round 12: at a gap's end, an activity that starts then ("Search Infra on-call starts investigating", "Decision: rebuild
 * the shards") began at that time: it says nothing of the time before it. Its words are not read there.
 */
const STARTS_THEN = /\b(?:starts?|started|begins?|began|kicks? off|decision:|decides? to|decided to)\s[^.;]{0,80}/gi;

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

function gapExplained(ctx: LintContext, prev: TimelineEntry, cur: TimelineEntry, minutes: number): boolean {
  const end = cur.text.replace(RESULT_NO_CHANGE, ' ').replace(RUNNING_AS_STATE, ' ').replace(STARTS_THEN, ' ');
  const start = prev.text.replace(STILL_AS_STATE, ' ').replace(MONITORING_AS_SOURCE, ' ').replace(RESULT_NO_CHANGE, ' ').replace(LENGTH_BEFORE, ' ').replace(ACTIVITY_BEFORE, ' ');
  // Round 11: an entry that ends a run ("processing (running since 23:50) completes") tells of the time before it, not after.
  // Round 12: likewise at a gap's start, what that entry says ran ("processing (running since 23:50) completes") ran
  // before it: the time after a completion is not explained by it.
  const startExplains = explains(start) && !(ENDS_A_RUN.test(prev.text) && !explains(prev.text.replace(RUN_BEFORE_END, ' ')));
  // At its end, the same clause says what filled the gap ("Press started after waiting on plate imaging"), even after a start.
  const endBefore = (cur.text.match(ACTIVITY_BEFORE) ?? []).some((m) => explains(m));
  if (explains(end) || endBefore || startExplains || (RECOVERY_UNDER_WAY.test(start) && minutes <= RECOVERY_FILLS_MINUTES) || ENDS_A_RUN.test(cur.text) || FIRST_SINCE.test(end) || RAN_THROUGH.test(end)) return true;
  if (namesGapLength(end, minutes) || namesGapLength(start, minutes) || AS_PLANNED.test(end)) return true;
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

/** `timeline-gap`: a gap over the configured minutes (5) with no explanation. */
export const timelineGapRule: Rule = (ctx) => {
  const { gapMinutes: limit, ignoreOverHours } = ctx.config.rules['timeline-gap'];
  const timed = timedEntries(ctx.doc.timeline.entries, false, ctx.src);
  const findings: RawFinding[] = [];
  // The latest instant the entries so far account for: a range entry accounts for its whole interval.
  let covered = timed[0] === undefined ? 0 : timed[0].ms + spanMinutes(timed[0].entry.asWritten) * MINUTE;
  for (let i = 1; i < timed.length; i++) {
    const prev = timed[i - 1];
    const cur = timed[i];
    if (prev === undefined || cur === undefined) continue;
    const from = Math.max(prev.ms, covered);
    covered = Math.max(covered, cur.ms + spanMinutes(cur.entry.asWritten) * MINUTE);
    const minutes = (cur.ms - from) / MINUTE;
    if (minutes <= limit || minutes > ignoreOverHours * 60 || gapExplained(ctx, prev.entry, cur.entry, minutes)) continue;
    findings.push({
      rule: 'timeline-gap',
      message: `${formatMinutes(minutes)} pass between "${cut(prev.entry.asWritten, 25)}" and "${cut(cur.entry.asWritten, 25)}" with no explanation. Say what happened in between (e.g. "waiting for DNS propagation", "investigating replica lag") or add the missing events.`,
      line: cur.entry.line,
      quote: cut(`${cur.entry.asWritten} ${cur.entry.text}`),
      ...section,
    });
  }
  return findings;
};

function formatMinutes(m: number): string {
  if (m < 120) return `${Math.round(m)} minutes`;
  return m < 48 * 60 ? `${Math.round(m / 60)} hours` : `${Math.round(m / 1440)} days`;
}

/** `timeline-precision`: approximate or missing times (~14:00, ??:??, "around", "morning", date-only rows). */
export const timelinePrecisionRule: Rule = ({ doc }) =>
  doc.timeline.entries.filter(isImprecise).map<RawFinding>((e) => ({
    rule: 'timeline-precision',
    message: `"${cut(e.asWritten, 30)}" is not a precise time. Use HH:MM (24-hour, with the zone) taken from logs, alerts or chat timestamps.`,
    line: e.line,
    quote: cut(`${e.asWritten} ${e.text}`),
    ...section,
  }));

// Round 14: "paused" and "froze" with what was paused ("froze deploys", "The sale was paused"), not a thing that froze
// ("the progress screen froze after …").
const DECISION =
  /\b(?:decid\w*|decision|roll(?:ed|ing)?[ -]?back|revert\w*|fail(?:ed|ing)?[ -]?over|escalat\w*|chose|choose|chosen|declar(?:e|es|ed|ing)|opted|agreed to|go\/no-go|called (?:a|an|the) (?:incident|sev)|(?:was|were|been|got) (?:paused|frozen)|(?:paused|froze|freeze)(?! (?:after|when|while|during|for|at|on|in|again|up|and|or|until)\b|\s*[,.;:)]|\s*$)|disabled? (?:the )?feature|kill switch|switched (?:traffic|over)|promot(?:ed|ing))\b/i;

/** `timeline-decision-points`: no entry marks a decision (rollback, failover, escalation…). */
export const timelineDecisionPointsRule: Rule = ({ doc, src }) => {
  const entries = doc.timeline.entries;
  if (entries.length < 3 || entries.some((e) => e.decisionPoint === true || DECISION.test(e.text))) return [];
  const at = spansOf(src, 'timeline')[0]?.start ?? entries[0]?.line ?? 1;
  return [
    {
      rule: 'timeline-decision-points',
      message:
        'No decision point is marked in the timeline. Mark the decisions (rollback, failover, escalation, declaring the incident) and the information available when they were made.',
      line: at,
      quote: cut(src.lines[at - 1]?.raw ?? ''),
      ...section,
    },
  ];
};
