import { halfDayOf } from '../../formats/postmortem/half-day.ts';
import type { TimelineEntry } from '../postmortem/document.types.ts';
import { labelledEntry } from './timeline.shapes.ts';
import type { Rule } from './lint.context.ts';
import type { RawFinding } from './quality.types.ts';
import { cut, plainText, spansOf, type SourceText } from './source-text.ts';
import { gapExplained } from './timeline-gap.explained.ts';
import { moreDecision } from './timeline-words.more.ts';
import { decisionRound39 } from './timeline-decision.round39.ts';
import { relativeMinutes } from '../../formats/postmortem/time-scan.ts';

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
  let weekday: number | null = null;
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
    const m = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?/.exec(colonClock(entry.asWritten)) ?? relativeClock(entry.asWritten);
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
    // Round 39: or the half of the day in words ("下午 1:11", "3:10 de la tarde"), on a 12-hour clock only.
    const half = m[4] === undefined && h >= 1 && h <= 12 ? halfDayOf(entry.asWritten) : null;
    if (m[4] !== undefined || half !== null) h = (h % 12) + (pm || half === 'pm' ? 12 : 0);
    // Round 18: a weekday with the time and no date ("Wednesday 10:35", a chat's "[09:12 Mon]") moves to that day.
    const wd = day === null ? weekdayOf(entry) : null;
    if (wd !== null) {
      const clock = ((h * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000;
      if (weekday !== null) dayOffset += ((wd - weekday + 7) % 7) * 24 * 60 * MINUTE;
      else if (last !== null && clock + dayOffset < last) dayOffset += 24 * 60 * MINUTE;
      weekday = wd;
    }
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
const DAY_LINE = new RegExp(`^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s{1,4})?(?:${DAY_MONTH.source})(?:,?\\s{1,4}\\d{4})?(?:\\s{1,4}\\([^()]{1,20}\\))?\\s{0,4}:?$`, 'i');

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** A weekday written with the time ("Monday 17:20") or right after it in a chat stamp ("[09:12 Mon] …" leaves "Mon] …"). */
// Round 39: or in brackets after it ("09:10 (Sat) — …" leaves "(Sat) — …").
const WEEKDAY_WITH_TIME = /^\W{0,3}(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday)?\.?(?:,?\s{1,4}\d|[\])])/i;

function weekdayOf(e: TimelineEntry): number | null {
  const w = WEEKDAY_WITH_TIME.exec(e.asWritten) ?? WEEKDAY_WITH_TIME.exec(e.text);
  return w === null ? null : WEEKDAYS.indexOf(w[1]!.toLowerCase());
}

const WEEKDAY_DAY_MONTH = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s{1,4}(\d{1,2})\/(\d{1,2})(?![\d/])/i;

