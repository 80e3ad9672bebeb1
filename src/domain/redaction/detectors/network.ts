/**
 * Network details: URLs, bare host names, IP addresses and e-mail addresses. Everything
 * not on the public-domain allow-list is internal. Each scan is a single-class run or a
 * bounded pattern, validated in code, so time stays linear in the text.
 */
import type { Span } from '../types.ts';
import { isWordChar } from '../text.ts';
import {
  DEFAULT_PUBLIC_DOMAINS, FILE_EXTENSIONS, HOST_WORDS, INTERNAL_SUFFIXES, NOT_HOSTS, TLDS, TOOL_HOSTS,
} from '../vocabulary.ts';

export type NetworkOptions = { publicDomains: readonly string[]; internalDomains: readonly string[] };

const URL_START = /\b(?:https?|ssh|sftp|ftp|s3|gs|wss?|postgres(?:ql)?|mysql|redis|rediss|amqps?|mongodb(?:\+srv)?|jdbc:[a-z]{2,12}):\/\/[^\s<>"'`|\])]+/gi;
const RUN = /[A-Za-z0-9][A-Za-z0-9.-]*/g;
const IPV6_RUN = /[0-9A-Fa-f:.%]+/g;

function underDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * True when host (and path) match an allow-list entry: a domain (and its subdomains), or a
 * `domain/path` prefix. A tool host (`jira.…`, `github.com`) is public only when an entry
 * names it exactly or gives a path under it.
 */
export function isPublic(host: string, path: string, entries: readonly string[]): boolean {
  const tool = isToolHost(host);
  for (const raw of entries) {
    const e = raw.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, '');
    if (e.length === 0) continue;
    const slash = e.indexOf('/');
    if (slash === -1) { if (tool ? host === e : underDomain(host, e)) return true; continue; }
    const prefix = `${host}${path}`.toLowerCase();
    if (prefix === e || prefix.startsWith(`${e}/`) || prefix.startsWith(e)) return true;
  }
  return false;
}

function isToolHost(host: string): boolean {
  if (TOOL_HOSTS.some((d) => underDomain(host, d))) return true;
  const first = host.split('.')[0] ?? '';
  return /^(?:jira|confluence|wiki|grafana|kibana|splunk|sentry|jenkins|argocd|argo|gitlab|git|github|bitbucket|vault|consul|nomad|prometheus|alertmanager|pagerduty|opsgenie|datadog|console|admin|dashboard|dashboards|metabase|redash|airflow|rancher|k8s|kube|intranet|internal|tools|ops|status-internal)$/.test(first);
}

function internalSuffix(host: string, extra: readonly string[]): boolean {
  return [...INTERNAL_SUFFIXES, ...extra.map((d) => d.toLowerCase().replace(/^\./, ''))].some((s) => underDomain(host, s) || host.endsWith(`.${s}`));
}

/** IPv4 dotted quad with every part 0–255. */
export function isIPv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

function isIPv6(s: string): boolean {
  const core = s.split('%')[0] ?? '';
  if (core.length < 3 || !/^[0-9A-Fa-f:.]+$/.test(core)) return false;
  const colons = core.split(':').length - 1;
  if (colons < 2 || colons > 7) return false;
  const groups = core.split(':');
  if (groups.some((g) => g.length > 4 && !isIPv4(g))) return false;
  if (!core.includes('::') && groups.length !== 8 && !(groups.length === 7 && isIPv4(groups[6] ?? ''))) return false;
  if (core.split('::').length > 2) return false;
  const hex = groups.filter((g) => g.length > 0);
  if (hex.length === 0) return false;
  // A clock time ("10:02:33") has no "::" and no hex letter.
  return core.includes('::') || /[a-f]/i.test(core);
}

