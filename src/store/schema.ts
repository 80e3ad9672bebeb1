/**
 * The database schema (Drizzle, PostgreSQL dialect: runs on PGlite 0.5 / PG 18 and
 * on PostgreSQL 15), one file per area under schema/. Migrations in drizzle/ are generated
 * from these files (drizzle.config.ts); this module is what the store imports.
 */
export * from './schema/people.ts';
export * from './schema/incidents.ts';
export * from './schema/postmortems.ts';
export * from './schema/search.ts';
export * from './schema/work.ts';
