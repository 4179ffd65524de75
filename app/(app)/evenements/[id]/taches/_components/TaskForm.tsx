'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { PHASE_LABELS, PHASES, STAGE_LABELS, STAGES } from '@/lib/domain/community';
import { taskFormSchema, type TaskFormValues } from '@/lib/schemas/tasks';
import { createTaskAction, updateTaskAction } from '@/lib/server/actions/tasks';
import type { AssigneeGroup } from '@/lib/server/queries/tasks';
import { ScheduleFields } from './ScheduleFields';

type Props = { eventId: string; assignees: AssigneeGroup[] } & (
  | { mode: 'create' }
  | { mode: 'edit'; taskId: string; defaultValues: TaskFormValues }
);

const EMPTY: TaskFormValues = { title: '', stage: 'MOBILISER', phase: 'AVANT', schedule: 'offset', offset: '', date: '', assignee: '' };

/** Adds a task by hand, or edits one (a template's task included). */
export function TaskForm(props: Props) {
  const router = useRouter();
  const [added, setAdded] = useState<string | null>(null);
  const listPath = `/evenements/${props.eventId}/taches`;
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: taskFormSchema,
    action: (values: TaskFormValues) =>
      props.mode === 'edit' ? updateTaskAction({ ...values, taskId: props.taskId }) : createTaskAction({ ...values, eventId: props.eventId }),
    defaultValues: props.mode === 'edit' ? props.defaultValues : EMPTY,
    onSuccess: () => {
      if (props.mode === 'edit') {
        router.push(listPath);
        return;
      }
      setAdded(`Tâche « ${form.getValues('title')} » ajoutée.`);
      form.reset(EMPTY);
      router.refresh();
    },
  });
  const prefix = props.mode === 'edit' ? 'modifier-tache' : 'nouvelle-tache';
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {added ? <Alert tone="success">{added}</Alert> : null}
      <Field id={`${prefix}-title`} label="Intitulé" error={errorMessage(errors.title)} required>
        {(control) => <input {...control} {...form.register('title')} type="text" className={inputClass} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={`${prefix}-stage`} label="Étape" error={errorMessage(errors.stage)} required>
          {(control) => (
            <select {...control} {...form.register('stage')} className={inputClass}>
              {STAGES.map((stage) => (
                <option key={stage} value={stage}>
                  {STAGE_LABELS[stage]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${prefix}-phase`} label="Phase" error={errorMessage(errors.phase)} required>
          {(control) => (
            <select {...control} {...form.register('phase')} className={inputClass}>
              {PHASES.map((phase) => (
                <option key={phase} value={phase}>
                  {PHASE_LABELS[phase]} l’événement
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${prefix}-assignee`} label="Confiée à" error={errorMessage(errors.assignee)}>
          {(control) => (
            <select {...control} {...form.register('assignee')} className={inputClass}>
              <option value="">À attribuer</option>
              {props.assignees.map((group) => (
                <optgroup key={group.organisationId} label={group.organisationName}>
                  <option value={`org:${group.organisationId}`}>Toute la structure {group.organisationName}</option>
                  {group.members.map((member) => (
                    <option key={member.userId} value={`user:${group.organisationId}:${member.userId}`}>
                      {member.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ScheduleFields idPrefix={prefix} register={form.register} errors={errors} mode={form.watch('schedule')} />
      <Button type="submit" disabled={submitting} className="self-start">
        {props.mode === 'edit' ? 'Enregistrer la tâche' : 'Ajouter la tâche'}
      </Button>
    </form>
  );
}
