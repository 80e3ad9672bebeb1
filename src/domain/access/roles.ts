/**
 * Roles, from least to most powerful. Each role can do what the ones before it can.
 * viewer reads; responder declares incidents and records events; editor writes and
 * reviews post-mortems and action items; admin manages tokens, users and settings.
 */
export const ROLES = ['viewer', 'responder', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

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
