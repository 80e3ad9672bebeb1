import type { IncidentHint, IngestedEvent, TimePrecision } from '../../domain/timeline/event.types.ts';
import { isWebUrl } from '../../domain/validation.ts';
import { detectDecisionPoint, guessPhase } from '../../domain/timeline/phase.ts';
import type { ReadTime } from './time.ts';

/** Fields an adapter gives; phase and decision point are guessed when not given. */
export type EventInput = {
  time: ReadTime | null;
  source: string;
  kind: string;
  text: string;
  actor?: string | null;
  link?: string | null;
  idempotencyKey: string;
  phase?: IngestedEvent['phase'];
  decisionPoint?: boolean;
  sha?: string | null;
};

/** Builds an event with the guessed phase and decision point filled in. */
export function makeEvent(input: EventInput): IngestedEvent {
  const precision: TimePrecision = input.time?.precision ?? 'unknown';
  const event: IngestedEvent = {
    at: input.time?.at ?? null,
    precision,
    source: input.source,
    kind: input.kind,
    text: input.text.replace(/\s+/g, ' ').trim(),
    actor: input.actor ?? null,
    phase: input.phase !== undefined ? input.phase : guessPhase(input.text, input.kind),
    // A payload's link is kept only when a browser may safely follow it (http/https).
    link: input.link && isWebUrl(input.link) ? input.link : null,
    idempotencyKey: input.idempotencyKey,
  };
  const decision = input.decisionPoint ?? detectDecisionPoint(input.text);
  if (decision) event.decisionPoint = true;
  if (input.sha != null) event.sha = input.sha;
  return event;
}

/** A hint with every field unknown, to spread the known ones over. */
export function emptyHint(): IncidentHint {
  return {
    groupKey: null,
    title: null,
    severity: null,
    service: null,
    status: null,
    detectedAt: null,
    acknowledgedAt: null,
    resolvedAt: null,
    environment: null,
    link: null,
  };
}
