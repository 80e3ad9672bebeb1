/**
 * The external-publication redaction pass (seed 001 "Review before publishing"):
 * names of individuals and internal-only details are found first and shown, then
 * removed. Pure: the caller passes the names it knows (owners, responders, users).
 */
export type Redaction = { line: number; text: string; replacement: string; reason: 'person' | 'email' | 'internal-host' | 'internal-ip' | 'internal-link' | 'mention' };

export type RedactionOptions = {
  /** Names of people (user names, display names, owners, responders). */
  people: readonly string[];
  /** Extra internal domain suffixes (`corp.example.com`). */
  internalDomains?: readonly string[];
};

const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const MENTION = /(^|[\s(])@([a-zA-Z][\w.-]{1,38})\b/g;
const PRIVATE_IP = /\b(?:10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2})\b/g;
const INTERNAL_HOST_SUFFIX = ['internal', 'local', 'lan', 'corp', 'intranet', 'svc.cluster.local', 'cluster.local'];
const INTERNAL_LINK = /https?:\/\/(?:[\w-]+\.)*(?:slack\.com\/archives|atlassian\.net|grafana\.[\w.-]+|kibana\.[\w.-]+|splunk\.[\w.-]+|pagerduty\.com\/incidents)[^\s)|]*/gi;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function hostPattern(extra: readonly string[]): RegExp {
  const suffixes = [...INTERNAL_HOST_SUFFIX, ...extra].map(escapeRe).join('|');
  return new RegExp(`\\b(?:[a-z0-9-]+\\.)+(?:${suffixes})\\b`, 'gi');
}

/** Finds what external publication must remove, line by line, without changing anything. */
export function findRedactions(markdown: string, opts: RedactionOptions): Redaction[] {
  const found: Redaction[] = [];
  const names = [...new Set(opts.people.map((p) => p.trim()).filter((p) => p.length >= 3 && !/^(token:|ingest:|local-cli|debrief)/.test(p)))]
    .sort((a, b) => b.length - a.length);
  const nameRe = names.length ? new RegExp(`(?<![\\w@])(?:${names.map(escapeRe).join('|')})(?![\\w])`, 'g') : null;
  const hosts = hostPattern(opts.internalDomains ?? []);
  markdown.split('\n').forEach((text, i) => {
    const line = i + 1;
    const push = (m: string, replacement: string, reason: Redaction['reason']) => found.push({ line, text: m, replacement, reason });
    for (const m of text.matchAll(INTERNAL_LINK)) push(m[0], '[internal link removed]', 'internal-link');
    for (const m of text.matchAll(EMAIL)) push(m[0], '[email removed]', 'email');
    for (const m of text.matchAll(MENTION)) push(`@${m[2]}`, 'a team member', 'mention');
    for (const m of text.replace(EMAIL, '').matchAll(hosts)) push(m[0], '[internal host]', 'internal-host');
    for (const m of text.matchAll(PRIVATE_IP)) push(m[0], '[internal address]', 'internal-ip');
    if (nameRe) for (const m of text.replace(MENTION, '$1').matchAll(nameRe)) push(m[0], 'a team member', 'person');
  });
  return found;
}

/** Applies redactions found by `findRedactions` to the text. */
export function applyRedactions(markdown: string, redactions: readonly Redaction[]): string {
  const byLine = new Map<number, Redaction[]>();
  for (const r of redactions) byLine.set(r.line, [...(byLine.get(r.line) ?? []), r]);
  return markdown.split('\n').map((text, i) => {
    let out = text;
    for (const r of [...(byLine.get(i + 1) ?? [])].sort((a, b) => b.text.length - a.text.length)) {
      out = out.split(r.text).join(r.replacement);
    }
    return out;
  }).join('\n');
}