/** The day a "21 Nov" or "Nov 21" names, counted from the start of the year (31 days a month is enough to order them). */
function dayOfYear(asWritten: string): number | null {
  // Round 11: after a weekday, "Mon 02/11" (day first unless the second number cannot be a month, as the reader reads it).
  const w = WEEKDAY_DAY_MONTH.exec(asWritten);
  if (w !== null) {
    const [a, b] = [Number(w[1]), Number(w[2])];
    return b > 12 ? (a - 1) * 31 + b : (b - 1) * 31 + a;
  }
  // Round 22: a month and day with no year before the clock in a date column ("09-04 08:15"), as the reader reads it.
  const d = /^(\d{2})-(\d{2})[ \t]/.exec(asWritten);
  if (d !== null) {
    const [a, b] = [Number(d[1]), Number(d[2])];
    return a > 12 && b <= 12 ? (b - 1) * 31 + a : (a - 1) * 31 + b;
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
  return e.precision !== 'unknown' && e.precision !== 'date' && (/\d{1,2}[:h.]\d{2}|\d\s?[ap]\.?m\b|\d[時时点點시][ \t]?\d{1,2}[ \t]?[分분]/i.test(e.asWritten) || relativeMinutes(e.asWritten) !== null);
}

/**
 * Round 32: a clock written with a dot or an "h" ("16.30", "14h05") or with the hour's and minute's characters
 * ("14時30分", "14点30分", "14시 30분"), read as its H:MM; only when no colon clock is written, and not inside a date
 * ("14.03.2027").
 */
function colonClock(asWritten: string): string {
  if (/\d:\d{2}/.test(asWritten)) return asWritten;
  return asWritten
    .replace(/(\d{1,2})[ \t]?[時时点點시][ \t]?(\d{1,2})[ \t]?[分분]/, (_, h: string, mm: string) => ` ${h}:${mm.padStart(2, '0')} `)
    .replace(/(?<![\d.])(\d{1,2})[.h](\d{2})(?![\d.])/, ' $1:$2 ');
}

/** Round 30: a relative time ("+58m", "T+0", "1h05m in") as the clock match of its minutes after the start. */
function relativeClock(asWritten: string): RegExpExecArray | null {
  const total = relativeMinutes(asWritten);
  if (total === null) return null;
  const m = /^(\d+):(\d+)$/.exec(`${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`);
  return m;
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
    if (minutes <= limit || minutes > ignoreOverHours * 60 || gapExplained(ctx, prev.entry, sameTimeRows(timed, i), minutes)) continue;
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

/**
 * Round 38: the entry at a gap's end with the rows that follow it at the same instant: one moment told in several rows
 * ("09:02 — first result lands in the error queue", "09:02 — … no activity in the engine until …") ends the gap together.
 */
function sameTimeRows(timed: readonly Timed[], i: number): TimelineEntry {
  const cur = timed[i]!;
  const texts = [cur.entry.text];
  for (let j = i + 1; j < timed.length && timed[j]!.ms === cur.ms; j++) texts.push(timed[j]!.entry.text);
  return texts.length === 1 ? cur.entry : { ...cur.entry, text: texts.join(' — ') };
}

function formatMinutes(m: number): string {
  if (m < 120) return `${Math.round(m)} minutes`;
  return m < 48 * 60 ? `${Math.round(m / 60)} hours` : `${Math.round(m / 1440)} days`;
}

/** `timeline-precision`: approximate or missing times (~14:00, ??:??, "around", "morning", date-only rows). */
export const timelinePrecisionRule: Rule = ({ doc, src }) =>
  doc.timeline.entries.filter((e, i, all) => isImprecise(e) && !dayHeader(e, all[i + 1], src)).map<RawFinding>((e) => ({
    rule: 'timeline-precision',
    message: `"${cut(e.asWritten, 30)}" is not a precise time. Use HH:MM (24-hour, with the zone) taken from logs, alerts or chat timestamps.`,
    line: e.line,
    quote: cut(`${e.asWritten} ${e.text}`),
    ...section,
  }));

/**
 * Round 38: a date with no clock on a heading or a line of prose ("### 2027-03-14 (Sunday)", "All times UTC, 12 March
 * 2024.") above an entry with a clock is the day of the entries below it, not an event whose time is imprecise; a date in
 * a table row or a list item, or with a clock in its words, is an event of its own.
 */
function dayHeader(e: TimelineEntry, next: TimelineEntry | undefined, src: SourceText): boolean {
  // A clock in the line's own words ("13/03/2027 around 01:00] ines: …") makes it an event at an approximate time.
  if (e.precision !== 'date' || next === undefined || !hasClock(next)) return false;
  const line = src.lines[e.line - 1];
  if (line === undefined || /(?<![\d.])\d{1,2}[:.h]\d{2}(?![\d.])/.test(line.raw)) return false;
  return line.kind === 'heading' || (line.kind === 'prose' && !/^\s{0,3}(?:[-*+•]|\d{1,3}[.)]|\\item)\s/.test(line.raw));
}

// Round 14: "paused" and "froze" with what was paused ("froze deploys", "The sale was paused"), not a thing that froze
// ("the progress screen froze after …").
const DECISION =
  /\b(?:decid\w*|decision|roll(?:ed|ing)?[ -]?back|revert\w*|fail(?:ed|ing)?[ -]?over|escalat\w*|chose|choose|chosen|declar(?:e|es|ed|ing)|opted|agreed to|go\/no-go|called (?:a|an|the) (?:incident|sev)|(?:was|were|been|got) (?:paused|frozen)|(?:paused|froze|freeze)(?! (?:after|when|while|during|for|at|on|in|again|up|and|or|until)\b|\s*[,.;:)]|\s*$)|disabled? (?:the )?feature|kill switch|switched (?:traffic|over)|promot(?:ed|ing))\b/i;

/**
 * Round 31: a decision in another language — the noun or the verb ("Beslut:", "Entscheidung:", "beschlossen",
 * "besluit", "Décision", "decidimos", "Decisão", "decisione", "karar", "決定", "判断：", "결정"), a rollback or an
 * escalation ("zurückrollen", "reverter", "revertir", "geri alın", "eskaliert", "escalado", "escaladé").
 */
const DECISION_FOREIGN =
  /(?<!\p{L})(?:beslut(?:ar|ade|ter|tet|tede|ning)?|besl(?:uit|oten|uiten)|beschlossen|beschlie(?:ß|ss)t|entscheid(?:ung|et|en)|entschieden|d[ée]cid(?:ons|e|é|ée|ent|ons)|d[ée]cision|decis(?:ión|ão|ione|ao)|decid(?:e|en|imos|iu|ió|ido|ida|iamo|iamo|ono)|decis[oa]|karar(?:\p{L}*)|zur[üu]ckroll\p{L}*|zur[üu]ckgerollt|rückg[äa]ngig|rull(?:er|et|ade|ar) tilbake|rulla(?:r|de) tillbaka|terugdraai\p{L}*|teruggedraaid|revert(?:er|ir|ido|ida|emos|imos|ire|ito)|revers(?:ão|ión)|geri al\p{L}*|eskal\p{L}*|escal(?:ado|ada|ato|ata|adé|adée|ade)|escalon(?:né|née)|failover|umschalt\p{L}*)(?!\p{L})|決定|判断|決断|切り戻|ロールバック|エスカレ|결정|롤백|决定|回滚/iu;

/** `timeline-decision-points`: no entry marks a decision (rollback, failover, escalation…). */
export const timelineDecisionPointsRule: Rule = ({ doc, src }) => {
  const entries = doc.timeline.entries;
  const decides = (t: string): boolean => labelledEntry(t) || DECISION.test(t) || DECISION_FOREIGN.test(t) || moreDecision(t) || decisionRound39(t);
  // Round 38: the entry's whole row too, when a table's other column holds what was done ("| 17:00 | Jonas | Escalated … |").
  if (entries.length < 3 || entries.some((e) => e.decisionPoint === true || decides(e.text) || decides(plainText(src.lines[e.line - 1]?.raw ?? '')))) return [];
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
