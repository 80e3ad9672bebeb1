/**
 * History import: incidents exported from another tool, one per JSON line or CSV row.
 * Each good row loads in its own transaction (declared like any incident, so policy
 * verdicts apply); bad rows are reported by line with the reason; re-importing the same
 * externalId changes nothing.
 */
import type { HistoryImportResult } from '../../domain/learning/contract.ts';
import { z } from 'zod';
import { sql } from 'drizzle-orm';
import type { Principal } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/errors.ts';
import { DeclareIncidentSchema } from '../../domain/incident/incident.schema.ts';
import { ACTION_CATEGORIES } from '../../domain/lifecycle/action-item.ts';
import { horizonForPriority } from '../../domain/policy/index.ts';
import { insertActionItems } from '../../store/repositories/action-item.repository.ts';
import { insertPostmortem, insertPublication } from '../../store/repositories/postmortem.repository.ts';
import type { PostmortemDoc } from '../../domain/postmortem/document.types.ts';
import { writePostmortem } from '../../formats/postmortem/write-postmortem.ts';
import { incidents } from '../../store/schema.ts';
import { requireRole } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { declareIncident } from '../incident.service.ts';
import { inTransaction } from '../transaction.ts';

const iso = z.string().max(64).refine((s) => !Number.isNaN(Date.parse(s)), { message: 'expected an ISO 8601 time' });
const optIso = iso.nullable().optional();

const HistoryRowSchema = z.object({
  externalId: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(300),
  severity: z.string().trim().min(1).max(40),
  type: z.string().max(60).optional(),
  summary: z.string().max(20_000).optional(),
  services: z.array(z.string().trim().min(1).max(100)).max(100).optional(),
  startedAt: optIso, detectedAt: optIso, acknowledgedAt: optIso, mitigatedAt: optIso, resolvedAt: optIso, closedAt: optIso,
  customerVisible: z.boolean().nullable().optional(), dataLoss: z.boolean().nullable().optional(), security: z.boolean().nullable().optional(),
  postmortem: z.object({
    status: z.string().max(40).optional(), draftedAt: optIso, publishedAt: optIso,
    rootCause: z.string().max(20_000).optional(), impact: z.string().max(20_000).optional(),
  }).nullable().optional(),
  actionItems: z.array(z.object({
    title: z.string().trim().min(1).max(500), category: z.enum(ACTION_CATEGORIES).optional(), priority: z.enum(['P0', 'P1', 'P2', 'P3']).optional(),
    owner: z.string().max(200).nullable().optional(), team: z.string().max(200).nullable().optional(),
    dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').nullable().optional(),
    status: z.enum(['open', 'in_progress', 'done', 'wont_do']).optional(), doneAt: optIso,
  })).max(200).optional(),
}).passthrough();
export type HistoryRow = z.infer<typeof HistoryRowSchema>;

// The answer's shape is the learning contract's (the route declares it as its response schema).
export type { HistoryImportResult };

const PM_STATUSES = new Set(['draft', 'in_review', 'approved', 'published']);

/** CSV to records (RFC 4180 quotes), header row first; `map` renames columns (column → field). */
export function parseCsv(text: string, map: Record<string, string>): { line: number; record: Record<string, unknown> }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cell = ''; let cells: string[] = []; let q = false; let line = 1; let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') q = false; else { if (c === '\n') line++; cell += c; }
    } else if (c === '"') q = true;
    else if (c === ',') { cells.push(cell); cell = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell); if (cells.some((x) => x !== '')) rows.push({ line: start, cells }); cells = []; cell = ''; line++; start = line;
    } else cell += c;
  }
  cells.push(cell); if (cells.some((x) => x !== '')) rows.push({ line: start, cells });
  const [head, ...body] = rows;
  if (!head) return [];
  const fields = head.cells.map((h) => map[h.trim()] ?? h.trim());
  return body.map((r) => {
    const record: Record<string, unknown> = {};
    fields.forEach((f, i) => {
      const v = r.cells[i]?.trim() ?? '';
      if (v === '') return;
      if (f === 'services') record[f] = v.split(/[;|]/).map((s) => s.trim()).filter(Boolean);
      else if (['customerVisible', 'dataLoss', 'security'].includes(f)) record[f] = /^(true|yes|1)$/i.test(v);
      else if (f.startsWith('postmortem.')) record['postmortem'] = { ...(record['postmortem'] as object | undefined), [f.slice(11)]: v };
      else record[f] = v;
    });
    return { line: r.line, record };
  });
}

function problemText(e: z.ZodError): string {
  return e.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ');
}

