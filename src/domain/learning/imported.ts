/**
 * What an imported Markdown post-mortem tells about its incident beyond title, date and
 * severity: the services (front matter or a "Services:" label) and a one-paragraph summary.
 */
import type { PostmortemDoc } from '../postmortem/document.types.ts';

const SERVICE_KEYS = ['services', 'service', 'systems', 'system', 'components', 'affected services', 'affected_services'];

/** Service names the document states (at most 20), first = primary. */
export function statedServices(doc: PostmortemDoc): string[] {
  const extra = Object.fromEntries(Object.entries(doc.meta.extra).map(([k, v]) => [k.toLowerCase(), v]));
  const raw = SERVICE_KEYS.map((k) => extra[k]).find((v) => v !== undefined && v !== null);
  let values: string[] = [];
  if (Array.isArray(raw)) values = raw.map(String);
  else if (typeof raw === 'string') values = raw.split(/[,;]/);
  else {
    const body = doc.sections.map((s) => s.body).join('\n');
    const m = /\*{0,2}(?:affected )?services?:?\*{0,2}:?\s*([^\n·|]+)/i.exec(body);
    if (m) values = m[1]!.split(/[,;]/);
  }
  return [...new Set(values.map((v) => v.replace(/[*_`[\]]/g, '').trim().toLowerCase()).filter((v) => /^[a-z0-9][a-z0-9._/-]{0,79}$/.test(v)))].slice(0, 20);
}

/** The first paragraph of the summary section, plain, at most 1,000 characters ('' when none). */
export function statedSummary(doc: PostmortemDoc): string {
  const s = doc.sections.find((x) => x.key === 'summary');
  if (!s) return '';
  const para = s.body.trim().split(/\n\s*\n/)[0] ?? '';
  return para.replace(/\s+/g, ' ').trim().slice(0, 1000);
}
