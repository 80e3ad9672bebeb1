// Recognises the date and time expressions people write in timelines.
import { slashOrder } from './slash-dates.ts';
import { rangeNotOffset, ZONE_RE } from './time-zone.ts';
import { relativeAt, TIME_BOUNDARY } from './relative-time.ts';
import { validYmd, type Ymd } from './ymd.ts';
import { asciiDigits, leadWordTime, withHalfDayAfter } from './time-lead.ts';

export type { Ymd } from './ymd.ts';
export { nextDay, ymdString } from './ymd.ts';
export { relativeMinutes } from './relative-time.ts';

/** A date and/or time expression found in text, before any zone or date context is applied. */
export type TimeMatch = {
  /** The expression as written (range included). */
  asWritten: string;
  start: number;
  end: number;
  /** A full date, or the parts of a partial one ("March 3", "Mon 3rd"). */
  date: Ymd | null;
  month: number | null;
  day: number | null;
  hour: number | null;
  minute: number | null;
  second: number | null;
  meridiem: 'am' | 'pm' | null;
  /** "??:??", "--:--": a time slot whose value is not known. */
  unknown: boolean;
  approx: boolean;
  zone: string | null;
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const RE = {
  // Round 33: an Org-mode active stamp opens with '<'.
  lead: /[\s[(<]*/y,
  // Round 10: "somewhere around 08:50".
  // Round 14: "shortly after 06:00", "just before 09:00", German "gegen 08:00" / "etwa 08:00".
  // Round 22: the same in Italian, French, Spanish, Portuguese and Dutch ("verso le 10:00", "vers 10h", "hacia las 10:00").
  // Round 30: shortly after or before in those languages ("peu après 6 h 30", "poco después de las 6:30", "pouco depois das 6h30").
  approx: /(?:~|≈|(?:somewhere |some time |sometime )?(?:approx(?:imately|\.)?|around|about)|circa|ca\.|roughly|(?:shortly|just|soon|sometime|some time) (?:after|before)|gegen|etwa|ungefähr|kurz (?:nach|vor)|verso (?:le |l['’])?|vers |hacia las? |sobre las? |alrededor de las? |por volta d[ae]s? |omstreeks |rond |peu (?:après|avant) |(?:poco|justo) (?:después|antes) de las? |pouco (?:depois|antes) d[ae]s? |logo (?:após|depois d[ae]s?) |poco (?:dopo|prima) (?:le |l['’])?|kort (?:na|voor) |kurz vor |gleich nach |sekitar (?:pukul |jam )?|kira-kira (?:pukul |jam )?)\s*/iy,
  weekday: /(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/iy,
  iso: /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/y,
  mdy: /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d)/y,
  // Round 11: a day and month with no year after a weekday ("Mon 02/11 09:30", "Thu 5/11").
  dayMonth: /(\d{1,2})\/(\d{1,2})(?![\d/])/y,
  dmyDots: /(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/y,
  slashDayClock: /(\d{1,2})\/(\d{1,2})(?=[ \t]{1,2}\d{1,2}:\d{2})/y,
  // Round 22: a month and day with no year in a date column ("09-02 10:14", "09-05 ~06:00", "09-06" alone): two digits
  // each, and only before a clock time or at the cell's end, so that "10-12 people" stays a count.
  monthDayDash: /(\d{2})-(\d{2})(?=[ \t]+[~≈]?[ \t]?\d{1,2}[:h.]\d{2}|[ \t]*(?:$|\|))/y,
  monthFirst: new RegExp(`${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4})(?!\\d))?`, 'iy'),
  dayFirst: new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?(?![a-z])(?:,?\\s+(\\d{4})(?!\\d))?`, 'iy'),
  ordinalDay: /(\d{1,2})(?:st|nd|rd|th)(?![a-z])/iy,
  // Round 32: a sheet pasted with its cells joined by semicolons ("2027-06-14;06:05;…"): the date's cell, then the time's.
  // Round 33: an Org-mode stamp's weekday between the date and the clock ("<2027-03-02 Tue 13:10>", "[2027-02-01 Mon 22:10]").
  dateTimeSep: /(?:T|,?\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?(?:at\s+)?|\s*[,@;]\s*|\s+[-–—]\s+)/iy,
  timeDateSep: /,?[ \t]{1,4}|,/y,
  // Round 27: French "14 h 02" (spaced h, not a length: "2 h 30 min").
  clock: /(\d{1,2})(?:[:h.]|[ \t]h[ \t])(\d{2})(?::(\d{2})(?:\.\d+)?)?(?!\d)(?![ \t]?min(?:s|utes?)?\b)(?:\s*([ap])\.?m\b\.?)?/iy,
  // Round 27: the same time in a second zone after a slash ("14:02 CET / 13:02 UTC"), read as part of the first.
  altZone: new RegExp(String.raw`[ \t]{0,2}/[ \t]{0,2}\d{1,2}[:h.]\d{2}[ \t]?\(?(?:Z\b|${ZONE_RE.source})\)?`, 'y'),
  // Round 32: a clock written with the hour's and the minute's characters, as Japanese, Chinese and Korean write it
  // ("14時30分", "14点30分", "14시 30분").
  cjkClock: /(\d{1,2})[ \t]?[時时点點시][ \t]?(\d{1,2})[ \t]?[分분]/y,
  // Round 32: after a clock written with a dot ("16.30"), a dash or a colon between spaces that opens the entry
  // ("16.30 — Decided to …"): a time, not the number "16.30".
  dotClockOpens: /[ \t]{0,2}(?:[—–][ \t]|-[ \t]|:[ \t])/y,
  hourOnly: /(\d{1,2})[ \t]?(?:h|uhr)(?![\p{L}\d])/iuy,
  hourMeridiem: /(\d{1,2})\s*([ap])\.?m\b\.?/iy,
  military: /([01]\d|2[0-3])([0-5]\d)(?=\s*(?:Z\b|UTC\b|GMT\b|hrs?\b|h\b))/y,
  unknown: /(?:\?{1,2}|-{1,2}|xx|hh)[:h](?:\?{1,2}|-{1,2}|xx|mm)/iy,
  // Round 22: a known hour with its minutes not known ("19:2?", "15:xx", "15:4x"): a time slot whose value is not known.
  unknownMinutes: /(?:[01]?\d|2[0-3])[:h](?:[0-5]?\?{1,2}|xx|[0-5]x)(?![\w?])/iy,
  ish: /-?ish\b/iy, // round 36: or after a hyphen ("14:02-ish")
  zone: new RegExp(String.raw`\s*\(?(Z\b|[+-]\d{2}:?\d{2}\b|${ZONE_RE.source})\)?`, 'y'),
  // Round 11: pandoc writes an en dash as "--" ("08:05--08:28").
  rangeSep: /\s*(?:--|-|–|—|to|until|till)\s*/iy,
  boundary: TIME_BOUNDARY,
};

function at(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

type DatePart = { date: Ymd | null; month: number | null; day: number | null; end: number };

function matchDate(s: string, i: number, afterWeekday: boolean): DatePart | null {
  let m = at(RE.iso, s, i);
  if (m) {
    const date = validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { date, month: null, day: null, end: RE.iso.lastIndex } : null;
  }
  m = at(RE.mdy, s, i) ?? at(RE.dmyDots, s, i);
  if (m) {
    const y = Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]);
    const [a, b] = [Number(m[1]), Number(m[2])];
    // Round 27: day first in a document whose dates show it, or where the first number cannot be a month ("19/03/2027").
    const dayFirst = m[0].includes('.') || slashOrder() === 'dmy' || (a > 12 && b <= 12);
    const date = dayFirst ? validYmd(y, b, a) : validYmd(y, a, b);
    return date ? { date, month: null, day: null, end: i + m[0].length } : null;
  }
  m = at(RE.monthDayDash, s, i);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // Month first, as ISO writes it without the year, unless the first number cannot be a month ("22-01").
    const [month, day] = a > 12 && b <= 12 ? [b, a] : [a, b];
    if (month >= 1 && month <= 12) return partial(undefined, month, day, i + m[0].length);
  }
  // Round 33: a chat copy's day and month before its clock ("[3/3 2:05 PM] Lindqvist, Sara"), read as the document's slash dates.
  m = at(RE.slashDayClock, s, i);
  if (m) return slashOrder() === 'dmy' || Number(m[1]) > 12 ? partial(undefined, Number(m[2]), Number(m[1]), i + m[0].length) : partial(undefined, Number(m[1]), Number(m[2]), i + m[0].length);
  m = at(RE.monthFirst, s, i);
  if (m) return partial(m[3], monthIndex(m[1] ?? ''), Number(m[2]), i + m[0].length);
  m = at(RE.dayFirst, s, i);
  if (m) return partial(m[3], monthIndex(m[2] ?? ''), Number(m[1]), i + m[0].length);
  if (afterWeekday) {
    // Day first, as most of the world writes it, unless the second number cannot be a month ("Tue 11/24").
    m = at(RE.dayMonth, s, i);
    if (m) {
      const [a, b] = [Number(m[1]), Number(m[2])];
      return b > 12 ? partial(undefined, a, b, i + m[0].length) : partial(undefined, b, a, i + m[0].length);
    }
    m = at(RE.ordinalDay, s, i);
    if (m && Number(m[1]) <= 31) return { date: null, month: null, day: Number(m[1]), end: i + m[0].length };
  }
  return null;
}

function partial(year: string | undefined, month: number, day: number, end: number): DatePart | null {
  if (day < 1 || day > 31) return null;
  if (year !== undefined) {
    const date = validYmd(Number(year), month, day);
    return date ? { date, month: null, day: null, end } : null;
  }
  return { date: null, month, day, end };
}

type TimePart = { hour: number | null; minute: number | null; second: number | null; meridiem: 'am' | 'pm' | null; unknown: boolean; end: number };

function matchTime(s: string, i: number): TimePart | null {
  let m = at(RE.clock, s, i);
  if (m) {
    const hour = Number(m[1]);
    const minute = Number(m[2]);
    const meridiem = m[4] === undefined ? null : m[4].toLowerCase() === 'a' ? 'am' : 'pm';
    // "1.50" is a number; "16.30 — …" at an entry's start is a time (round 32).
    if (m[0].includes('.') && meridiem === null && m[3] === undefined && !(hour <= 23 && at(RE.dotClockOpens, s, i + m[0].length) !== null)) return null;
    if (minute > 59 || hour > 24 || (meridiem !== null && (hour < 1 || hour > 12))) return null;
    return withHalfDayAfter(s, { hour, minute, second: m[3] === undefined ? null : Number(m[3]), meridiem, unknown: false, end: i + m[0].length });
  }
  m = at(RE.cjkClock, s, i);
  if (m && Number(m[1]) <= 24 && Number(m[2]) <= 59) return { hour: Number(m[1]), minute: Number(m[2]), second: null, meridiem: null, unknown: false, end: i + m[0].length };
  m = at(RE.hourMeridiem, s, i);
  if (m) {
    const hour = Number(m[1]);
    if (hour < 1 || hour > 12) return null;
    return { hour, minute: 0, second: null, meridiem: m[2]?.toLowerCase() === 'a' ? 'am' : 'pm', unknown: false, end: i + m[0].length };
  }
  m = at(RE.military, s, i);
  if (m) return { hour: Number(m[1]), minute: Number(m[2]), second: null, meridiem: null, unknown: false, end: i + m[0].length };
  m = at(RE.unknown, s, i);
  if (m) return { hour: null, minute: null, second: null, meridiem: null, unknown: true, end: i + m[0].length };
  m = at(RE.unknownMinutes, s, i);
  if (m) return { hour: null, minute: null, second: null, meridiem: null, unknown: true, end: i + m[0].length };
  return null;
}

/** Reads a date and/or time expression starting exactly at `i` (after brackets, "~", a weekday). */
export function scanAt(s: string, i: number): TimeMatch | null {
  const start = i;
  let approx = false;
  let m = at(RE.approx, s, i);
  if (m) {
    approx = true;
    i += m[0].length;
  }
  m = at(RE.weekday, s, i);
  const afterWeekday = m !== null;
  if (m) i += m[0].length;
  let date = matchDate(s, i, afterWeekday);
  let time: TimePart | null = null;
  if (date) {
    i = date.end;
    const sep = at(RE.dateTimeSep, s, i);
    let ti = sep ? i + sep[0].length : i;
    // Round 22: an approximate clock after the date ("09-05 ~06:00", "2026-09-05 ~06:00") is the entry's time, approximate.
    const tilde = /[~≈][ \t]?/y;
    tilde.lastIndex = ti;
    const approxTime = sep !== null && tilde.exec(s) !== null;
    if (approxTime) ti = tilde.lastIndex;
    const t = matchTime(s, ti);
    if (t && approxTime) approx = true;
    if (t) {
      time = t;
      i = t.end;
    }
  } else {
    time = matchTime(s, i);
    // Round 29: after an approximate word, an hour alone with its "h" or "Uhr" ("por volta das 15h", "hacia las 15 h",
    // "gegen 10 Uhr"): that hour, approximate. Not alone: "2h" is as often a length.
    const hourOnly = time === null && approx ? at(RE.hourOnly, s, i) : null;
    if (hourOnly !== null && Number(hourOnly[1]) <= 24) time = { hour: Number(hourOnly[1]), minute: 0, second: null, meridiem: null, unknown: false, end: i + hourOnly[0].length };
    if (!time) return null;
    i = time.end;
    // Round 27: a chat export's time then its full date ("[18:02, 05/03/2027] Marta: …", "11:58 PM 03/12/2027").
    const sep = at(RE.timeDateSep, s, i);
    const after = sep ? matchDate(s, i + sep[0].length, false) : null;
    if (after !== null && after.date !== null) {
      date = after;
      i = after.end;
    }
  }
  const ish = at(RE.ish, s, i);
  if (ish) {
    approx = true;
    i += ish[0].length;
  }
  let zone: string | null = null;
  const z = at(RE.zone, s, i);
  if (z && (time !== null || z[1] !== 'Z') && !rangeNotOffset(time, z)) {
    zone = z[1] ?? null;
    i += z[0].length;
    const alt = at(RE.altZone, s, i);
    if (alt) i += alt[0].length;
  }
  const end = i;
  if (time !== null) {
    const r = at(RE.rangeSep, s, i);
    if (r) {
      const j = i + r[0].length;
      const d2 = matchDate(s, j, false);
      const sep = d2 ? at(RE.dateTimeSep, s, d2.end) : null;
      const t2 = matchTime(s, d2 ? d2.end + (sep?.[0].length ?? 0) : j);
      if (t2) {
        i = t2.end;
        const z2 = at(RE.zone, s, i);
        if (z2) i += z2[0].length;
      }
    }
  }
  if (!at(RE.boundary, s, i)) return null;
  return {
    asWritten: s.slice(start, i).trim(),
    start,
    end: i === end ? end : i,
    date: date?.date ?? null,
    month: date?.month ?? null,
    day: date?.day ?? null,
    hour: time?.hour ?? null,
    minute: time?.minute ?? null,
    second: time?.second ?? null,
    meridiem: time?.meridiem ?? null,
    unknown: time?.unknown ?? false,
    approx,
    zone,
  };
}


/** A date or time at the start of the text (after brackets or a bullet's bold markers). */
export function scanLeading(written: string): TimeMatch | null {
  // Round 36: digits of any script; a time label with words before it ("klo 10.02", "około 14:02").
  const s = asciiDigits(written);
  const lead = at(RE.lead, s, 0);
  const r = scanAt(s, lead ? lead[0].length : 0) ?? relativeAt(s, lead ? lead[0].length : 0) ?? leadWordTime(s);
  if (r && r.asWritten.startsWith('~') === false && s.slice(0, r.start).includes('~')) r.approx = true;
  return r;
}

const CANDIDATE = /(?<![\p{L}\p{N}])(?:\d|~|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/giu;

/** The first date or time anywhere in the text that has a clock time or a full date. */
export function scanAnywhere(written: string): TimeMatch | null {
  const s = asciiDigits(written);
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(s)) !== null) {
    const r = scanAt(s, m.index);
    if (r && (r.hour !== null || r.date !== null || r.unknown)) return r;
  }
  return null;
}

/** Text after a time expression, without separators ("- ", ": ", "| "). */
export function textAfter(s: string, end: number): string {
  return s.slice(end).replace(/^[\s\])]*(?:[-–—:|,.>：;、]+\s*)*/, '').trim();
}

/** Parses a whole value as a date: "2020-04-08", "April 8, 2020", "Friday 29 November 2019". */
export function parseDateValue(s: string): Ymd | null {
  const r = scanAnywhere(s);
  return r?.date ?? null;
}
