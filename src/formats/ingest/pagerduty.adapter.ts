import { z } from 'zod';
import type { IncidentHint, IngestedEvent, IngestResult, Warning } from '../../domain/timeline/event.types.ts';
import { makeEvent } from './event-builder.ts';
import { arr, at, firstStr, obj, shortHash, str, type JsonObject } from './json-shape.ts';
import type { AdapterContext } from './ingest.types.ts';
import { PD_LEGACY_TYPES, pdHint, pdIncidentOf, pdLabel, readPdIncident } from './pagerduty-incident.ts';
import { recognise, refuse } from './recognise.ts';
import { readIso } from './time.ts';

const PdBody = z.looseObject({}, { error: 'the payload must be a JSON object ({"event": {…}} for V3 webhooks)' });

const DECISIONS = new Set(['incident.escalated', 'incident.delegated']);

function describe(type: string, data: JsonObject | null, label: string): { kind: string; text: string } {
  const verb = type.replace(/^[a-z_]+\./, '').replace(/_/g, ' ');
  switch (type) {
    case 'incident.annotated':
      return { kind: 'note', text: firstStr(data?.['content'], at(data, 'note', 'content')) ?? `Note on incident ${label}` };
    case 'incident.status_update_published':
      return { kind: type, text: `Status update on ${label}: ${firstStr(data?.['message']) ?? ''}` };
    case 'incident.priority_updated':
      return { kind: type, text: `Incident ${label} priority set to ${firstStr(at(data, 'priority', 'summary')) ?? 'none'}` };
    case 'incident.reassigned':
    case 'incident.delegated': {
      const who = arr(data?.['assignees']).map((a) => firstStr(obj(a)?.['summary'])).filter((a) => a !== null);
      return { kind: type, text: `Incident ${label} ${verb}${who.length > 0 ? ` to ${who.join(', ')}` : ''}` };
    }
    case 'incident.responder.added':
    case 'incident.responder.replied': {
      const who = firstStr(at(data, 'user', 'summary'), at(data, 'responder', 'summary'));
      return { kind: type, text: `Incident ${label}: responder ${who ?? ''} ${verb.replace(/^responder /, '')}` };
    }
    default: {
      if (!type.startsWith('incident.')) return { kind: type, text: `${type.replace(/\./g, ' ').replace(/_/g, ' ')}${label === '' ? '' : ` ${label}`}` };
      return { kind: type, text: `Incident ${label} ${verb}` };
    }
  }
}

/** V3: {"event": {id, event_type, occurred_at, agent, data}}. */
function readV3(event: JsonObject): IngestResult {
  const type = str(event['event_type']);
  if (type === null) refuse('pagerduty', 'event.event_type', 'must be a string (incident.triggered, incident.resolved…)');
  const warnings: Warning[] = [];
  const time = readIso(event['occurred_at']);
  if (time === null) warnings.push({ field: 'event.occurred_at', message: 'missing or unreadable; the event time is unknown' });
  const data = obj(event['data']);
  const inc = readPdIncident(pdIncidentOf(data));
  if (firstStr(data?.['type']) !== 'incident' && data !== null && inc.id === null) {
    // service.*, incident_workflow.* and other resources: name them by their own summary.
    inc.title = firstStr(data['summary'], data['name'], data['title']);
  }
  const { kind, text } = describe(type, data, pdLabel(inc));
  const id = str(event['id']);
  if (id === null) warnings.push({ field: 'event.id', message: 'missing; the key is derived from the content' });
  const e = makeEvent({
    time,
    source: 'pagerduty',
    kind,
    text,
    actor: firstStr(at(event, 'agent', 'summary'), at(event, 'agent', 'name'), at(event, 'client', 'name')),
    link: inc.link ?? firstStr(data?.['html_url']),
    idempotencyKey: `pagerduty:${id ?? shortHash(JSON.stringify(event))}`,
    ...(DECISIONS.has(type) ? { decisionPoint: true } : {}),
  });
  const verb = type.replace(/^incident\./, '');
  const hints: IncidentHint[] = inc.id === null ? [] : [pdHint(inc, verb, time?.at ?? null)];
  return { events: [e], hints, warnings };
}

/** V1 and V2: {"messages": [{type|event, created_on, data.incident|incident, log_entries}]}. */
function readLegacy(messages: unknown[]): IngestResult {
  const result: IngestResult = { events: [], hints: [], warnings: [] };
  messages.forEach((raw, i) => {
    const m = obj(raw);
    const rawType = firstStr(m?.['event'], m?.['type']);
    if (m === null || rawType === null) {
      result.warnings.push({ field: `messages[${i}]`, message: 'no "event" or "type"; skipped' });
      return;
    }
    const type = PD_LEGACY_TYPES[rawType.replace(/^incident\./, '')] ?? rawType;
    const incObj = obj(m['incident']) ?? obj(at(m, 'data', 'incident'));
    const inc = readPdIncident(incObj);
    const log = obj(arr(m['log_entries'])[0]);
    const time = readIso(m['created_on']) ?? readIso(log?.['created_at']);
    if (time === null) result.warnings.push({ field: `messages[${i}].created_on`, message: 'missing or unreadable; the event time is unknown' });
    const { kind, text } = describe(type, obj(log?.['channel']) ?? incObj, pdLabel(inc));
    const note = type === 'incident.annotated' ? firstStr(at(log, 'channel', 'content'), at(log, 'channel', 'summary')) : null;
    const e: IngestedEvent = makeEvent({
      time,
      source: 'pagerduty',
      kind,
      text: note ?? text,
      actor: firstStr(at(log, 'agent', 'summary'), at(incObj, 'last_status_change_by', 'summary'), at(incObj, 'last_status_change_by', 'name'), at(incObj, 'assigned_to_user', 'name')),
      link: inc.link,
      idempotencyKey: `pagerduty:${str(m['id']) ?? shortHash(JSON.stringify(m))}`,
      ...(DECISIONS.has(type) ? { decisionPoint: true } : {}),
    });
    result.events.push(e);
    if (inc.id !== null) result.hints.push(pdHint(inc, type.replace(/^incident\./, ''), time?.at ?? null));
  });
  return result;
}

/** Reads a PagerDuty webhook: V3 ({"event": …}), or the older V1/V2 ({"messages": […]}). */
export function pagerdutyAdapter(payload: unknown, _ctx: AdapterContext = {}): IngestResult {
  const body = recognise('pagerduty', PdBody, payload);
  const event = obj(body['event']);
  if (event !== null) return readV3(event);
  if (Array.isArray(body['messages'])) return readLegacy(body['messages'] as unknown[]);
  return refuse('pagerduty', 'event', 'must be an object (V3 webhook: {"event": {"event_type": …}}), or "messages" an array (V1/V2)');
}
