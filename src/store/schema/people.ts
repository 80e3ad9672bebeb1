/** Who uses Debrief: users, API tokens, sessions, where a person is reached, teams. */
import { sql } from 'drizzle-orm';
import { pgTable, text, jsonb, uniqueIndex } from 'drizzle-orm/pg-core';
import { ts } from './columns.ts';

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  role: text('role').notNull(),
  passwordHash: text('password_hash'),
  createdAt: ts('created_at').notNull().defaultNow(),
  /** Set while the account is deactivated: no sign-in, and its sessions and tokens are refused. */
  deactivatedAt: ts('deactivated_at'),
}, (t) => [uniqueIndex('users_username_idx').on(t.username)]);

export const apiTokens = pgTable('api_tokens', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull(),
  role: text('role').notNull(),
  userId: text('user_id'),
  createdAt: ts('created_at').notNull().defaultNow(),
  lastUsedAt: ts('last_used_at'),
  revokedAt: ts('revoked_at'),
  /** Optional expiry: the token is refused from this instant on. */
  expiresAt: ts('expires_at'),
}, (t) => [uniqueIndex('api_tokens_hash_idx').on(t.tokenHash)]);

export const sessions = pgTable('sessions', {
  idHash: text('id_hash').primaryKey(),
  userId: text('user_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  expiresAt: ts('expires_at').notNull(),
});
/** Where a user is reached: e-mail, Slack, GitHub login, team (a user id, one row each). */
export const userAddresses = pgTable('user_addresses', {
  userId: text('user_id').primaryKey(),
  email: text('email'),
  slackId: text('slack_id'),
  slackHandle: text('slack_handle'),
  githubLogin: text('github_login'),
  team: text('team'),
  /** Notification rules this user does not want (rule names). */
  mutes: jsonb('mutes').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** Teams: where their notifications go and who leads them (escalations). */
export const teams = pgTable('teams', {
  name: text('name').primaryKey(),
  slackChannel: text('slack_channel'),
  email: text('email'),
  lead: text('lead'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
