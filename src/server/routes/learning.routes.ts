/** HTTP routes for learning across incidents: search, similar incidents, reports, history import. */
import { z } from 'zod';
import type { ServiceContext } from '../../services/context.ts';
import { searchIncidents, searchQuerySchema } from '../../services/learning/search.service.ts';
import { similarIncidents } from '../../services/learning/similar.service.ts';
import { buildPeriodReport, bundleCsv, bundleMarkdown } from '../../services/learning/report.service.ts';
import { importHistory } from '../../services/learning/history-import.service.ts';
import { historyImportResultSchema, reportSchema, searchResponseSchema as searchResponse, similarResponseSchema as similarResponse } from '../../domain/learning/contract.ts';
import { route, type RouteDef } from '../route.ts';

/** Learning routes under /api/v1. */
export function learningRoutes(ctx: ServiceContext): RouteDef[] {
  return [
    route({
      method: 'GET', url: '/api/v1/search', tag: 'learning', auth: 'token',
      summary: 'Full-text search across incidents, post-mortems, action items and timelines (stemmed, typo-tolerant), best first',
      query: searchQuerySchema, response: searchResponse,
      handler: async ({ actor, query }) => searchIncidents(ctx, actor, query),
    }),
    route({
      method: 'GET', url: '/api/v1/incidents/:id/similar', tag: 'learning', auth: 'token',
      summary: 'Past incidents most like this one, each with its score and the reasons',
      params: z.object({ id: z.string().min(1).max(200) }),
      query: z.object({ limit: z.coerce.number().int().min(1).max(50).default(10), earlier: z.enum(['true', 'false']).optional() }),
      response: similarResponse,
      handler: async ({ actor, params, query }) => similarIncidents(ctx, actor, params.id, { limit: query.limit, onlyEarlier: query.earlier === 'true' }),
    }),
    route({
      method: 'GET', url: '/api/v1/reports/:kind', tag: 'learning', auth: 'token',
      summary: 'Monthly / quarterly / annual report (JSON, or format=md|csv|pdf): incidents, MTTD/MTTR by month, post-mortems, action items, patterns, repeats, targets',
      params: z.object({ kind: z.string().max(40) }),
      query: z.object({
        period: z.string({ error: 'period is required: YYYY-MM, YYYY-Qn or YYYY' }).max(40),
        format: z.enum(['json', 'md', 'csv', 'pdf']).default('json'),
        target: z.coerce.number().gt(0).max(1).optional(),
      }),
      response: reportSchema,
      handler: async ({ actor, params, query, reply }) => {
        const b = await buildPeriodReport(ctx, actor, { kind: params.kind, period: query.period, ...(query.target !== undefined ? { actionItemTarget: query.target } : {}) });
        const name = `debrief-${b.report.kind}-${b.report.period.label}`;
        if (query.format === 'md') { reply.type('text/markdown; charset=utf-8'); return bundleMarkdown(b); }
        if (query.format === 'csv') { reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`); return bundleCsv(b); }
        if (query.format === 'pdf') { reply.type('application/pdf').header('content-disposition', `attachment; filename="${name}.pdf"`); const { reportPdf } = await import('../../services/learning/report-pdf.ts'); return reportPdf(b.report); }
        return b.report;
      },
    }),
    route({
      method: 'POST', url: '/api/v1/import/history', tag: 'learning', auth: 'token', role: 'editor',
      summary: 'Import incidents exported from another tool (JSON Lines, or CSV with map=column:field,…); idempotent on externalId; bad rows reported by line',
      consumes: ['text/plain'], body: z.string().min(1, 'the body is empty').max(50_000_000),
      query: z.object({ format: z.enum(['jsonl', 'csv']).optional(), map: z.string().max(4000).optional() }), response: historyImportResultSchema,
      handler: async ({ actor, body, query }) => {
        const format = query.format ?? (body.trimStart().startsWith('{') ? 'jsonl' : 'csv');
        const map = Object.fromEntries((query.map ?? '').split(',').map((p) => p.split(/[:=]/)).filter((p) => p.length === 2 && p[0]!.trim() && p[1]!.trim()).map((p) => [p[0]!.trim(), p[1]!.trim()]));
        return importHistory(ctx, actor, body, format, map);
      },
    }),
  ];
}
