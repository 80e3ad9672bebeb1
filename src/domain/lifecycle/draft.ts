/**
 * The first draft of a post-mortem (seed 000 phase 2.2, seed 002 "Initiation"):
 * metadata, the timeline from the incident's merged events, impact with the derived
 * numbers already filled, focus questions for the incident type, and every other
 * section holding its template prompt.
 */
import type { PostmortemDoc, TimelineEntry } from '../postmortem/document.types.ts';
import type { PostmortemTemplate } from '../templates/template.types.ts';
import { promptPlaceholder } from '../templates/templates.ts';
import type { Phase, TimePrecision } from '../timeline/event.types.ts';

export type DraftIncident = {
  id: string; title: string; summary: string; severity: string; type: string; services: string[]; environments: string[];
  commander: string | null; startedAt: string | null; detectedAt: string | null; mitigatedAt: string | null; resolvedAt: string | null;
  declaredAt: string;
};

export type DraftEvent = { at: string | null; precision: string; text: string; source: string; phase: string | null; decisionPoint: boolean; actor: string | null };

export type DraftMetrics = {
  durationMinutes: number | null; timeToDetectMinutes: number | null; timeToAcknowledgeMinutes: number | null;
  timeToMitigateMinutes: number | null; timeToResolveMinutes: number | null; customerImpactMinutes: number | null;
  errorBudgetConsumedPercent: number | null;
};

const fmtMin = (m: number | null): string => {
  if (m === null) return 'not known yet';
  const h = Math.floor(m / 60);
  const min = Math.round(m % 60);
  return h > 0 ? `${h} h ${min} min` : `${min} min`;
};

/** A span in UTC as people write it: "2026-12-02 21:44 – 23:44 UTC", the date repeated only when it changes. */
export function utcSpan(from: string, to: string): string {
  const [a, b] = [new Date(from).toISOString(), new Date(to).toISOString()];
  const [da, ta, db, tb] = [a.slice(0, 10), a.slice(11, 16), b.slice(0, 10), b.slice(11, 16)];
  return da === db ? `${da} ${ta} – ${tb} UTC` : `${da} ${ta} – ${db} ${tb} UTC`;
}

function impactBody(i: DraftIncident, m: DraftMetrics): string {
  return [
    `- **Duration:** ${fmtMin(m.durationMinutes)}${i.startedAt && i.resolvedAt ? ` (${utcSpan(i.startedAt, i.resolvedAt)})` : ''}`,
    `- **Severity:** ${i.severity}`,
    `- **Services impacted:** ${i.services.length ? i.services.join(', ') : 'to be listed'}`,
    ...(i.environments.length ? [`- **Environments:** ${i.environments.join(', ')}`] : []),
    `- **Time to detect:** ${fmtMin(m.timeToDetectMinutes)}`,
    `- **Time to acknowledge:** ${fmtMin(m.timeToAcknowledgeMinutes)}`,
    `- **Time to mitigate:** ${fmtMin(m.timeToMitigateMinutes)}`,
    `- **Time to resolve:** ${fmtMin(m.timeToResolveMinutes)}`,
    ...(m.customerImpactMinutes !== null ? [`- **Customer impact:** ${fmtMin(m.customerImpactMinutes)}`] : []),
    ...(m.errorBudgetConsumedPercent !== null ? [`- **Error budget consumed:** ${m.errorBudgetConsumedPercent}% of the monthly budget`] : []),
    '',
    promptPlaceholder('Users affected (number or percentage), failed requests, data loss, revenue impact, customer complaints.'),
  ].join('\n');
}

function precisionOf(p: string): TimePrecision {
  return (['exact', 'minute', 'approximate', 'date', 'unknown'] as const).find((x) => x === p) ?? 'minute';
}

/** Timeline entries of the draft from the incident's merged events (unknown times kept, last). */
export function timelineFromEvents(events: readonly DraftEvent[]): TimelineEntry[] {
  return events.map((e, i) => {
    const entry: TimelineEntry = {
      asWritten: e.at ? `${e.at.slice(0, 16)}Z` : '??:??',
      at: e.at,
      precision: e.at ? precisionOf(e.precision) : 'unknown',
      text: e.text,
      line: i,
    };
    if (e.phase) entry.phase = e.phase as Phase;
    if (e.source !== 'manual') entry.source = e.source;
    if (e.decisionPoint) entry.decisionPoint = true;
    return entry;
  });
}

/** Builds the draft document. */
export function buildDraft(input: {
  template: PostmortemTemplate;
  incident: DraftIncident;
  events: readonly DraftEvent[];
  metrics: DraftMetrics;
  focusQuestions: readonly string[];
  owner: string | null;
}): PostmortemDoc {
  const { template, incident, metrics } = input;
  const timeline = timelineFromEvents(input.events);
  const sections = template.sections.map((s) => {
    let body = promptPlaceholder(s.prompt);
    if (s.key === 'impact') body = impactBody(incident, metrics);
    if (s.key === 'summary' && incident.summary.trim()) body = `${incident.summary.trim()}\n\n${promptPlaceholder(s.prompt)}`;
    if (s.key === 'timeline') body = timeline.length ? '' : promptPlaceholder(s.prompt);
    if ((s.key === 'rootCause' || s.key === 'fiveWhys') && input.focusQuestions.length) {
      body = `${promptPlaceholder(s.prompt)}\n\n${promptPlaceholder(`Focus questions for a ${incident.type.replace('_', ' ')} incident: ${input.focusQuestions.join(' ')}`)}`;
    }
    return { key: s.key, heading: s.heading, line: 0, level: 2, body };
  });
  return {
    meta: {
      title: incident.title,
      incidentId: incident.id,
      incidentDate: (incident.startedAt ?? incident.detectedAt ?? incident.declaredAt).slice(0, 10),
      severity: incident.severity,
      durationStated: metrics.durationMinutes !== null ? fmtMin(metrics.durationMinutes) : null,
      authors: input.owner ? [input.owner] : [],
      status: 'Draft',
      template: template.id,
      timezone: 'UTC',
      extra: {},
    },
    sections,
    timeline: { entries: timeline, outOfOrder: false },
    actionItems: [],
    rootCause: null,
  };
}
