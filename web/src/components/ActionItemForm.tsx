import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { api } from '../api.ts';
import type { ActionItem } from '../contract.ts';
import { ACTION_ITEM_FIELDS, ActionItemFormSchema, actionItemBody, type ActionItemFormValues } from '../lib/action-item-form.ts';
import { applyServerErrors, errorOf, errorProps } from '../lib/form.ts';
import { priorityChoices, startingChoice } from '../lib/policy-choices.ts';
import { usePolicy } from '../lib/usePolicy.ts';
import { FieldError } from './FieldError.tsx';
import { Notice } from './Notice.tsx';

const CATEGORIES = [['prevent', 'Prevent recurrence'], ['detect', 'Improve detection'], ['respond', 'Improve response'], ['process', 'Process']] as const;

/** Adds an action item to a post-mortem (due date from the priority unless given); the server's schema checks each field as typed. */
export function ActionItemForm({ postmortemId, defaultOwner, onAdded }: { postmortemId: string; defaultOwner: string; onAdded: (item: ActionItem) => void }) {
  const formId = useId();
  const empty: ActionItemFormValues = { title: '', category: 'prevent', priority: 'P1', owner: defaultOwner, dueDate: '', dueReason: '', trackerUrl: '' };
  const { register, handleSubmit, reset, setError, watch, formState: { errors, isSubmitting } } = useForm<ActionItemFormValues>({
    resolver: zodResolver(ActionItemFormSchema), defaultValues: empty,
  });
  const [error, setProblem] = useState<unknown>(null);
  // The team's priorities in its order (policy.actionItems.priorities), each with the time it gives.
  const priorities = priorityChoices(usePolicy());
  const priority = startingChoice(priorities, watch('priority'));
  const dueDate = watch('dueDate');
  const a11y = (name: (typeof ACTION_ITEM_FIELDS)[number]) => errorProps<ActionItemFormValues>(formId, name, errors);
  const message = (name: (typeof ACTION_ITEM_FIELDS)[number]) => <FieldError id={`${formId}-${name}`} message={errorOf<ActionItemFormValues>(name, errors)} />;

  const submit = handleSubmit(async (values) => {
    setProblem(null);
    try {
      const item = await api.post<ActionItem>(`/api/v1/postmortems/${postmortemId}/action-items`, actionItemBody(values, priority));
      reset({ ...empty, owner: values.owner });
      onAdded(item);
    } catch (err) {
      // A 400 names the fields: each message goes beside its field; the problem's summary stays below the form.
      applyServerErrors<ActionItemFormValues>(err, ACTION_ITEM_FIELDS, setError);
      setProblem(err);
    }
  });

  return (
    <form className="grid-form" aria-label="Add an action item" noValidate onSubmit={(e) => void submit(e)}>
      <label className="wide">Action item<input {...a11y('title')} {...register('title')} placeholder="Add an alert on checkout 5xx rate above 2% for 5 minutes" />{message('title')}</label>
      <label>Category<select {...a11y('category')} {...register('category')}>{CATEGORIES.map(([v, l]) => <option key={v} value={v}>{l}</option>)}</select>{message('category')}</label>
      <label>Priority<select {...a11y('priority')} {...register('priority')} value={priority}>{priorities.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}</select>{message('priority')}</label>
      <label>Owner<input {...a11y('owner')} {...register('owner')} />{message('owner')}</label>
      <label>Due date (optional: the priority sets it)<input type="date" {...a11y('dueDate')} {...register('dueDate')} />{message('dueDate')}</label>
      {dueDate && <label>Why this date<input {...a11y('dueReason')} {...register('dueReason')} placeholder="needed unless it is the policy's date" />{message('dueReason')}</label>}
      <label>Tracker link<input type="url" {...a11y('trackerUrl')} {...register('trackerUrl')} />{message('trackerUrl')}</label>
      <button type="submit" disabled={isSubmitting}>{isSubmitting ? 'Adding…' : 'Add action item'}</button>
      <Notice error={error} />
    </form>
  );
}