/** URLs, each removed unless public; a Markdown link keeps its label as plain text. */
export function findUrls(text: string, from: number, opts: NetworkOptions): Span[] {
  const out: Span[] = [];
  URL_START.lastIndex = from;
  for (let m = URL_START.exec(text); m !== null; m = URL_START.exec(text)) {
    let url = m[0];
    while (url.length > 0 && /[.,;:!?*_~]/.test(url[url.length - 1]!)) url = url.slice(0, -1);
    const start = m.index;
    const end = start + url.length;
    const scheme = url.slice(0, url.indexOf(':')).toLowerCase();
    const afterScheme = url.slice(url.indexOf('://') + 3);
    const hostEnd = afterScheme.search(/[/?#]/);
    const authority = hostEnd === -1 ? afterScheme : afterScheme.slice(0, hostEnd);
    const path = hostEnd === -1 ? '' : afterScheme.slice(hostEnd);
    const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase();
    const web = scheme === 'http' || scheme === 'https';
    if (web && isPublic(host, path, opts.publicDomains)) continue;
    const tool = isToolHost(host);
    if (web && !isIPv4(host) && !internalSuffix(host, opts.internalDomains) && isPublic(host, path, DEFAULT_PUBLIC_DOMAINS)) continue;
    const span: Span = { start, end, detector: tool ? 'tool-link' : 'url', replacement: '[internal link]' };
    // [label](url) → label: the brackets go with the URL, the label stays (and is scanned itself).
    if (text.slice(start - 2, start) === '](' && text[end] === ')') {
      // The label is looked for within 300 characters: unbounded look-backs would make long lines quadratic.
      const window = text.slice(Math.max(0, start - 302), start - 2);
      const rel = window.lastIndexOf('[');
      const open = rel === -1 ? -1 : start - 2 - window.length + rel;
      if (open !== -1 && !/[\n\]]/.test(window.slice(rel + 1))) {
        out.push({ ...span, start: start - 2, end: end + 1, replacement: '', extra: [{ start: open, end: open + 1, replacement: '' }] });
        continue;
      }
    }
    if (text[start - 1] === '<' && text[end] === '>') { out.push({ ...span, start: start - 1, end: end + 1 }); continue; }
    out.push(span);
  }
  return out;
}

/** Bare host names (dotted, or machine-like `k8s-node-12`) and IPv4 addresses. */
export function findHostsAndIPv4(text: string, from: number, opts: NetworkOptions): Span[] {
  const out: Span[] = [];
  RUN.lastIndex = from;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    let run = m[0];
    while (run.length > 0 && /[.-]/.test(run[run.length - 1]!)) run = run.slice(0, -1);
    const start = m.index;
    const end = start + run.length;
    if (run.length < 3 || isWordChar(text[start - 1]) || text[start - 1] === '@' || text[start - 1] === '/' && text[start - 2] === '/') continue;
    if (isIPv4(run)) {
      const cidr = /^\/\d{1,2}\b/.exec(text.slice(end, end + 4));
      out.push({ start, end: end + (cidr ? cidr[0].length : 0), detector: 'ip', replacement: '[IP address]' });
      continue;
    }
    const host = run.toLowerCase();
    if (!hostLike(run, host, opts)) continue;
    // A path after a bare host (`github.com/acme/repo`) goes with it.
    let e = end;
    if (host.includes('.') && text[end] === '/') while (e < text.length && !/[\s)\]>"'`|]/.test(text[e]!)) e++;
    out.push({ start, end: e, detector: 'host', replacement: '[internal host]' });
    RUN.lastIndex = Math.max(RUN.lastIndex, e);
  }
  return out;
}

function hostLike(run: string, host: string, opts: NetworkOptions): boolean {
  const labels = host.split('.');
  if (labels.length === 1) return machineName(run);
  if (labels.some((l) => l.length === 0 || l.length > 63 || l.startsWith('-'))) return false;
  const last = labels[labels.length - 1]!;
  if (!/^[a-z]{2,}$/.test(last) || labels.every((l) => /^\d+$/.test(l.replace(/[a-z]/g, '')) && l.length <= 2)) return false;
  if (labels.some((l) => l.length === 1) && labels.length <= 3 && !TLDS.has(last)) return false;
  if (isPublic(host, '', opts.publicDomains) || isPublic(host, '', DEFAULT_PUBLIC_DOMAINS)) return false;
  if (internalSuffix(host, opts.internalDomains)) return true;
  if (FILE_EXTENSIONS.has(last) && !TLDS.has(last)) return false;
  if (FILE_EXTENSIONS.has(last) && labels.length === 2 && /[A-Z_]/.test(run)) return false;
  if (/[A-Z]/.test(run) && labels.length < 3) return false;
  if (TLDS.has(last)) return !(labels.length === 2 && FILE_EXTENSIONS.has(last) && !/-/.test(labels[0]!) && labels[0]!.length <= 12 && /^(?:index|main|app|config|package|setup|readme|server|client|test|util|utils|schema|types|mod|lib|init|__init__)$/.test(labels[0]!));
  return labels.length >= 3 && run === host && labels.every((l) => /^[a-z0-9-]+$/.test(l));
}

/** `k8s-node-12`, `checkout-db-1`, `ip-10-0-1-23`, `web01`, `payments-api-7d9f8c6b5-x2kqz`. */
function machineName(run: string): boolean {
  if (!/^[a-z][a-z0-9-]*$/.test(run)) return false;
  const parts = run.split('-');
  if (parts.length === 1) return /^(?:web|db|app|node|host|srv|server|worker|vm|cache|redis|pg|mysql|kafka|lb|proxy|api|gw|bastion|build|runner|broker|zk|etcd|es|mongo|rabbit|mq|ns|mx|dc)\d{2,}[a-z]?$/.test(run);
  if (parts.some((p) => p.length === 0) || NOT_HOSTS.has(parts[0]!)) return false;
  if (/^[a-z]{2}-[a-z]+-\d$/.test(run)) return false; // a cloud region (us-east-1)
  const endsInNumber = /\d$/.test(parts[parts.length - 1]!);
  const hostWord = parts.some((p) => HOST_WORDS.has(p) || HOST_WORDS.has(p.replace(/\d+$/, '')));
  const podHash = parts.length >= 3 && /^[a-z0-9]{5}$/.test(parts[parts.length - 1]!) && /\d/.test(parts[parts.length - 1]!)
    && /^[a-z0-9]{6,10}$/.test(parts[parts.length - 2]!) && /\d/.test(parts[parts.length - 2]!);
  const hostWords = parts.filter((p) => HOST_WORDS.has(p)).length;
  return (endsInNumber && (hostWord || parts.length >= 3) && !/^\d+$/.test(parts[0]!)) || podHash || (parts.length >= 3 && hostWords >= 2);
}

