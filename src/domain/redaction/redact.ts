/**
 * The external-publication redaction pass (seed 001 "Review before publishing": remove
 * internal-only information, remove names of individuals). Detectors propose removals;
 * names found by a pattern are then removed wherever else they appear; the publisher
 * keeps or adds items; every removal is listed with its reason and section. Pure.
 */
import { findChannels, findHandles, findPhones, findTickets } from './detectors/contact.ts';
import { findCustom } from './detectors/custom.ts';
import { findCustomerPatterns, findNamed } from './detectors/customers.ts';
import { findDocumentParts, frontMatterEnd } from './detectors/document.ts';
import { findCloudIds, findEmails, findHostsAndIPv4, findIPv6, findRepositories, findUrls } from './detectors/network.ts';
import { findKnownPeople, findNamePatterns, findPersonColumns, findPersonFields, nameIndex, plausibleName } from './detectors/people.ts';
import { headings, lastAtOrBefore, lineStarts } from './text.ts';
import { DETECTORS, type DetectorId, type Redaction, type RedactionOptions, type RedactionResult, type Span } from './types.ts';

const PEOPLE: ReadonlySet<DetectorId> = new Set(['person', 'handle', 'name-pattern', 'actor']);
const EMPTY: ReadonlySet<string> = new Set();

function detect(text: string, opts: RedactionOptions): Span[] {
  const from = frontMatterEnd(text);
  const dictionary = opts.dictionary ?? EMPTY;
  const net = { publicDomains: opts.publicDomains ?? [], internalDomains: opts.internalDomains ?? [] };
  const first: Span[] = [
    ...findDocumentParts(text, from),
    ...findUrls(text, from, net),
    ...findEmails(text, from),
    ...findHostsAndIPv4(text, from, net),
    ...findIPv6(text, from),
    ...findRepositories(text, from),
    ...findCloudIds(text, from),
    ...findPhones(text, from),
    ...findHandles(text, from),
    ...findChannels(text, from),
    ...findTickets(text, from),
    ...findKnownPeople(text, from, nameIndex(opts.people, dictionary)),
    ...findNamePatterns(text, from, dictionary),
    ...findPersonFields(text, from, dictionary),
    ...findPersonColumns(text, from, dictionary),
    ...findNamed(text, from, opts.customers ?? [], 'customer', 'a customer'),
    ...findCustomerPatterns(text, from),
    ...findCustom(text, from, opts.patterns ?? []),
  ];
  // A name found once (by a pattern, a field or a handle) is removed everywhere it appears.
  const learnedPeople = first.filter((s) => s.detector !== 'person' && PEOPLE.has(s.detector)).map((s) => text.slice(s.start, s.end).replace(/^@/, ''))
    .filter((n) => plausibleName(n, dictionary));
  const learnedCustomers = first.filter((s) => s.detector === 'customer').map((s) => text.slice(s.start, s.end));
  const known = new Set(opts.people);
  const again = [
    ...findKnownPeople(text, from, nameIndex(learnedPeople.filter((n) => !known.has(n)), dictionary, true), 'name-pattern'),
    ...findNamed(text, from, learnedCustomers, 'customer', 'a customer'),
    // "Umbrella Health" once, then "Umbrella's on-call": the first word of a company name, capitalised.
    ...findNamed(text, from, [...learnedCustomers, ...(opts.customers ?? [])].map((c) => c.trim().split(/\s+/)[0] ?? '').filter((w) => w.length >= 4 && /^\p{Lu}/u.test(w)), 'customer', 'a customer', true),
  ];
  return [...first, ...again];
}

function publisherSpans(text: string, from: number, add: readonly string[]): Span[] {
  return findNamed(text, from, add.filter((a) => a.trim().length >= 2), 'publisher', '[removed]');
}

/** Overlapping spans become one (the widest wins); neighbouring names ("Bob" "Jones") become one person; a title goes with its name. */
function merge(text: string, spans: Span[]): Span[] {
  for (const s of spans) {
    if (!PEOPLE.has(s.detector)) continue;
    const title = /(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.? $/.exec(text.slice(Math.max(0, s.start - 6), s.start));
    if (title) s.start -= title[0].length;
  }
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
      continue;
    }
    if (last && PEOPLE.has(last.detector) && PEOPLE.has(s.detector) && /^[ \t]{1,2}$/.test(text.slice(last.end, s.start))) {
      last.end = s.end;
      continue;
    }
    out.push({ ...s, ...(s.extra ? { extra: [...s.extra] } : {}) });
  }
  return out;
}

function atSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \t*_>|-]/.test(text[i]!)) i--;
  return i < 0 || /[\n.!?]/.test(text[i]!);
}

/** The text a removal stands for: the URL of a Markdown link, else the span. */
function shownText(text: string, s: Span): string {
  return s.extra && text.slice(s.start, s.start + 2) === '](' ? text.slice(s.start + 2, s.end - 1) : text.slice(s.start, s.end);
}

/** Finds and applies every removal; `keep` and `add` carry the publisher's decisions. */
export function redact(markdown: string, opts: RedactionOptions): RedactionResult {
  const text = markdown;
  const from = frontMatterEnd(text);
  const keep = new Set((opts.keep ?? []).map((k) => k.trim()).filter(Boolean));
  const keptCount = new Map<string, number>();
  const spans = merge(text, [...detect(text, opts), ...publisherSpans(text, from, opts.add ?? [])]).filter((s) => {
    const shown = shownText(text, s);
    if (s.detector === 'front-matter' || !keep.has(shown)) return true;
    keptCount.set(shown, (keptCount.get(shown) ?? 0) + 1);
    return false;
  });
  const starts = lineStarts(text);
  const heads = headings(text, starts, from);
  const headStarts = heads.map((h) => h.at);
  const pieces: { start: number; end: number; replacement: string }[] = [];
  const redactions: Redaction[] = spans.map((s, id) => {
    let replacement = s.replacement;
    if (replacement === 'a team member' && atSentenceStart(text, s.start)) replacement = 'A team member';
    pieces.push({ start: s.start, end: s.end, replacement }, ...(s.extra ?? []));
    const h = lastAtOrBefore(headStarts, s.start);
    return {
      id: id + 1, detector: s.detector, reason: s.rule ? `${DETECTORS[s.detector]}: ${s.rule}` : DETECTORS[s.detector],
      section: h === -1 ? null : heads[h]!.title, line: lastAtOrBefore(starts, s.start) + 1,
      text: shownText(text, s), replacement,
    };
  });
  pieces.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const p of pieces) {
    if (p.start < at) continue;
    out += text.slice(at, p.start) + p.replacement;
    at = p.end;
  }
  out += text.slice(at);
  return {
    markdown: `${out.replace(/^\s+/, '').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`,
    redactions,
    kept: [...keptCount].map(([t, count]) => ({ text: t, count })),
  };
}
