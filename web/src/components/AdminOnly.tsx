import { ROLE_DESCRIPTIONS } from '../../../src/domain/access/roles.ts';
import { can, useUser } from '../session.ts';
import type { ReactNode } from 'react';

/**
 * An admin page opened by someone else (a link, a typed address): says whose page it is and
 * what their own role allows, instead of edit controls and the server's 403s.
 */
export function AdminOnly({ title, children }: { title: string; children: ReactNode }) {
  const user = useUser();
  if (can(user, 'admin')) return <>{children}</>;
  return (
    <section>
      <h1>{title}</h1>
      <p className="empty">This page is for admins. Your role, {user.role}: {ROLE_DESCRIPTIONS[user.role]}</p>
    </section>
  );
}
