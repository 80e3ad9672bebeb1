/** The `evidence` section of debrief.config.yaml: where bytes are kept and how much. */
import { z } from 'zod';

export const DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024;
export const DEFAULT_MAX_INCIDENT_BYTES = 2 * 1024 * 1024 * 1024;

export const EvidenceConfigSchema = z
  .object({
    /**
     * Where the bytes go: `file:///absolute/path` (default: `evidence/` in the data directory)
     * or `s3://bucket/prefix?endpoint=https://host&region=…` (credentials from the usual AWS
     * environment variables, or `accessKeyId`/`secretAccessKey` in the query).
     */
    store: z.string().regex(/^(?:file|s3):\/\//, 'write file:///path or s3://bucket?endpoint=…').nullable().default(null),
    /** Largest single item (413 above it). */
    maxFileBytes: z.number().int().positive().default(DEFAULT_MAX_FILE_BYTES),
    /** Largest total of one incident's items, deleted ones excepted (413 above it). */
    maxIncidentBytes: z.number().int().positive().default(DEFAULT_MAX_INCIDENT_BYTES),
    /** Longest pasted text or captured command output kept (bytes). */
    maxTextBytes: z.number().int().positive().default(16 * 1024 * 1024),
  })
  .strict();
export type EvidenceConfig = z.output<typeof EvidenceConfigSchema>;

/** Which limit an upload runs into first: the smaller of the per-file and the per-incident room left. */
export function uploadLimit(cfg: EvidenceConfig, kind: 'file' | 'text' | 'link', usedByIncident: number): { bytes: number; name: string; limit: number } {
  const perItem = kind === 'file' ? { limit: cfg.maxFileBytes, name: 'evidence.maxFileBytes' } : { limit: Math.min(cfg.maxTextBytes, cfg.maxFileBytes), name: kind === 'text' ? 'evidence.maxTextBytes' : 'evidence.maxFileBytes' };
  const room = Math.max(0, cfg.maxIncidentBytes - usedByIncident);
  return room < perItem.limit ? { bytes: room, name: 'evidence.maxIncidentBytes', limit: cfg.maxIncidentBytes } : { bytes: perItem.limit, name: perItem.name, limit: perItem.limit };
}
