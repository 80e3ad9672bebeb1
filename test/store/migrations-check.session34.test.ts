/**
 * The start's migrations check (issue 18, session 34): one query says whether the migrator has anything to apply,
 * with drizzle's own rule (a shipped migration newer than the newest applied one), so a current database skips the
 * migrator and a database missing a migration still runs it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { MIGRATIONS_DIR, type Database } from '../../src/store/database.ts';
import { migrationsCurrent, newestShippedMigration } from '../../src/store/migrations-check.ts';
import { openTestDatabase } from '../support/test-app.ts';

describe('migrations check at start', () => {
  let database: Database;
  beforeEach(async () => { database = await openTestDatabase('pglite'); });
  afterEach(async () => { await database?.close(); });

  it('says current for a database with every shipped migration applied', async () => {
    expect(newestShippedMigration(MIGRATIONS_DIR)).toBeGreaterThan(0);
    expect(await migrationsCurrent(database.db, MIGRATIONS_DIR)).toBe(true);
  });

  it('says not current when the newest shipped migration is not recorded as applied', async () => {
    await database.db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`);
    expect(await migrationsCurrent(database.db, MIGRATIONS_DIR)).toBe(false);
  });

  it('says not current when there is no migrations table (a new database), so the migrator runs', async () => {
    await database.db.execute(sql`alter table drizzle.__drizzle_migrations rename to moved_away`);
    expect(await migrationsCurrent(database.db, MIGRATIONS_DIR)).toBe(false);
  });

  it('says not current when the journal cannot be read', async () => {
    expect(newestShippedMigration('/nonexistent')).toBeNull();
    expect(await migrationsCurrent(database.db, '/nonexistent')).toBe(false);
  });
});
