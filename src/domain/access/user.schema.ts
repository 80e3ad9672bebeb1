/** The account fields people type (setup, adding a user): one zod schema each, checked by the routes and the web app's forms. */
import { z } from 'zod';
import { ROLES } from './roles.ts';

export const Username = z.string().trim().min(2).max(64).regex(/^[a-zA-Z0-9._-]+$/, 'letters, digits, dot, dash and underscore only');
export const Password = z.string().min(10, 'at least 10 characters').max(200);
export const DisplayName = z.string().trim().min(1).max(100);

/** `POST /api/v1/users` (admin). */
export const CreateUserSchema = z.strictObject({ username: Username, displayName: DisplayName.optional(), password: Password, role: z.enum(ROLES) });
export type CreateUser = z.infer<typeof CreateUserSchema>;
