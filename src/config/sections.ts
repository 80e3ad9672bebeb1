/**
 * The sections of debrief.config.yaml owned by feature modules, each with its own
 * zod schema (every field defaulted, so an empty section is the default policy).
 */
import { z } from 'zod';

export const SECTION_SCHEMAS = {
  ingest: z
    .object({
      secrets: z.record(z.string(), z.string().min(8)).default({}),
    })
    .strict(),
} as const;

export type SectionConfigs = { [K in keyof typeof SECTION_SCHEMAS]: z.output<(typeof SECTION_SCHEMAS)[K]> };
