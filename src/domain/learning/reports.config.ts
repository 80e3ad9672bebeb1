/** The `reports` section of debrief.config.yaml: the targets of seed 000's "Metrics and Goals" that a team may change. */
import { z } from 'zod';

export const ReportsConfigSchema = z
  .object({
    /** Action items done by their due date, as a share of those due (0..1); met when the actual is above it. Default: seed 000's "> 90%". */
    actionItemTarget: z.number().gt(0).max(1).default(0.9),
  })
  .strict();

export type ReportsConfig = z.output<typeof ReportsConfigSchema>;
