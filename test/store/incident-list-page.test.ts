/**
 * The list's page read (one JSON text per row, decoded by position) gives back exactly what
 * Drizzle reads of the same rows: every listed column, times as ISO instants to the millisecond
 * whatever the session's time zone, services as arrays, the kept verdict when usable and null when not.
 * Run on PGlite and on PostgreSQL.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database.ts';
import { isoInstantOf } from '../../src/store/json-values.ts';
import { findIncident, insertIncident, listIncidentPage, storeVerdicts } from '../../src/store/repositories/incident.repository.ts';
import { backends, openTestDatabase } from '../support/test-app.ts';

describe.each(backends())('the incident list page read on %s', (backend) => {
  let database: Database;
  beforeAll(async () => { database = await openTestDatabase(backend); });
  afterAll(async () => { await database?.close(); });

  it('gives back every listed column as the row holds it, in a session with a half-hour zone', async () => {
    const db = database.db;
    if (backend === 'pglite') await db.execute(sql`set timezone = 'Asia/Kolkata'`);
    const base = { summary: '', severity: 'SEV-2', type: 'outage', environments: [], flags: {}, timeSources: {}, cycles: [], createdBy: 'test' };
    const a = await insertIncident(db, '2031-05-01', {
      ...base, title: 'Checkout "errors" — ünïcode', status: 'resolved', primaryService: 'checkout', services: ['checkout', 'payments'], commander: 'Ana',
      declaredAt: new Date('2031-05-01T10:00:00.123Z'), startedAt: new Date('2031-05-01T09:58:07.001Z'), detectedAt: new Date('2031-05-01T09:59:00Z'),
      mitigatedAt: new Date('2031-05-01T10:20:00.999Z'), resolvedAt: new Date('2031-05-01T11:00:00Z'), closedAt: null,
    });
    const b = await insertIncident(db, '2031-05-02', {
      ...base, title: 'Search slow', status: 'investigating', primaryService: null, services: [], commander: null,
      declaredAt: new Date('2031-05-02T23:59:59.500Z'), startedAt: null, detectedAt: null, mitigatedAt: null, resolvedAt: null, closedAt: null,
    });
    await storeVerdicts(db, 'k1', [
      { incidentId: a.id, epoch: 0, verdict: { level: 'required', nested: { at: '2031-05-08T10:00:00.000Z' } }, validUntil: null },
      { incidentId: b.id, epoch: 0, verdict: { level: 'optional' }, validUntil: new Date('2031-05-03T00:00:00Z') },
    ]);
    const page = await listIncidentPage(db, { from: new Date('2031-04-30T00:00:00Z'), limit: 10 }, { policyKey: 'k1', now: new Date('2031-05-04T00:00:00Z') });
    const listed = page.filter((p) => p.row.id === a.id || p.row.id === b.id);
    expect(listed.map((p) => p.row.id)).toEqual([b.id, a.id]); // newest first
    for (const { row } of listed) {
      const full = (await findIncident(db, row.id))!;
      const asListed = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
      expect(row).toEqual(Object.fromEntries(Object.keys(row).map((k) => [k, asListed(full[k as keyof typeof full])])));
    }
    // a's verdict holds with no end; b's ended before now, so it is not used.
    expect(listed.map((p) => p.stored)).toEqual([null, { level: 'required', nested: { at: '2031-05-08T10:00:00.000Z' } }]);
    // Another policy's verdicts are not used either.
    const other = await listIncidentPage(db, { from: new Date('2031-04-30T00:00:00Z'), limit: 10 }, { policyKey: 'k2', now: new Date('2031-05-04T00:00:00Z') });
    expect(other.filter((p) => p.row.id === a.id).map((p) => p.stored)).toEqual([null]);
    if (backend === 'pglite') await db.execute(sql`reset timezone`);
  });

  it('reads an empty page as no rows', async () => {
    expect(await listIncidentPage(database.db, { type: 'no-such-type', limit: 5 }, { policyKey: 'k1', now: new Date() })).toEqual([]);
  });
});

describe('a time as PostgreSQL writes it in JSON, as the list shows it', () => {
  it('writes what Date#toISOString writes, for every fraction and offset', () => {
    for (const written of [
      '2026-10-31T23:46:00+00:00', '2026-10-31T23:46:00.5+00:00', '2026-10-31T23:46:00.12+00:00', '2026-10-31T23:46:00.123+00:00',
      '2026-10-31T23:46:00.123456+00:00', '2026-10-31T23:46:00.999999+00:00', '2026-11-01T05:16:00.25+05:30', '2026-10-31T18:46:00-05:00',
    ]) {
      expect(isoInstantOf(written), written).toBe(new Date(written).toISOString());
    }
  });
});
