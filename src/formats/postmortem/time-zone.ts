// Time-zone labels as people write them in post-mortems, and their offsets.

/** Fixed offsets in minutes east of UTC for abbreviations that name one offset. */
const FIXED: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0,
  PST: -480, PDT: -420, MST: -420, MDT: -360, CST: -360, CDT: -300, EST: -300, EDT: -240,
  AKST: -540, AKDT: -480, HST: -600, AST: -240, ADT: -180, NST: -210, NDT: -150,
  BST: 60, IST: 330, CET: 60, CEST: 120, WEST: 60, EET: 120, EEST: 180, MSK: 180,
  JST: 540, KST: 540, SGT: 480, HKT: 480, AEST: 600, AEDT: 660, ACST: 570, ACDT: 630, AWST: 480,
  NZST: 720, NZDT: 780, BRT: -180, ART: -180, GST: 240, PKT: 300,
};

/** Labels that follow daylight saving: resolved per date through the IANA zone. */
const SEASONAL: Readonly<Record<string, string>> = {
  'PST/PDT': 'America/Los_Angeles', 'PDT/PST': 'America/Los_Angeles', PT: 'America/Los_Angeles', PACIFIC: 'America/Los_Angeles',
  'MST/MDT': 'America/Denver', MT: 'America/Denver', MOUNTAIN: 'America/Denver',
  'CST/CDT': 'America/Chicago', CT: 'America/Chicago', CENTRAL: 'America/Chicago',
  'EST/EDT': 'America/New_York', 'EDT/EST': 'America/New_York', ET: 'America/New_York', EASTERN: 'America/New_York',
  'CET/CEST': 'Europe/Paris', 'GMT/BST': 'Europe/London', 'UK': 'Europe/London', 'AEST/AEDT': 'Australia/Sydney',
};

const ABBR = [...Object.keys(FIXED).filter((k) => k !== 'Z'), 'PT', 'MT', 'CT', 'ET'].sort((a, b) => b.length - a.length).join('|');

/** Finds a zone label in text ("UTC+1", "PST/PDT", "US/Pacific", "CET"); null when none. */
export const ZONE_RE = new RegExp(
  String.raw`\b(?:(?:UTC|GMT)\s?[+\-−±]\s?\d{1,2}(?::?\d{2})?|[A-Z][A-Za-z]+/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?|(?:${ABBR})(?:\s?/\s?(?:${ABBR}))?|(?:Pacific|Eastern|Central|Mountain)\s(?:Standard\s|Daylight\s)?Time)\b`,
);

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    } catch {
      f = null;
    }
    formatters.set(zone, f);
  }
  return f;
}

function ianaOffsetAt(f: Intl.DateTimeFormat, utcMs: number): number {
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(utcMs)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p['year'] ?? 1970, (p['month'] ?? 1) - 1, p['day'] ?? 1, p['hour'] ?? 0, p['minute'] ?? 0);
  return Math.round((asUtc - Math.floor(utcMs / 60000) * 60000) / 60000);
}

/** True when the label names a zone we can convert from. */
export function isKnownZone(label: string): boolean {
  return zoneKind(label) !== null;
}

function zoneKind(label: string): { fixed: number } | { iana: string } | null {
  const raw = label.trim().replace(/\s*\/\s*/g, '/').replace(/−/g, '-');
  const up = raw.toUpperCase().replace(/\s(STANDARD\s|DAYLIGHT\s)?TIME$/, '');
  const m = /^(?:UTC|GMT)\s?([+\-±])\s?(\d{1,2})(?::?(\d{2}))?$/.exec(up);
  if (m) return { fixed: (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) };
  const fixed = FIXED[up];
  if (fixed !== undefined) return { fixed };
  const seasonal = SEASONAL[up];
  if (seasonal !== undefined) return { iana: seasonal };
  if (raw.includes('/') && formatter(raw) !== null) return { iana: raw };
  return null;
}

/**
 * Offset in minutes east of UTC of a zone label at a local wall-clock time, or null
 * when the label is unknown. Seasonal labels ("PST/PDT", "US/Pacific") follow DST.
 */
export function zoneOffsetMinutes(label: string, y: number, mo: number, d: number, h: number, mi: number): number | null {
  const kind = zoneKind(label);
  if (kind === null) return null;
  if ('fixed' in kind) return kind.fixed;
  const f = formatter(kind.iana);
  if (f === null) return null;
  const local = Date.UTC(y, mo - 1, d, h, mi);
  const first = ianaOffsetAt(f, local);
  return ianaOffsetAt(f, local - first * 60000);
}

/**
 * Round 13: "08:30-08:41" is a range, not 08:30 at UTC-08:41. A minus glued to a time of hours and minutes reads as an
 * offset only when its minutes are an offset's (00, 30, 45) and it is not later than the time ("10:00-07:00").
 * Moved from time-scan.ts (round 33); true when the zone `z` read after `time` is such a range's second end.
 */
export function rangeNotOffset(time: { hour: number | null; minute: number | null; second: number | null } | null, z: RegExpExecArray): boolean {
  const m = /^-(\d{2}):?(\d{2})$/.exec(z[1] ?? '');
  if (m === null || time === null || time.hour === null || time.second !== null || z[0] !== z[1]) return false;
  const mins = Number(m[2]);
  return (mins !== 0 && mins !== 30 && mins !== 45) || Number(m[1]) * 60 + mins > time.hour * 60 + (time.minute ?? 0);
}
