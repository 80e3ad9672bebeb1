/** A minimal RFC 5545 iCalendar writer for the post-mortem meeting invite. */
export type CalendarEvent = {
  uid: string;
  start: Date;
  minutes: number;
  summary: string;
  description: string;
  location?: string | null;
  /** Who sends the invite; with it the invite is a REQUEST to the attendees, without it a PUBLISH. */
  organizer?: CalendarPerson | null;
  /** People with a known address; others are named in the description only. */
  attendees?: readonly CalendarPerson[];
  /** DTSTAMP: when the invite was produced (passed in: the domain has no clock). */
  stamp: Date;
};

export type CalendarPerson = { name: string; email: string };

const stamp = (d: Date): string => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Escapes text values (backslash, semicolon, comma, newlines). */
function esc(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value (CN=…): quoted, with no control characters or double quotes (RFC 5545 §3.1). */
function param(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    out += c < 0x20 || c === 0x7f ? ' ' : ch === '"' ? "'" : ch;
  }
  return `"${out.trim()}"`;
}

/** A mailto: address with nothing that could end the line or the value. */
function mailto(email: string): string {
  return `mailto:${email.replace(/[^\w.+@-]/g, '')}`;
}

/** Folds a content line at 75 octets, as RFC 5545 asks. */
function fold(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest) > 75) {
    let cut = 75;
    while (Buffer.byteLength(rest.slice(0, cut)) > 75) cut--;
    out.push(rest.slice(0, cut));
    rest = ` ${rest.slice(cut)}`;
  }
  out.push(rest);
  return out.join('\r\n');
}

/** The .ics text of one event. */
export function writeIcs(e: CalendarEvent): string {
  const end = new Date(e.start.getTime() + e.minutes * 60_000);
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Debrief//Post-mortem meeting//EN', 'CALSCALE:GREGORIAN', `METHOD:${e.organizer ? 'REQUEST' : 'PUBLISH'}`,
    'BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${stamp(e.stamp)}`, `DTSTART:${stamp(e.start)}`, `DTEND:${stamp(end)}`,
    `SUMMARY:${esc(e.summary)}`, `DESCRIPTION:${esc(e.description)}`,
    ...(e.location ? [`LOCATION:${esc(e.location)}`] : []),
    ...(e.organizer ? [`ORGANIZER;CN=${param(e.organizer.name)}:${mailto(e.organizer.email)}`] : []),
    ...(e.organizer ? (e.attendees ?? []).map((a) => `ATTENDEE;CN=${param(a.name)};ROLE=REQ-PARTICIPANT;RSVP=TRUE:${mailto(a.email)}`) : []),
    'BEGIN:VALARM', 'TRIGGER:-PT15M', 'ACTION:DISPLAY', `DESCRIPTION:${esc(e.summary)}`, 'END:VALARM',
    'END:VEVENT', 'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
