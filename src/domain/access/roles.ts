/**
 * Roles, from least to most powerful. Each role can do what the ones before it can.
 * viewer reads; reviewer also comments and signs off post-mortems (never edits);
 * responder declares incidents and records events; editor writes post-mortems and
 * action items; admin manages tokens, users and settings.
 */
export const ROLES = ['viewer', 'reviewer', 'responder', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What each role allows, in one line: the one text shown by the web app's users page,
 * the API documentation and the CLI. Each role includes the ones before it.
 */
export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  viewer: 'Reads incidents, timelines, post-mortems, action items and reports.',
  reviewer: 'A viewer who also comments on post-mortems and signs them off (approve or request changes); cannot edit anything.',
  responder: 'A reviewer who also declares and updates incidents, records and imports timeline events, starts post-mortems and edits the ones they own.',
  editor: 'A responder who also edits any post-mortem and action item, imports post-mortems, publishes and sends communications.',
  admin: 'An editor who also manages users, API tokens, addresses, teams, notification channels and jobs.',
};

/** Who is acting: a token, a signed-in user, or the local CLI of the server's own machine. */
export type Principal = {
  kind: 'token' | 'session' | 'local' | 'system';
  id: string;
  name: string;
  role: Role;
  userId: string | null;
};

/** True when `role` is at least `needed`. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** The system principal used by webhooks and jobs (their own checks come first). */
export const SYSTEM_PRINCIPAL: Principal = { kind: 'system', id: 'system', name: 'debrief', role: 'admin', userId: null };
