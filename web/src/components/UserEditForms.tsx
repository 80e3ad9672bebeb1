/** The users page's row forms (edit name and role, set a new password), on react-hook-form with the server's field schemas. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { DisplayName, Password } from '../../../src/domain/access/user.schema.ts';
import { ROLE_DESCRIPTIONS, ROLES } from '../../../src/domain/access/roles.ts';
import { api } from '../api.ts';
import type { User } from '../contract.ts';
import { applyServerErrors, errorOf, errorProps } from '../lib/form.ts';
import { FieldError } from './FieldError.tsx';

/** `PATCH /api/v1/users/:user` as the row edits it: a name and a role, by the server's rules for each. */
const EditUserSchema = z.strictObject({ displayName: DisplayName, role: z.enum(ROLES) });
type EditValues = z.input<typeof EditUserSchema>;
/** `POST /api/v1/users/:user/password` as an admin sends it. */
const NewPasswordSchema = z.strictObject({ password: Password });
type PasswordValues = z.input<typeof NewPasswordSchema>;

type Props = {
  user: User;
  /** Called with the message to show once saved. */
  onSaved: (message: string) => void;
  /** Called with a problem that is not about one field (shown in the row). */
  onProblem: (error: unknown) => void;
  onCancel: () => void;
};

const url = (u: User): string => `/api/v1/users/${encodeURIComponent(u.id)}`;

/** Edits a user's display name and role; each field checked as the server checks it, the server's field problems beside the fields. */
export function EditUserForm({ user, onSaved, onProblem, onCancel }: Props) {
  const formId = useId();
  const { register, handleSubmit, setError, watch, formState: { errors, isSubmitting } } = useForm<EditValues>({
    resolver: zodResolver(EditUserSchema), defaultValues: { displayName: user.displayName, role: user.role },
  });
  const role = watch('role');
  const submit = handleSubmit(async (values) => {
    onProblem(null);
    try {
      const v = await api.patch<User>(url(user), values);
      onSaved(`Saved ${v.username} (${v.role}).`);
    } catch (err) {
      applyServerErrors<EditValues>(err, ['displayName', 'role'], setError);
      onProblem(err);
    }
  });
  return (
    <form className="row wrap" aria-label={`Edit ${user.username}`} noValidate onSubmit={(e) => void submit(e)}>
      <label>Name<input {...errorProps<EditValues>(formId, 'displayName', errors)} {...register('displayName')} />
        <FieldError id={`${formId}-displayName`} message={errorOf<EditValues>('displayName', errors)} /></label>
      <label>Role
        <select {...errorProps<EditValues>(formId, 'role', errors)} {...register('role')} value={role}>{ROLES.map((r) => <option key={r} value={r}>{r}</option>)}</select>
        <FieldError id={`${formId}-role`} message={errorOf<EditValues>('role', errors)} />
      </label>
      <button type="submit" className="primary" disabled={isSubmitting}>Save</button>
      <button type="button" onClick={onCancel}>Cancel</button>
      <p className="muted">{ROLE_DESCRIPTIONS[role]}</p>
    </form>
  );
}

/** Sets a new password for a user (admin reset: their sessions end); the server's password rule checks it as typed. */
export function NewPasswordForm({ user, onSaved, onProblem, onCancel }: Props) {
  const formId = useId();
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<PasswordValues>({
    resolver: zodResolver(NewPasswordSchema), defaultValues: { password: '' },
  });
  const submit = handleSubmit(async (values) => {
    onProblem(null);
    try {
      await api.post<User>(`${url(user)}/password`, values);
      onSaved(`Set a new password for ${user.username}; their sessions ended.`);
    } catch (err) {
      applyServerErrors<PasswordValues>(err, ['password'], setError);
      onProblem(err);
    }
  });
  return (
    <form className="row wrap" aria-label={`New password for ${user.username}`} noValidate onSubmit={(e) => void submit(e)}>
      <label>New password (10+ characters)
        <input type="password" autoComplete="new-password" {...errorProps<PasswordValues>(formId, 'password', errors)} {...register('password')} />
        <FieldError id={`${formId}-password`} message={errorOf<PasswordValues>('password', errors)} />
      </label>
      <button type="submit" className="primary" disabled={isSubmitting}>Set password</button>
      <button type="button" onClick={onCancel}>Cancel</button>
    </form>
  );
}
