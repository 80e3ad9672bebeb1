import { z } from 'zod';
import type { IngestResult } from '../../domain/timeline/event.types.ts';
import type { AdapterContext } from './ingest.types.ts';
import { readPrometheusAlerts } from './prometheus-alerts.ts';
import { recognise } from './recognise.ts';

const AlertmanagerBody = z.looseObject(
  {
    alerts: z.array(z.unknown(), { error: '"alerts" must be an array' }),
    version: z.string({ error: '"version" must be a string ("4")' }).optional(),
    status: z.string({ error: '"status" must be a string (firing or resolved)' }).optional(),
  },
  { error: 'the payload must be a JSON object with an "alerts" array' },
);

/** Reads a Prometheus Alertmanager webhook (v4): one event per alert and status, one hint per group. */
export function alertmanagerAdapter(payload: unknown, _ctx: AdapterContext = {}): IngestResult {
  const body = recognise('alertmanager', AlertmanagerBody, payload);
  const result = readPrometheusAlerts('alertmanager', body, body.alerts);
  if (body.version !== undefined && body.version !== '4') {
    result.warnings.push({ field: 'version', message: `version "${body.version}" read as v4` });
  }
  return result;
}
