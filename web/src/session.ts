/** The signed-in user, shared with every page. */
import { createContext, useContext } from 'react';
import { ROLES } from '../../src/domain/access/roles.ts';
import type { Role, User } from './contract.ts';

export const SessionContext = createContext<User | null>(null);

const ORDER: readonly Role[] = ROLES;

/** The signed-in user (pages render only when signed in). */
export function useUser(): User {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useUser outside a signed-in page');
  return user;
}

/** True when the user's role is at least `needed`. */
export function can(user: User, needed: Role): boolean {
  return ORDER.indexOf(user.role) >= ORDER.indexOf(needed);
}
