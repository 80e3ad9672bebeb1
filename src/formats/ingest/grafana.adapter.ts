import { z } from 'zod';
import type { IngestResult } from '../../domain/timeline/event.types.ts';
import { emptyHint, makeEvent } from './event-builder.ts';
import { arr, firstStr, obj, shortHash, str, type JsonObject } from './json-shape.ts';
import type { AdapterContext } from './ingest.types.ts';
import { readPrometheusAlerts } from './prometheus-alerts.ts';
import { recognise, refuse } from './recognise.ts';

const GrafanaBody = z.looseObject({}, { error: 'the payload must be a JSON object' });

const LEGACY_KIND: Record<string, string> = { alerting: 'alert.firing', ok: 'alert.resolved' };

/** Legacy Grafana alerting (before 8): one rule, one state, and no time at all. */
function readLegacy(body: JsonObject, ctx: AdapterContext): IngestResult {
  const state = (str(body['state']) ?? 'unknown').toLowerCase();
  const rule = firstStr(body['ruleName'], body['title']) ?? 'Grafana alert';
  const ruleId = str(body['ruleId']);
  const matches = arr(body['evalMatches'])
    .map((m) => obj(m))
    .filter((m): m is JsonObject => m !== null)
    .map((m) => `${str(m['metric']) ?? 'value'}=${str(m['value']) ?? '?'}`);
  const message = str(body['message']);
  const text = `${rule} ${state}${message === null ? '' : `: ${message}`}${matches.length > 0 ? ` (${matches.join(', ')})` : ''}`;
  const identity = ruleId !== null ? `rule-${ruleId}` : `rule-${shortHash(rule)}`;
  const occurrence = ctx.deliveryId ?? shortHash(matches.join(','));
  const event = makeEvent({
    time: null,
    source: 'grafana',
    kind: LEGACY_KIND[state] ?? `alert.${state}`,
    text,
    link: firstStr(body['ruleUrl']),
    idempotencyKey: `grafana:${identity}:${state}:${occurrence}`,
  });
  const tags = obj(body['tags']) ?? {};
  return {
    events: [event],
    hints: [
      {
        ...emptyHint(),
        groupKey: `grafana:${identity}`,
        title: rule,
        severity: firstStr(tags['severity'], tags['priority']),
        service: firstStr(tags['service'], tags['app']),
        status: state === 'alerting' ? 'firing' : state === 'ok' ? 'resolved' : null,
        environment: firstStr(tags['env'], tags['environment']),
        link: firstStr(body['ruleUrl']),
      },
    ],
    warnings: [{ field: 'state', message: 'legacy Grafana notifications carry no time: the event time is unknown (stamp it on receipt)' }],
  };
}

/** Reads a Grafana alerting webhook: unified alerting (Alertmanager-shaped) or legacy (ruleName/state/evalMatches). */
export function grafanaAdapter(payload: unknown, ctx: AdapterContext = {}): IngestResult {
  const body = recognise('grafana', GrafanaBody, payload);
  if (body['alerts'] !== undefined) {
    if (!Array.isArray(body['alerts'])) refuse('grafana', 'alerts', 'must be an array');
    return readPrometheusAlerts('grafana', body, body['alerts'] as unknown[]);
  }
  const legacy = str(body['ruleName']) !== null || Array.isArray(body['evalMatches']) || (str(body['state']) !== null && body['ruleId'] !== undefined);
  if (!legacy) refuse('grafana', 'alerts', 'must be an array (unified alerting), or "ruleName" and "state" must be given (legacy alerting)');
  return readLegacy(body, ctx);
}
