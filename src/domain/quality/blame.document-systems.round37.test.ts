import { describe, expect, it } from 'vitest';
import { documentSystems, onlySystems } from './blame.document-systems.round37.ts';

/**
 * Issue 16, round 37: an agent noun the document establishes as a system (a machine's part, a version or port, a name
 * in code, a machine's act done to it, its own act on "its" things) is not a person in its other sentences
 * (blame.document-systems.round37.ts). Documents written for these tests.
 */
const judged = 'The dispatcher should have kept serving from its stale plan.';

describe('agent nouns a document establishes as systems (round 37)', () => {
  it.each([
    ["The dispatcher's plan-cache reload held a lock for nine minutes."],
    ['We rolled back the dispatcher to the previous build at 10:14.'],
    ['Dispatcher reloads its plan from the replica.'],
    ['The alert fired on `dispatcher_lag_seconds` above 30.'],
    ['dispatcher v4.2 was deployed on Monday.'],
    ['All dispatcher pods restarted during the deploy.'],
  ])('"%s" makes the dispatcher a system', (line) => {
    const systems = documentSystems(['# Review', line]);
    expect(systems.has('dispatcher')).toBe(true);
    expect(onlySystems(judged, systems)).toBe(true);
  });

  it.each([
    ["The dispatcher's notes from the shift were brief."],
    ['We thanked the dispatcher for staying late.'],
    ['The dispatcher paged her manager at 10:14.'],
    ['The dispatcher config was edited by hand.'],
  ])('"%s" leaves the dispatcher a person', (line) => {
    expect(onlySystems(judged, documentSystems(['# Review', line]))).toBe(false);
  });

  it('a relation between firms is never a system', () => {
    expect(documentSystems(["The vendor's API returned 500s.", 'We rolled back the vendor integration.']).has('vendor')).toBe(false);
  });

  it('a person qualified by their shift, or named beside the system, keeps the finding', () => {
    const systems = documentSystems(['We restarted the dispatcher at 12:33.']);
    expect(onlySystems('The night dispatcher should have called the duty manager.', systems)).toBe(false);
    expect(onlySystems('The dispatcher should have paged Priya before it dropped the jobs.', systems)).toBe(false);
    expect(onlySystems('The dispatcher should have kept serving its stale cache.', systems)).toBe(true);
  });
});
