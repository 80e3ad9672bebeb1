import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { api, ApiError } from '../api.ts';
import { IncidentFields } from '../components/IncidentFields.tsx';
import { FieldError } from '../components/FieldError.tsx';
import { Notice } from '../components/Notice.tsx';
import { DECLARE_FIELDS, DeclareFormSchema, focusFirst, type DeclareValues } from '../lib/declare-form.ts';
import { applyServerErrors, errorOf, errorProps } from '../lib/form.ts';
import { fromLocalInput } from '../lib/format.ts';
import { useChanged } from '../lib/useApi.ts';
import { bodyOf, emptyForm, splitList, type FormKey, type IncidentForm } from '../lib/incident-form.ts';
import { navigate } from '../router.ts';
import type { Incident } from '../contract.ts';

const ID = 'declare';

/** Fields stay enabled while sending, so that focus can land on the first field in error. */
const focusFirstError = (errors: FieldErrors<DeclareValues>): void => focusFirst(ID, DECLARE_FIELDS, Object.keys(errors));

/** Declare an incident: title, severity, type, services, commander, what is known; then go to its page. Checked by the server's schema as typed. */
export function DeclarePage() {
  const changed = useChanged();
  const { handleSubmit, setValue, watch, setError, formState: { errors, isSubmitting, isSubmitted } } = useForm<DeclareValues>({
    resolver: zodResolver(DeclareFormSchema), defaultValues: { ...emptyForm(), startedAt: '' },
  });
  const [error, setProblem] = useState<unknown>(null);
  const form = watch();
  const change = useCallback((key: FormKey, value: IncidentForm[FormKey]): void => {
    // Once submitted, a field is checked again as it is typed (its message goes when it is right).
    setValue(key, value, { shouldValidate: isSubmitted, shouldDirty: true });
  }, [setValue, isSubmitted]);
  const problems = Object.fromEntries(DECLARE_FIELDS.flatMap((k) => { const m = errorOf<DeclareValues>(k, errors); return m ? [[k, [m]]] : []; }));

  const submit = handleSubmit(async (values) => {
    setProblem(null);
    const { body } = bodyOf(values, null);
    const primary = values.primaryService.trim() || splitList(values.services)[0];
    const started = fromLocalInput(values.startedAt);
    try {
      const incident = await api.post<Incident>('/api/v1/incidents', {
        ...body, ...(primary ? { primaryService: primary } : {}), ...(started ? { startedAt: started } : {}),
      });
      void changed({ incident: incident.id });
      navigate(`/incidents/${incident.id}`);
    } catch (err) {
      // A 400 names the fields: each message goes under its field, the first one focused; the summary stays below.
      if (applyServerErrors<DeclareValues>(err, DECLARE_FIELDS, setError) && err instanceof ApiError) {
        focusFirst(ID, DECLARE_FIELDS, err.errors.map((p) => p.path.split('.')[0] ?? ''));
      }
      setProblem(err);
    }
  }, focusFirstError);

  return (
    <section className="narrow">
      <h1>Declare an incident</h1>
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        <IncidentFields id={ID} form={form} onChange={change} problems={problems} severityAs="select" extra={
          <div className="field">
            <label htmlFor={`${ID}-startedAt`}>Started at (if before now)</label>
            <input {...errorProps<DeclareValues>(ID, 'startedAt', errors)} name="startedAt" type="datetime-local" value={form.startedAt}
              onChange={(e) => setValue('startedAt', e.target.value, { shouldValidate: isSubmitted })} />
            <FieldError id={`${ID}-startedAt`} message={errorOf<DeclareValues>('startedAt', errors)} />
          </div>
        } />
        <Notice error={error} />
        <button type="submit" className="primary" disabled={isSubmitting}>{isSubmitting ? 'Declaring…' : 'Declare incident'}</button>
      </form>
    </section>
  );
}
