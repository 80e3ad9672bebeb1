import { describe, expect, it } from 'vitest';
import { canTransition, nextStatuses } from './incident-status.ts';
import { formatIncidentId, incidentDay, isIncidentId } from './incident-id.ts';

describe('incident status transitions', () => {
  it('allows forward moves, skipping steps', () => {
    expect(canTransition('declared', 'investigating')).toBe(true);
    expect(canTransition('declared', 'resolved')).toBe(true);
    expect(canTransition('mitigated', 'closed')).toBe(true);
  });
  it('allows reopening a mitigated or resolved incident to investigating only', () => {
    expect(canTransition('resolved', 'investigating')).toBe(true);
    expect(canTransition('resolved', 'declared')).toBe(false);
    expect(canTransition('mitigated', 'investigating')).toBe(true);
  });
  it('treats closed as final and a move to the same status as no move', () => {
    expect(nextStatuses('closed')).toEqual([]);
    expect(canTransition('investigating', 'investigating')).toBe(false);
  });
});

describe('incident ids', () => {
  it('formats INC-YYYY-MM-DD-NNN from the UTC day', () => {
    expect(formatIncidentId(incidentDay(new Date('2026-01-31T23:59:00-02:00')), 7)).toBe('INC-2026-02-01-007');
    expect(isIncidentId('INC-2026-02-01-007')).toBe(true);
    expect(isIncidentId('INC-2026-2-1-7')).toBe(false);
  });
  it('keeps counting past 999', () => {
    expect(formatIncidentId('2026-01-01', 1234)).toBe('INC-2026-01-01-1234');
  });
});