/** IPv6 addresses (with "::" or a hex letter, so clock times are left alone). */
export function findIPv6(text: string, from: number): Span[] {
  const out: Span[] = [];
  IPV6_RUN.lastIndex = from;
  for (let m = IPV6_RUN.exec(text); m !== null; m = IPV6_RUN.exec(text)) {
    let run = m[0];
    let start = m.index;
    if (!run.includes(':')) continue;
    while (run.length > 0 && /[.:%]/.test(run[run.length - 1]!) && !run.endsWith('::')) run = run.slice(0, -1);
    while (run.length > 0 && run[0] === '.') { run = run.slice(1); start++; }
    const end = start + run.length;
    if (isWordChar(text[start - 1]) || isWordChar(text[end]) || !isIPv6(run)) continue;
    const cidr = /^\/\d{1,3}\b/.exec(text.slice(end, end + 5));
    out.push({ start, end: end + (cidr ? cidr[0].length : 0), detector: 'ip', replacement: '[IP address]' });
  }
  return out;
}

/** E-mail addresses, found from each "@" outwards (each character is looked at a bounded number of times). */
export function findEmails(text: string, from: number): Span[] {
  const out: Span[] = [];
  let lastEnd = from;
  for (let at = text.indexOf('@', from); at !== -1; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > lastEnd && /[A-Za-z0-9._%+-]/.test(text[s - 1]!)) s--;
    let e = at + 1;
    while (e < text.length && /[A-Za-z0-9.-]/.test(text[e]!)) e++;
    while (e > at + 1 && /[.-]/.test(text[e - 1]!)) e--;
    const local = text.slice(s, at);
    const domain = text.slice(at + 1, e);
    if (local.length === 0 || !/^[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\.[A-Za-z0-9-]+)+$/.test(domain.length > 255 ? '' : domain)) continue;
    const mailto = text.slice(Math.max(0, s - 7), s).toLowerCase() === 'mailto:' ? 7 : 0;
    out.push({ start: s - mailto, end: e, detector: 'email', replacement: '[email removed]' });
    lastEnd = e;
  }
  return out;
}

const PATH_RUN = /[A-Za-z0-9_./-]+/g;

/** Repository names (`acme/billing-service`) in code spans or after "repo"/"repository". */
export function findRepositories(text: string, from: number): Span[] {
  const out: Span[] = [];
  PATH_RUN.lastIndex = from;
  for (let m = PATH_RUN.exec(text); m !== null; m = PATH_RUN.exec(text)) {
    const run = m[0].replace(/[./-]+$/, '');
    const parts = run.split('/');
    if (parts.length !== 2 || parts.some((p) => p.length < 2) || /^\./.test(parts[1]!)) continue;
    if (/\.[A-Za-z0-9]{1,5}$/.test(parts[1]!) && FILE_EXTENSIONS.has(parts[1]!.split('.').pop()!.toLowerCase())) continue;
    const before = text.slice(Math.max(0, m.index - 14), m.index);
    const quoted = text[m.index - 1] === '`' && text[m.index + run.length] === '`';
    if (!quoted && !/\b(?:repo|repos|repository|repositories)\b[^\n]{0,2}$/i.test(before)) continue;
    out.push({ start: m.index, end: m.index + run.length, detector: 'repository', replacement: '[internal repository]' });
  }
  return out;
}

const ARN = /\barn:aws[a-z-]{0,12}:[a-z0-9-]{1,40}:[a-z0-9-]{0,30}:\d{0,12}:[^\s`'"<>)\]|]{1,300}/g;
const ACCOUNT = /\b\d{12}\b/g;

/** Cloud resource names (AWS ARNs) and 12-digit account ids next to the word "account". */
export function findCloudIds(text: string, from: number): Span[] {
  const out: Span[] = [];
  ARN.lastIndex = from;
  for (let m = ARN.exec(text); m !== null; m = ARN.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].replace(/[.,;:]+$/, '').length, detector: 'cloud-id', replacement: '[cloud resource]' });
  }
  ACCOUNT.lastIndex = from;
  for (let m = ACCOUNT.exec(text); m !== null; m = ACCOUNT.exec(text)) {
    if (/account(?:\s+id)?[\s:#]{0,3}$/i.test(text.slice(Math.max(0, m.index - 14), m.index))) {
      out.push({ start: m.index, end: m.index + 12, detector: 'cloud-id', replacement: '[cloud account]' });
    }
  }
  return out;
}
