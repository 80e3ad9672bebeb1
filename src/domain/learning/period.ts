/** Report periods: a month (2026-05), a quarter (2026-Q2) or a year (2026), in UTC. */
import { AppError } from '../errors.ts';

export type ReportKind = 'monthly' | 'quarterly' | 'annual';
export const REPORT_KINDS: readonly ReportKind[] = ['monthly', 'quarterly', 'annual'];

export type Period = { kind: ReportKind; label: string; start: Date; end: Date; months: string[] };

const FORMS: Record<ReportKind, string> = { monthly: 'YYYY-MM (2026-05)', quarterly: 'YYYY-Qn (2026-Q2)', annual: 'YYYY (2026)' };

function monthsBetween(y: number, m0: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m0 + i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

/** Parses a report kind; 400 naming the accepted kinds. */
export function parseKind(kind: string): ReportKind {
  if ((REPORT_KINDS as readonly string[]).includes(kind)) return kind as ReportKind;
  throw new AppError('validation_failed', `unknown report kind "${kind.slice(0, 40)}"; use monthly, quarterly or annual`, { errors: [{ path: 'kind', message: 'expected monthly, quarterly or annual' }] });
}

/** Parses a period of a kind; 400 naming the accepted form. */
export function parsePeriod(kind: ReportKind, text: string): Period {
  const bad = () => new AppError('validation_failed', `period "${text.slice(0, 40)}" is not a ${kind} period; use ${FORMS[kind]}`, { errors: [{ path: 'period', message: `expected ${FORMS[kind]}` }] });
  if (kind === 'monthly') {
    const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
    if (!m) throw bad();
    const y = Number(m[1]); const mo = Number(m[2]) - 1;
    return { kind, label: text, start: new Date(Date.UTC(y, mo, 1)), end: new Date(Date.UTC(y, mo + 1, 1)), months: monthsBetween(y, mo, 1) };
  }
  if (kind === 'quarterly') {
    const m = /^(\d{4})-?Q([1-4])$/i.exec(text);
    if (!m) throw bad();
    const y = Number(m[1]); const q = Number(m[2]);
    return { kind, label: `${y}-Q${q}`, start: new Date(Date.UTC(y, (q - 1) * 3, 1)), end: new Date(Date.UTC(y, q * 3, 1)), months: monthsBetween(y, (q - 1) * 3, 3) };
  }
  const m = /^(\d{4})$/.exec(text);
  if (!m) throw bad();
  const y = Number(m[1]);
  return { kind, label: text, start: new Date(Date.UTC(y, 0, 1)), end: new Date(Date.UTC(y + 1, 0, 1)), months: monthsBetween(y, 0, 12) };
}

/** The period just before (same kind), for trends. */
export function previousPeriod(p: Period): Period {
  const d = new Date(p.start.getTime() - 1);
  const y = d.getUTCFullYear(); const mo = d.getUTCMonth();
  if (p.kind === 'monthly') return parsePeriod('monthly', `${y}-${String(mo + 1).padStart(2, '0')}`);
  if (p.kind === 'quarterly') return parsePeriod('quarterly', `${y}-Q${Math.floor(mo / 3) + 1}`);
  return parsePeriod('annual', String(y));
}

/** The period just after (same kind). */
export function nextPeriod(p: Period): Period {
  return periodOf(p.kind, p.end);
}

/** The period of a kind that contains an instant (UTC). */
export function periodOf(kind: ReportKind, at: Date): Period {
  const y = at.getUTCFullYear(); const mo = at.getUTCMonth();
  if (kind === 'monthly') return parsePeriod('monthly', `${y}-${String(mo + 1).padStart(2, '0')}`);
  if (kind === 'quarterly') return parsePeriod('quarterly', `${y}-Q${Math.floor(mo / 3) + 1}`);
  return parsePeriod('annual', String(y));
}
