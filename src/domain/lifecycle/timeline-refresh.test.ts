import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../postmortem/document.types.ts';
import type { DraftEvent } from './draft.ts';
import { eventsBehind, refreshTimeline } from './timeline-refresh.ts';

const ev = (at: string | null, text: string, source = 'alertmanager'): DraftEvent =>
  ({ at, precision: 'exact', text, source, phase: null, decisionPoint: false, actor: null });
const entry = (at: string | null, text: string, source?: string): TimelineEntry =>
  ({ asWritten: at ?? '??:??', at, precision: at ? 'minute' : 'unknown', text, line: 0, ...(source ? { source } : {}) });

describe('refreshing a post-mortem timeline from the incident', () => {
  it('adds events the document does not hold yet, in time order', () => {
    const current = [entry('2026-03-10T10:00:00.000Z', 'Alert fired: CheckoutErrors', 'alertmanager')];
    const events = [ev('2026-03-10T10:00:00.000Z', 'Alert fired: CheckoutErrors'), ev('2026-03-10T10:40:00.000Z', 'Status: resolved', 'debrief'), ev('2026-03-10T10:20:00.000Z', 'Status: mitigated', 'debrief')];
    const r = refreshTimeline(current, events);
    expect(r.added).toBe(2);
    expect(r.entries.map((e) => e.text)).toEqual(['Alert fired: CheckoutErrors', 'Status: mitigated', 'Status: resolved']);
  });

  it('keeps an entry the author reworded instead of adding the event again', () => {
    const current = [entry('2026-03-10T10:00:00.000Z', 'Checkout error alert fired; Maria paged', 'alertmanager')];
    const r = refreshTimeline(current, [ev('2026-03-10T10:00:12.000Z', 'Alert fired: CheckoutErrors')]);
    expect(r.added).toBe(0);
    expect(r.entries[0]?.text).toBe('Checkout error alert fired; Maria paged');
  });

  it("keeps the author's own notes that no source knows", () => {
    const current = [entry('2026-03-10T10:05:00.000Z', 'We decided to fail over to the secondary region')];
    const r = refreshTimeline(current, [ev('2026-03-10T10:30:00.000Z', 'Deploy v2.3.1', 'github')]);
    expect(r.entries.map((e) => e.text)).toEqual(['We decided to fail over to the secondary region', 'Deploy v2.3.1']);
  });

  it('puts entries without a time last and counts what is behind', () => {
    const events = [ev(null, 'Customer emails arrived'), ev('2026-03-10T09:00:00.000Z', 'Alert fired')];
    expect(eventsBehind([], events)).toBe(2);
    expect(refreshTimeline([], events).entries.map((e) => e.text)).toEqual(['Alert fired', 'Customer emails arrived']);
    expect(eventsBehind(refreshTimeline([], events).entries, events)).toBe(0);
  });
});
