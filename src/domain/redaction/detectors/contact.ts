/**
 * Ways to reach or point at people and places: phone numbers, @handles, chat channels,
 * ticket keys. Bounded patterns only (linear time), validated in code.
 */
import type { Span } from '../types.ts';
import { isWordChar } from '../text.ts';
import { NOT_TICKETS } from '../vocabulary.ts';

const PHONE = /[+(]?\d[\d ().-]{5,24}\d/g;
const HANDLE = /@[A-Za-z0-9][A-Za-z0-9._-]{0,38}/g;
const SLACK_USER = /<@[A-Z0-9]{6,12}(?:\|[^>\n]{1,80})?>/g;
const CHANNEL = /#[a-z0-9][a-z0-9_.-]{0,79}/g;
const SLACK_CHANNEL = /<#[A-Z0-9]{6,12}(?:\|[^>\n]{0,80})?>/g;
const TICKET = /[A-Z][A-Z0-9]{1,9}-\d{1,7}/g;
const GROUP_HANDLES = new Set(['here', 'channel', 'everyone']);

function phoneShaped(s: string): boolean {
  const digits = s.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return false;
  if (/^\d{4}-\d{2}-\d{2}/.test(s) || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(s)) return false;
  if (s.startsWith('+')) return /^\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d/.test(s) && /[ .-]/.test(s.slice(1)) || /^\+\d{8,15}$/.test(s);
  if (/^\(\d{2,4}\)[ .-]?\d{3,4}[ .-]?\d{3,4}$/.test(s)) return true;
  if (/^\d{3}[-. ]\d{3}[-. ]\d{4}$/.test(s)) return true;
  return /^0\d{1,4}[ -]\d{3,4}[ -]?\d{3,4}$/.test(s);
}

/** Phone numbers: international (+…), (area) local, 415-555-0132, 020 7946 0958. */
export function findPhones(text: string, from: number): Span[] {
  const out: Span[] = [];
  PHONE.lastIndex = from;
  for (let m = PHONE.exec(text); m !== null; m = PHONE.exec(text)) {
    const s = m[0];
    const before = text[m.index - 1];
    if (isWordChar(before) || before === '.' || before === ':' || before === '-' || before === '/') continue;
    if (!phoneShaped(s)) {
      // Let the next attempt start inside this run (a date may sit right before a number).
      PHONE.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + s.length, detector: 'phone', replacement: '[phone removed]' });
  }
  return out;
}

/** @handles (not e-mail addresses, not npm scopes, not @here/@channel) and Slack <@U…> mentions. */
export function findHandles(text: string, from: number): Span[] {
  const out: Span[] = [];
  HANDLE.lastIndex = from;
  for (let m = HANDLE.exec(text); m !== null; m = HANDLE.exec(text)) {
    let h = m[0];
    while (/[._-]$/.test(h)) h = h.slice(0, -1);
    const before = text[m.index - 1];
    const after = text[m.index + h.length];
    if (isWordChar(before) || before === '.' || before === '+' || before === '-' || after === '/' || after === '@') continue;
    if (GROUP_HANDLES.has(h.slice(1).toLowerCase())) continue;
    out.push({ start: m.index, end: m.index + h.length, detector: 'handle', replacement: 'a team member' });
  }
  SLACK_USER.lastIndex = from;
  for (let m = SLACK_USER.exec(text); m !== null; m = SLACK_USER.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, detector: 'handle', replacement: 'a team member' });
  }
  return out;
}

/** Chat channels: #incident-123, #sre-oncall, Slack <#C…|name> (not headings, issue numbers or colours). */
export function findChannels(text: string, from: number): Span[] {
  const out: Span[] = [];
  CHANNEL.lastIndex = from;
  for (let m = CHANNEL.exec(text); m !== null; m = CHANNEL.exec(text)) {
    let c = m[0];
    while (/[._-]$/.test(c)) c = c.slice(0, -1);
    const before = text[m.index - 1];
    if (isWordChar(before) || before === '#' || before === '&' || before === '/' || before === ']' || before === ')') continue;
    if (isWordChar(text[m.index + m[0].length])) continue;
    const name = c.slice(1);
    if (/^\d+$/.test(name) || /^[0-9a-f]{3,8}$/.test(name) || !/[a-z]/.test(name)) continue;
    out.push({ start: m.index, end: m.index + c.length, detector: 'channel', replacement: '[internal channel]' });
  }
  SLACK_CHANNEL.lastIndex = from;
  for (let m = SLACK_CHANNEL.exec(text); m !== null; m = SLACK_CHANNEL.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, detector: 'channel', replacement: '[internal channel]' });
  }
  return out;
}

/** Tracker keys such as OPS-1423 (not SEV-1, CVE-…, RFC-…, UTF-8). */
export function findTickets(text: string, from: number): Span[] {
  const out: Span[] = [];
  TICKET.lastIndex = from;
  for (let m = TICKET.exec(text); m !== null; m = TICKET.exec(text)) {
    const key = m[0].slice(0, m[0].indexOf('-'));
    if (isWordChar(text[m.index - 1]) || text[m.index - 1] === '-' || isWordChar(text[m.index + m[0].length]) || text[m.index + m[0].length] === '-') continue;
    if (NOT_TICKETS.has(key) || NOT_TICKETS.has(key.replace(/\d+$/, ''))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, detector: 'ticket', replacement: '[internal ticket]' });
  }
  return out;
}
