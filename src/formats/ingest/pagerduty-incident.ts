import type { IncidentHint } from '../../domain/timeline/event.types.ts';
import { emptyHint } from './event-builder.ts';
import { at, firstStr, obj, type JsonObject } from './json-shape.ts';

/** A PagerDuty incident as the V1, V2 and V3 webhooks describe it, reduced to what Debrief uses. */
export type PdIncident = { id: string | null; number: string | null; title: string | null; status: string | null; link: string | null; service: string | null; priority: string | null; urgency: string | null };

/** Reads an incident object (full or reference) from any webhook version. */
export function readPdIncident(o: JsonObject | null): PdIncident {
  if (o === null) return { id: null, number: null, title: null, status: null, link: null, service: null, priority: null, urgency: null };
  const summary = firstStr(o['summary']);
  return {
    id: firstStr(o['id']),
    number: firstStr(o['number'], o['incident_number']),
    title: firstStr(o['title'], at(o, 'trigger_summary_data', 'subject'), at(o, 'trigger_summary_data', 'description'), summary?.replace(/^\[#\d+\]\s*/, '')),
    status: firstStr(o['status']),
    link: firstStr(o['html_url']),
    service: firstStr(at(o, 'service', 'summary'), at(o, 'service', 'name')),
    priority: firstStr(at(o, 'priority', 'summary'), at(o, 'priority', 'name'), typeof o['priority'] === 'string' ? o['priority'] : null),
    urgency: firstStr(o['urgency']),
  };
}

/** "#9 Test Incident 3", or whatever part is known. */
export function pdLabel(inc: PdIncident): string {
  const parts = [inc.number === null ? null : `#${inc.number}`, inc.title === null ? null : `"${inc.title}"`].filter((p) => p !== null);
  return parts.length === 0 ? (inc.id ?? '') : parts.join(' ');
}

/** The incident hint of one PagerDuty event of the given verb (triggered, acknowledged, resolved…). */
export function pdHint(inc: PdIncident, verb: string, when: string | null): IncidentHint {
  const status = inc.status ?? verb;
  return {
    ...emptyHint(),
    groupKey: inc.id,
    title: inc.title,
    severity: inc.priority ?? inc.urgency,
    service: inc.service,
    status: status === 'triggered' ? 'firing' : status === 'acknowledged' ? 'acknowledged' : status === 'resolved' ? 'resolved' : null,
    detectedAt: verb === 'triggered' ? when : null,
    acknowledgedAt: verb === 'acknowledged' ? when : null,
    resolvedAt: verb === 'resolved' ? when : null,
    link: inc.link,
  };
}

/** V1/V2 verbs (trigger, resolve…) named as V3 event types. */
export const PD_LEGACY_TYPES: Record<string, string> = {
  trigger: 'incident.triggered',
  acknowledge: 'incident.acknowledged',
  unacknowledge: 'incident.unacknowledged',
  resolve: 'incident.resolved',
  assign: 'incident.reassigned',
  escalate: 'incident.escalated',
  delegate: 'incident.delegated',
  annotate: 'incident.annotated',
};

/** The reference an event's data points to: the data itself for incident resources, else data.incident. */
export function pdIncidentOf(data: JsonObject | null): JsonObject | null {
  if (data === null) return null;
  if (firstStr(data['type']) === 'incident') return data;
  return obj(data['incident']);
}
