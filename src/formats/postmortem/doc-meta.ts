// Assembles the metadata of a parsed document from front matter, labelled lines and the timeline.
import type { PostmortemDoc, PostmortemMeta } from '../../domain/postmortem/document.types.ts';
import type { MetaValues } from './metadata-reader.ts';
import type { FoundSection } from './outline.ts';
import { firstSentenceOfStream } from './first-sentence.ts';
import { metaField } from './section-names.ts';
import { parseDateValue, type Ymd, ymdString } from './time-scan.ts';

const KNOWN = new Set(['format', 'sections', 'title', 'id', 'incident_id', 'incidentId', 'date', 'severity', 'duration', 'authors', 'author', 'status', 'template', 'timezone']);

export type MetaContext = { meta: PostmortemMeta; base: Ymd | null; timezone: string | null; explicit: Ymd | null; titleDate: Ymd | null };

function str(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

function authorsOf(v: unknown, fallback: string | undefined): string[] {
  if (Array.isArray(v)) return v.map(str).filter((x): x is string => x !== null);
  const s = str(v) ?? fallback;
  return s === undefined ? [] : s.split(/\s*(?:,|;|\band\b|&)\s*/).map((x) => x.trim()).filter((x) => x !== '');
}

/** Metadata from front matter first, then labelled values; also the date the timeline starts from. */
export function buildMeta(input: { fm: Record<string, unknown>; values: MetaValues; title: string | null; zone: string | null; flat: boolean }): MetaContext {
  const { fm, values } = input;
  const title = input.title ?? str(fm['title']) ?? (input.flat ? null : (values.title?.value ?? null));
  const idRaw = str(fm['id'] ?? fm['incident_id'] ?? fm['incidentId']) ?? (values.incidentId && /\d/.test(values.incidentId.value) ? values.incidentId.value : null);
  // Round 13: a house key for the date in front matter ("incident_date: 2026-10-12", "occurred: …") names it too.
  const fmDate = Object.keys(fm).find((k) => k !== 'date' && metaField(k) === 'date');
  const dateRaw = str(fm['date']) ?? (fmDate === undefined ? null : str(fm[fmDate])) ?? values.date?.value ?? null;
  const explicit = dateRaw === null ? null : parseDateValue(dateRaw);
  const titleDate = title === null ? null : parseDateValue(title);
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fm)) if (!KNOWN.has(k)) extra[k] = v;
  const timezone = str(fm['timezone']) ?? values.timezone?.value ?? input.zone;
  const meta: PostmortemMeta = {
    title,
    incidentId: idRaw,
    incidentDate: explicit ? ymdString(explicit) : null,
    severity: str(fm['severity']) ?? values.severity?.value ?? null,
    durationStated: str(fm['duration']) ?? values.duration?.value ?? null,
    authors: authorsOf(fm['authors'] ?? fm['author'], values.authors?.value),
    status: str(fm['status']) ?? values.status?.value ?? null,
    template: str(fm['template']),
    timezone,
    extra,
  };
  return { meta, base: explicit ?? titleDate, timezone, explicit, titleDate };
}

// Words that mark the first sign of impact, as opposed to a preparatory change.
const IMPACT = /\b(?:alert|alarm|warn|error|fail|unable|outage|down|degrad|report|detect|notic|incident|impact|unavailab|broke|crash|spike|latency|timeout|time out|paged?|start of|began|begins|vulnerab|exhaust|full|slow|5\d\d)/i;
const SEVERITY = /\b(?:P[0-4]|SEV[- ]?[0-5]|Sev[- ]?[0-5])\b/g;

/** Fills what needs the resolved timeline: the incident date and a severity named only in the text. */
export function finishMeta(doc: PostmortemDoc, dates: readonly (Ymd | null)[], found: readonly FoundSection[], ctx: MetaContext): void {
  const meta = doc.meta;
  if (meta.incidentDate === null) {
    const entries = doc.timeline.entries;
    let pick: Ymd | null = null;
    for (let i = 0; i < entries.length && pick === null; i++) if (dates[i] && IMPACT.test(entries[i]?.text ?? '')) pick = dates[i] ?? null;
    pick ??= dates.find((d) => d !== null) ?? ctx.titleDate;
    meta.incidentDate = pick ? ymdString(pick) : null;
  }
  if (meta.severity === null) {
    const texts = [meta.title ?? '', ...doc.timeline.entries.map((e) => e.text)];
    for (const f of found) if (f.section.key === 'summary') texts.push(firstSentenceOfStream(f.stream) ?? '');
    let best: string | null = null;
    for (const t of texts) {
      for (const m of t.matchAll(SEVERITY)) {
        if (best === null || Number(m[0].slice(-1)) < Number(best.slice(-1))) best = m[0];
      }
    }
    meta.severity = best;
  }
}
