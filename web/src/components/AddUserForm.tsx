import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { CreateUserSchema } from '../../../src/domain/access/user.schema.ts';
import { ROLE_DESCRIPTIONS, ROLES } from '../../../src/domain/access/roles.ts';
import { api } from '../api.ts';
import type { User } from '../contract.ts';
import { applyServerErrors, errorOf, errorProps } from '../lib/form.ts';
import { FieldError } from './FieldError.tsx';
import { Notice } from './Notice.tsx';

/** The server's rules for a new user; an empty display name means "none". */
const AddUserSchema = CreateUserSchema.extend({ displayName: z.union([z.literal(''), CreateUserSchema.shape.displayName.unwrap()]) });
type Values = z.input<typeof AddUserSchema>;
const FIELDS = ['username', 'displayName', 'password', 'role'] as const;

/** Admin: adds a user; each field is checked by the server's own schema as typed, and the server's field problems show beside the fields. */
export function AddUserForm({ onCreated }: { onCreated: (user: User) => void }) {
  const formId = useId();
  const { register, handleSubmit, reset, setError, watch, formState: { errors, isSubmitting } } = useForm<Values>({
    resolver: zodResolver(AddUserSchema), defaultValues: { username: '', displayName: '', password: '', role: 'editor' },
  });
  const [problem, setProblem] = useState<unknown>(null);
  const [ok, setOk] = useState<string | null>(null);
  const role = watch('role');
  const a11y = (name: (typeof FIELDS)[number]) => errorProps<Values>(formId, name, errors);
  const message = (name: (typeof FIELDS)[number]) => <FieldError id={`${formId}-${name}`} message={errorOf<Values>(name, errors)} />;

  const submit = handleSubmit(async ({ displayName, ...rest }) => {
    setProblem(null);
    setOk(null);
    try {
      const user = await api.post<User>('/api/v1/users', { ...rest, ...(displayName.trim() ? { displayName } : {}) });
      setOk(`Created ${user.username} (${user.role}).`);
      reset({ username: '', displayName: '', password: '', role: rest.role });
      onCreated(user);
    } catch (err) {
      applyServerErrors<Values>(err, FIELDS, setError);
      setProblem(err);
    }
  });

  return (
    <>
      <form className="grid-form" aria-label="Add a user" noValidate onSubmit={(e) => void submit(e)}>
        <label>Username<input {...a11y('username')} {...register('username')} />{message('username')}</label>
        <label>Display name<input {...a11y('displayName')} {...register('displayName')} />{message('displayName')}</label>
        <label>Password (10+ characters)<input type="password" autoComplete="new-password" {...a11y('password')} {...register('password')} />{message('password')}</label>
        <label>Role
          <select {...a11y('role')} {...register('role')} value={role}>{ROLES.map((r) => <option key={r} value={r}>{r}</option>)}</select>{message('role')}
        </label>
        <p className="muted">{ROLE_DESCRIPTIONS[role]}</p>
        <button type="submit" className="primary" disabled={isSubmitting}>Create user</button>
      </form>
      <Notice error={problem} ok={ok} />
    </>
  );
}
