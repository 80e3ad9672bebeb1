import { z } from 'zod';
import type { IngestResult, Warning } from '../../domain/timeline/event.types.ts';
import { emptyHint, makeEvent } from './event-builder.ts';
import { arr, at, firstStr, str, type JsonObject } from './json-shape.ts';
import type { AdapterContext } from './ingest.types.ts';
import { recognise } from './recognise.ts';
import { readEpoch, readIso, type ReadTime } from './time.ts';

const OpsgenieBody = z.looseObject(
  {
    action: z.string({ error: '"action" must be a string (Create, Acknowledge, Close…)' }),
    alert: z.looseObject({}, { error: '"alert" must be an object' }),
  },
  { error: 'the payload must be a JSON object with "action" and "alert"' },
);

const KINDS: Record<string, string> = {
  create: 'alert.created',
  acknowledge: 'alert.acknowledged',
  unacknowledge: 'alert.unacknowledged',
  close: 'alert.closed',
  delete: 'alert.deleted',
  addnote: 'note',
  escalate: 'alert.escalated',
  escalatetonext: 'alert.escalated',
  assignownership: 'alert.assigned',
  takeownership: 'alert.assigned',
  snooze: 'alert.snoozed',
};

const VERBS: Record<string, string> = {
  acknowledge: 'acknowledged',
  unacknowledge: 'unacknowledged',
  close: 'closed',
  delete: 'deleted',
  escalate: 'escalated',
  escalatetonext: 'escalated to the next level',
  takeownership: 'taken over',
  snooze: 'snoozed',
};

function readTime(v: unknown): ReadTime | null {
  return readEpoch(v) ?? readIso(v);
}

function priorityOf(v: unknown): string | null {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5) return `P${v}`;
  const s = str(v);
  if (s === null) return null;
  return /^[1-5]$/.test(s) ? `P${s}` : s.toUpperCase();
}

function describe(action: string, alert: JsonObject): string {
  const message = firstStr(alert['message'], alert['alias']) ?? 'alert';
  const tiny = str(alert['tinyId']);
  const label = `${tiny === null ? '' : `#${tiny} `}${message}`;
  switch (action.toLowerCase()) {
    case 'create':
      return `${label} created${firstStr(alert['entity']) === null ? '' : ` on ${String(alert['entity'])}`}`;
    case 'addnote':
      return firstStr(alert['note']) ?? `Note on ${label}`;
    case 'assignownership':
      return `${label} assigned to ${firstStr(alert['owner']) ?? 'someone'}`;
    case 'addtags':
    case 'removetags':
      return `${label}: ${action.toLowerCase() === 'addtags' ? 'tags added' : 'tags removed'} ${firstStr(alert['addedTags'], alert['removedTags'], arr(alert['tags']).join(', ')) ?? ''}`;
    case 'addrecipient':
      return `${label}: recipient ${firstStr(alert['recipient']) ?? ''} added`;
    case 'addteam':
      return `${label}: team ${firstStr(alert['team']) ?? ''} added`;
    default:
      return `${label} ${VERBS[action.toLowerCase()] ?? action.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`;
  }
}

/**
 * Reads an Opsgenie webhook ({action, alert, source, integrationName}). createdAt is
 * epoch ms, updatedAt epoch ns: the unit is told by magnitude. A Create is stamped with
 * createdAt, every other action with updatedAt (the time of the change).
 */
export function opsgenieAdapter(payload: unknown, _ctx: AdapterContext = {}): IngestResult {
  const body = recognise('opsgenie', OpsgenieBody, payload);
  const { action, alert } = body;
  const warnings: Warning[] = [];
  const isCreate = action.toLowerCase() === 'create';
  const created = readTime(alert['createdAt']);
  const updated = readTime(alert['updatedAt']);
  let time = isCreate ? (created ?? updated) : updated;
  if (time === null && !isCreate && created !== null) {
    warnings.push({ field: 'alert.updatedAt', message: `missing; the ${action} is stamped with the alert's createdAt (approximate)` });
    time = { ...created, precision: 'approximate' };
  } else if (time === null) {
    warnings.push({ field: isCreate ? 'alert.createdAt' : 'alert.updatedAt', message: 'missing or unreadable; the event time is unknown' });
  }
  const alertId = firstStr(alert['alertId'], alert['id'], alert['alias']);
  if (alertId === null) warnings.push({ field: 'alert.alertId', message: 'missing; the key uses the message' });
  const kind = KINDS[action.toLowerCase()] ?? action;
  const priority = priorityOf(alert['priority']);
  const event = makeEvent({
    time,
    source: 'opsgenie',
    kind,
    text: describe(action, alert),
    actor: firstStr(alert['username'], at(body, 'source', 'name'), alert['source']),
    link: null,
    idempotencyKey: `opsgenie:${alertId ?? firstStr(alert['message']) ?? 'alert'}:${action}:${time?.at ?? 'no-time'}`,
    ...(kind === 'alert.escalated' ? { decisionPoint: true } : {}),
  });
  const lower = action.toLowerCase();
  const when = time?.at ?? null;
  return {
    events: [event],
    hints: [
      {
        ...emptyHint(),
        groupKey: firstStr(alert['alias'], alertId),
        title: firstStr(alert['message']),
        severity: priority,
        service: firstStr(alert['entity'], at(alert, 'details', 'service')),
        status: lower === 'close' ? 'resolved' : lower === 'acknowledge' ? 'acknowledged' : lower === 'create' || lower === 'unacknowledge' ? 'firing' : null,
        detectedAt: created?.at ?? null,
        acknowledgedAt: lower === 'acknowledge' ? when : null,
        resolvedAt: lower === 'close' ? when : null,
        environment: firstStr(at(alert, 'details', 'environment'), at(alert, 'details', 'env')),
      },
    ],
    warnings,
  };
}
