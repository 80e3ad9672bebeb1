/** The contract of an incident's evidence list and of one item with its citations, as the API answers them: one schema for the server, the CLI and the web app. */
import { z } from 'zod';
import { EvidenceItemSchema } from './evidence.schema.ts';

/** Where an item is cited: a post-mortem section, a timeline event or an action item. */
export const CitationViewSchema = z.object({ where: z.enum(['section', 'event', 'action']), id: z.string(), label: z.string() });

/** `GET /api/v1/incidents/:id/evidence`: the items, the bytes they hold, and the limits a new one must fit. */
export const EvidenceListSchema = z.object({
  items: z.array(EvidenceItemSchema), totalBytes: z.number().int(), limits: z.object({ maxFileBytes: z.number().int(), maxIncidentBytes: z.number().int() }),
});
export type EvidenceList = z.infer<typeof EvidenceListSchema>;

/** `GET …/evidence/:evidenceId`: one item and where it is cited. */
export const CitedEvidenceSchema = EvidenceItemSchema.extend({ citedBy: z.array(CitationViewSchema) });
export type CitedEvidence = z.infer<typeof CitedEvidenceSchema>;
