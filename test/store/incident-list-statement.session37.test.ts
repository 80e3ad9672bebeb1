/**
 * The list's page statement is rendered once per shape of filters (session 37): a request fills in its values. It must
 * send the driver exactly the text and parameters the statement built afresh sends, for every filter, and the same
 * rows; two requests of one shape keep their own values.
 */
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database.ts';
import { readRaw } from '../../src/store/raw-insert.ts';
import { insertIncident, listIncidentPage } from '../../src/store/repositories/incident.repository.ts';
import { pageSql, pageStatement, type IncidentFilter } from '../../src/store/repositories/incident-list.statement.ts';
import { bindValues } from '../../src/store/statement-shapes.ts';
import { backends, openTestDatabase } from '../support/test-app.ts';

const use = { policyKey: 'k1', now: new Date('2031-05-04T00:00:00.250Z') };
const filters: IncidentFilter[] = [
  { limit: 50 },
  { limit: 10, statuses: ['resolved'] },
  { limit: 10, statuses: ['resolved', 'mitigated'] },
  { limit: 10, severities: ['SEV-1'] },
  { limit: 10, severities: ['SEV-1', 'SEV-2', 'SEV-3'] },
  { limit: 10, type: 'outage' },
  { limit: 10, groupKey: 'alert:db' },
  { limit: 10, service: 'payments' },
  { limit: 10, q: '50%_off \\ "x"' },
  { limit: 10, from: new Date('2031-04-30T00:00:00Z') },
  { limit: 10, to: new Date('2031-05-03T12:00:00.5Z') },
  { limit: 10, after: { declaredAt: new Date('2031-05-02T00:00:00Z'), id: 'INC-2031-05-02-001' } },
  {
    limit: 25, statuses: ['investigating', 'resolved'], severities: ['SEV-2'], type: 'outage', groupKey: 'g', service: 'checkout', q: 'slow',
    from: new Date('2031-04-01T00:00:00Z'), to: new Date('2031-06-01T00:00:00Z'), after: { declaredAt: new Date('2031-05-03T00:00:00Z'), id: 'INC-9' },
  },
];
const fresh = (f: IncidentFilter) => new PgDialect().sqlToQuery(pageSql({ f, use }, bindValues));

describe('the list page statement rendered once per shape', () => {
  it('sends the text and parameters of the statement built afresh, for every filter and their combination', () => {
    for (const f of filters) {
      const { sql: text, params } = fresh(f);
      expect(pageStatement({ f, use })).toEqual({ text, params });
    }
  });

  it('keeps each request\'s own values when two requests have one shape', () => {
    const a = pageStatement({ f: { limit: 5, service: 'payments', from: new Date('2031-01-01T00:00:00Z') }, use });
    const b = pageStatement({ f: { limit: 7, service: 'search', from: new Date('2032-02-02T00:00:00Z') }, use: { policyKey: 'k2', now: new Date('2032-03-03T00:00:00Z') } });
    expect(b.text).toBe(a.text);
    expect(a.params).toContain('payments');
    expect(b.params).toEqual(fresh({ limit: 7, service: 'search', from: new Date('2032-02-02T00:00:00Z') }).params.map((p) =>
      (p === 'k1' ? 'k2' : p === use.now.toISOString() ? '2032-03-03T00:00:00.000Z' : p)));
    expect(b.params).not.toContain('payments');
  });

  it('writes another text for another number of statuses', () => {
    const one = pageStatement({ f: { limit: 5, statuses: ['resolved'] }, use });
    const two = pageStatement({ f: { limit: 5, statuses: ['resolved', 'closed'] }, use });
    expect(two.text).not.toBe(one.text);
    expect(two.params).toEqual(fresh({ limit: 5, statuses: ['resolved', 'closed'] }).params);
  });
});

describe.each(backends())('the list page read through its rendered statement on %s', (backend) => {
  let database: Database;
  beforeAll(async () => { database = await openTestDatabase(backend); });
  afterAll(async () => { await database?.close(); });

  it('reads the rows the statement built afresh reads, for every filter', async () => {
    const db = database.db;
    const base = { summary: 'a slow path', environments: [], flags: {}, timeSources: {}, cycles: [], createdBy: 'test', commander: null, startedAt: null, detectedAt: null, mitigatedAt: null, closedAt: null };
    for (const [day, severity, status, service] of [['2031-05-01', 'SEV-1', 'resolved', 'payments'], ['2031-05-02', 'SEV-2', 'investigating', 'checkout'], ['2031-05-03', 'SEV-3', 'mitigated', null]] as const) {
      await insertIncident(db, day, {
        ...base, title: `${severity} ${status}`, severity, status, type: 'outage', groupKey: 'g', primaryService: service, services: service ? [service] : [],
        declaredAt: new Date(`${day}T10:00:00Z`), resolvedAt: status === 'resolved' ? new Date(`${day}T11:00:00Z`) : null,
      });
    }
    let nonEmpty = 0;
    for (const f of filters) {
      const afresh = (await readRaw(db, pageSql({ f, use }, bindValues))).rows.map((r) => JSON.parse(String(r['row'])) as unknown);
      const page = await listIncidentPage(db, f, use);
      expect(page.map((p) => p.row.id)).toEqual(afresh.map((r) => (r as unknown[])[0]));
      if (page.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(6);
    await db.execute(sql`delete from incidents`);
  });
});
