/**
 * The shapes of the learning answers (search, similar incidents, reports): one zod schema
 * each, declared by the routes, used by the CLI and imported as types by the web app.
 */
import { z } from 'zod';

export const searchResultSchema = z.object({
  incidentId: z.string(), postmortemId: z.string().nullable(), title: z.string(), score: z.number(), snippet: z.string(), matchedIn: z.array(z.string()),
});
export const searchResponseSchema = z.object({
  results: z.array(searchResultSchema),
  query: z.object({ words: z.array(z.string()), searched: z.array(z.array(z.string())), mode: z.enum(['all', 'any']) }),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;

export const similarIncidentSchema = z.object({
  incidentId: z.string(), title: z.string(), startedAt: z.string().nullable(), score: z.number(), reasons: z.array(z.string()),
  sharedTerms: z.array(z.string()),
  /** Similar above the repeat threshold and earlier than the incident asked about. */
  repeat: z.boolean(),
  /** A repeat whose earlier incident had prevent-recurrence action items done before this one started. */
  recurredAfterFix: z.boolean(),
});
export const similarResponseSchema = z.object({ similar: z.array(similarIncidentSchema) });
export type SimilarIncident = z.infer<typeof similarIncidentSchema>;
export type SimilarResponse = z.infer<typeof similarResponseSchema>;

const rateSchema = z.number().nullable();
const durationSchema = z.object({
  mean: z.number().nullable(), count: z.number(),
  byMonth: z.array(z.object({ month: z.string(), mean: z.number().nullable(), count: z.number() })),
  trend: z.enum(['down', 'up', 'flat']).nullable(),
});
const itemGroupSchema = z.record(z.string(), z.object({
  due: z.number(), doneByDue: z.number(), completionRate: rateSchema, open: z.number(), overdue: z.number(),
}));

export const reportSchema = z.object({
  kind: z.enum(['monthly', 'quarterly', 'annual']),
  period: z.object({ label: z.string(), start: z.string(), end: z.string() }),
  definitions: z.record(z.string(), z.string()),
  incidents: z.object({
    total: z.number(),
    bySeverity: z.record(z.string(), z.number()),
    byService: z.record(z.string(), z.number()),
    byType: z.record(z.string(), z.number()),
    byMonth: z.array(z.object({ month: z.string(), count: z.number() })),
  }),
  mttdMinutes: durationSchema,
  mttrMinutes: durationSchema,
  postmortems: z.object({
    required: z.number(), published: z.number(), completionRate: rateSchema,
    /** The severities counted as required: the scale's two most severe levels. */
    severities: z.array(z.string()),
    written: z.number(), draftWithin48h: z.number(), timelinessRate: rateSchema,
  }),
  actionItems: z.object({
    due: z.number(), doneByDue: z.number(), completionRate: rateSchema, target: z.number(),
    open: z.number(), overdue: z.number(), byOwner: itemGroupSchema, byTeam: itemGroupSchema,
  }),
  contributingFactors: z.object({ technical: z.number(), process: z.number(), organizational: z.number() }),
  topTerms: z.array(z.object({ term: z.string(), count: z.number() })),
  repeats: z.object({
    count: z.number(),
    meanDaysBetween: z.number().nullable(),
    list: z.array(z.object({ incidentId: z.string(), title: z.string(), repeatOf: z.string(), score: z.number(), recurredAfterFix: z.boolean() })),
    recurredAfterFix: z.array(z.string()),
  }),
  targets: z.array(z.object({ metric: z.string(), target: z.string(), actual: z.number().nullable(), met: z.boolean().nullable() })),
  majorIncidents: z.array(z.object({ incidentId: z.string(), title: z.string(), severity: z.string(), startedAt: z.string() })),
});
export type Report = z.infer<typeof reportSchema>;

const importedRow = z.strictObject({ line: z.number().int(), externalId: z.string(), incidentId: z.string() });
/** `POST /api/v1/import/history`: incidents created, those already imported (by externalId), and bad rows by line. */
export const historyImportResultSchema = z.strictObject({
  created: z.array(importedRow),
  existing: z.array(importedRow),
  errors: z.array(z.strictObject({ line: z.number().int(), externalId: z.string().nullable(), message: z.string() })),
});
export type HistoryImportResult = z.infer<typeof historyImportResultSchema>;
