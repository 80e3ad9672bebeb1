/**
 * The one access policy: every service method that acts for a person calls one of
 * these first. Webhook routes authenticate by signature instead and act as system.
 */
import { AppError } from '../domain/errors.ts';
import { hasRole, type Principal, type Role } from '../domain/access/roles.ts';

/** What a reviewer is told when refused an edit: what their role does allow. */
function hint(actor: Principal): string {
  return actor.role === 'reviewer' ? ' (a reviewer can read, comment and sign off, but not edit)' : '';
}

/** Throws 403 unless the actor has at least `role`. */
export function requireRole(actor: Principal, role: Role, action: string): void {
  if (!hasRole(actor.role, role)) {
    throw new AppError('forbidden', `${action} needs the ${role} role; ${actor.name} has ${actor.role}${hint(actor)}`, { requiredRole: role });
  }
}

/** Throws 403 unless the actor has `role`, or owns the resource (matched by user id or name) and has `ownerRole`. */
export function requireRoleOrOwner(actor: Principal, role: Role, owner: string | null, ownerRole: Role, action: string): void {
  if (hasRole(actor.role, role)) return;
  const owns = owner !== null && (owner === actor.userId || owner === actor.name);
  if (owns && hasRole(actor.role, ownerRole)) return;
  throw new AppError('forbidden', `${action} needs the ${role} role or ownership; ${actor.name} has ${actor.role}${hint(actor)}`, { requiredRole: role });
}