async function importRow(ctx: ServiceContext, actor: Principal, row: HistoryRow): Promise<{ id: string; created: boolean }> {
  return inTransaction(ctx, async (tx) => {
    const [found] = await tx.db.select({ id: incidents.id }).from(incidents).where(sql`${incidents.externalId} = ${row.externalId}`).limit(1);
    if (found) return { id: found.id, created: false };
    const declared = DeclareIncidentSchema.safeParse({
      title: row.title, severity: row.severity, summary: row.summary ?? '',
      ...(row.type !== undefined ? { type: row.type } : {}),
      ...(row.services?.length ? { services: row.services, primaryService: row.services[0] } : {}),
      ...Object.fromEntries((['startedAt', 'detectedAt', 'acknowledgedAt', 'mitigatedAt', 'resolvedAt', 'closedAt'] as const)
        .filter((k) => row[k]).map((k) => [k, new Date(row[k]!).toISOString()])),
      ...Object.fromEntries((['customerVisible', 'dataLoss', 'security'] as const).filter((k) => row[k] !== undefined).map((k) => [k, row[k]])),
      declaredAt: new Date(row.detectedAt ?? row.startedAt ?? row.resolvedAt ?? ctx.now().toISOString()).toISOString(),
    });
    if (!declared.success) throw new AppError('validation_failed', problemText(declared.error));
    const view = await declareIncident(tx, actor, declared.data);
    await tx.db.update(incidents).set({ externalId: row.externalId }).where(sql`${incidents.id} = ${view.id}`);
    const pm = row.postmortem;
    if (pm || row.actionItems?.length) {
      const createdAt = new Date(pm?.draftedAt ?? pm?.publishedAt ?? row.resolvedAt ?? view.declaredAt);
      const status = pm?.status && PM_STATUSES.has(pm.status) ? pm.status : pm?.publishedAt ? 'published' : 'draft';
      const sections = [
        ...(row.summary ? [{ key: 'summary' as const, heading: 'Summary', line: 0, level: 2, body: row.summary }] : []),
        ...(pm?.impact ? [{ key: 'impact' as const, heading: 'Impact', line: 0, level: 2, body: pm.impact }] : []),
        ...(pm?.rootCause ? [{ key: 'rootCause' as const, heading: 'Root Cause', line: 0, level: 2, body: pm.rootCause }] : []),
      ];
      const stored: PostmortemDoc = {
        meta: { title: row.title, incidentId: view.id, incidentDate: null, severity: row.severity, durationStated: null, authors: [], status, template: 'imported', timezone: null, extra: { externalId: row.externalId } },
        sections, timeline: { entries: [], outOfOrder: false }, rootCause: pm?.rootCause ?? null, actionItems: [],
      };
      await insertPostmortem(tx.db, {
        id: view.id, incidentId: view.id, title: row.title, template: 'imported', status, owner: null, facilitator: null,
        doc: stored,
        due: {}, reviewers: [], createdBy: actor.name, createdAt, updatedAt: new Date(pm?.publishedAt ?? createdAt),
      });
      if (status === 'published') {
        // The other tool's record that it was published: publication 1, at the time it states (else the incident's end).
        await insertPublication(tx.db, {
          postmortemId: view.id, audience: 'internal', markdown: writePostmortem(stored), postmortemVersion: 1, approvedVersion: null,
          publishedBy: `${actor.name} (imported: ${row.externalId})`, publishedAt: new Date(pm?.publishedAt ?? row.resolvedAt ?? createdAt),
        });
      }
      const items = row.actionItems ?? [];
      await insertActionItems(tx.db, items.map((a, i) => {
        const priority = a.priority ?? 'P2';
        const status = a.status ?? (a.doneAt ? 'done' : 'open');
        return {
          postmortemId: view.id, key: `A${i + 1}`, title: a.title, category: a.category ?? 'prevent',
          horizon: horizonForPriority(ctx.config.policy, priority) ?? 'short-term', priority, owner: a.owner ?? null, team: a.team ?? null,
          dueDate: a.dueDate ?? null, status, completedAt: status === 'done' && a.doneAt ? new Date(a.doneAt) : null,
        };
      }));
    }
    return { id: view.id, created: true };
  });
}

/** Imports a JSON Lines or CSV export. */
export async function importHistory(ctx: ServiceContext, actor: Principal, text: string, format: 'jsonl' | 'csv', map: Record<string, string> = {}): Promise<HistoryImportResult> {
  requireRole(actor, 'editor', 'importing incident history');
  const result: HistoryImportResult = { created: [], existing: [], errors: [] };
  let records: { line: number; record: unknown; error?: string }[];
  if (format === 'csv') records = parseCsv(text, map);
  else {
    records = text.split('\n').map((l, i) => ({ l: l.trim(), line: i + 1 })).filter((x) => x.l !== '').map(({ l, line }) => {
      try { return { line, record: JSON.parse(l) as unknown }; } catch { return { line, record: null, error: 'not valid JSON' }; }
    });
  }
  for (const r of records) {
    const ext = typeof r.record === 'object' && r.record !== null && typeof (r.record as Record<string, unknown>)['externalId'] === 'string' ? String((r.record as Record<string, unknown>)['externalId']) : null;
    if (r.error) { result.errors.push({ line: r.line, externalId: ext, message: r.error }); continue; }
    const parsed = HistoryRowSchema.safeParse(r.record);
    if (!parsed.success) { result.errors.push({ line: r.line, externalId: ext, message: problemText(parsed.error) }); continue; }
    try {
      const { id, created } = await importRow(ctx, actor, parsed.data);
      (created ? result.created : result.existing).push({ line: r.line, externalId: parsed.data.externalId, incidentId: id });
    } catch (e) {
      if (e instanceof AppError && e.status < 500) result.errors.push({ line: r.line, externalId: ext, message: e.message });
      else throw e;
    }
  }
  return result;
}
