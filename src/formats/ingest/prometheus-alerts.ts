import type { IncidentHint, IngestedEvent, IngestResult, Warning } from '../../domain/timeline/event.types.ts';
import { emptyHint, makeEvent } from './event-builder.ts';
import { arr, firstStr, obj, shortHash, str, type JsonObject } from './json-shape.ts';
import { readIso, type ReadTime } from './time.ts';

/** Reads the Alertmanager-shaped body shared by Alertmanager v4 and Grafana unified alerting. */
export function readPrometheusAlerts(source: string, payload: JsonObject, alerts: unknown[]): IngestResult {
  const events: IngestedEvent[] = [];
  const warnings: Warning[] = [];
  const groupStatus = str(payload['status']);
  let earliest: ReadTime | null = null;
  let latestEnd: ReadTime | null = null;
  alerts.forEach((raw, i) => {
    const alert = obj(raw);
    if (alert === null) {
      warnings.push({ field: `alerts[${i}]`, message: 'not an object; skipped' });
      return;
    }
    const labels = obj(alert['labels']) ?? {};
    if (obj(alert['labels']) === null) warnings.push({ field: `alerts[${i}].labels`, message: 'missing; the alert has no name' });
    const ann = obj(alert['annotations']) ?? {};
    const status = (str(alert['status']) ?? groupStatus ?? 'firing').toLowerCase();
    if (str(alert['status']) === null) warnings.push({ field: `alerts[${i}].status`, message: `missing; taken as "${status}"` });
    const starts = readIso(alert['startsAt']);
    const ends = readIso(alert['endsAt']);
    if (starts === null) warnings.push({ field: `alerts[${i}].startsAt`, message: 'missing or unreadable; the firing time is unknown' });
    const name = firstStr(labels['alertname'], labels['rulename'], payload['title']) ?? 'alert';
    const where = firstStr(labels['instance'], labels['pod'], labels['service'], labels['job']);
    const summary = firstStr(ann['summary'], ann['message'], ann['description'], ann['title'], alert['valueString']);
    const labelText = Object.keys(labels)
      .sort()
      .map((k) => `${k}=${String(labels[k])}`)
      .join(',');
    const identity = str(alert['fingerprint']) ?? `labels-${shortHash(labelText)}`;
    const link = firstStr(alert['generatorURL'], alert['panelURL'], alert['dashboardURL'], payload['externalURL']);
    const describe = (verb: string): string => `${name}${where !== null && where !== name ? ` (${where})` : ''} ${verb}${summary === null ? '' : `: ${summary}`}`;
    const keyFor = (s: string): string => `${source}:${identity}:${starts?.at ?? 'no-start'}:${s}`;
    const firing = (): IngestedEvent =>
      makeEvent({ time: starts, source, kind: 'alert.firing', text: describe('firing'), link, idempotencyKey: keyFor('firing') });
    if (status === 'resolved') {
      // The resolution notice also tells when the alert began: the start gets the same key
      // as the firing notice, so both fold into one when both arrive.
      if (starts !== null) events.push(firing());
      if (ends === null) warnings.push({ field: `alerts[${i}].endsAt`, message: 'missing on a resolved alert; the resolution time is unknown' });
      events.push(makeEvent({ time: ends, source, kind: 'alert.resolved', text: describe('resolved'), link, idempotencyKey: keyFor('resolved') }));
      if (ends !== null && (latestEnd === null || Date.parse(ends.at) > Date.parse(latestEnd.at))) latestEnd = ends;
    } else if (status === 'firing') {
      // endsAt on a firing alert is provisional (now + resolve_timeout): ignored.
      events.push(firing());
    } else {
      events.push(makeEvent({ time: starts, source, kind: `alert.${status}`, text: describe(status), link, idempotencyKey: keyFor(status) }));
    }
    if (starts !== null && (earliest === null || Date.parse(starts.at) < Date.parse(earliest.at))) earliest = starts;
  });
  const truncated = payload['truncatedAlerts'];
  if (typeof truncated === 'number' && truncated > 0) warnings.push({ field: 'truncatedAlerts', message: `${truncated} alerts were left out by max_alerts` });
  return { events, hints: [groupHint(payload, alerts, earliest, latestEnd)], warnings };
}

function groupHint(payload: JsonObject, alerts: unknown[], earliest: ReadTime | null, latestEnd: ReadTime | null): IncidentHint {
  const common = obj(payload['commonLabels']) ?? {};
  const group = obj(payload['groupLabels']) ?? {};
  const first = obj(obj(alerts[0])?.['labels']) ?? {};
  const ann = obj(payload['commonAnnotations']) ?? obj(obj(alerts[0])?.['annotations']) ?? {};
  const label = (...names: string[]): string | null => firstStr(...names.flatMap((n) => [common[n], group[n], first[n]]));
  const status = str(payload['status'])?.toLowerCase();
  const name = label('alertname');
  const summary = firstStr(ann['summary'], ann['message'], ann['description']);
  const groupKey = str(payload['groupKey']) ?? (Object.keys(group).length > 0 ? `groupLabels-${shortHash(JSON.stringify(group))}` : null);
  return {
    ...emptyHint(),
    groupKey,
    title: firstStr(payload['title']) ?? (name === null ? summary : summary === null ? name : `${name}: ${summary}`),
    severity: label('severity', 'priority', 'level'),
    service: label('service', 'app', 'application', 'job') ?? name,
    status: status === 'firing' ? 'firing' : status === 'resolved' ? 'resolved' : null,
    detectedAt: earliest?.at ?? null,
    resolvedAt: status === 'resolved' ? (latestEnd?.at ?? null) : null,
    environment: label('env', 'environment', 'cluster'),
    link: firstStr(payload['externalURL'], arr(payload['alerts']).map((a) => obj(a)?.['generatorURL']).find((u) => str(u) !== null)),
  };
}
