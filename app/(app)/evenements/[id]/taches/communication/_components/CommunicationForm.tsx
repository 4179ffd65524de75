'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { CHANNEL_LABELS, CHANNELS } from '@/lib/domain/community';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, communicationFormSchema, type CommunicationFormValues } from '@/lib/schemas/tasks';
import { createCommunicationActionAction, updateCommunicationActionAction } from '@/lib/server/actions/communication';
import { ScheduleFields } from '../../_components/ScheduleFields';

type Props = { eventId: string } & ({ mode: 'create' } | { mode: 'edit'; actionId: string; defaultValues: CommunicationFormValues });

const EMPTY: CommunicationFormValues = { title: '', channel: 'RESEAUX_SOCIAUX', schedule: 'offset', offset: '', date: '', status: 'PLANNED' };

/** Adds an action to the communication plan, or edits one (a default mailing included). */
export function CommunicationForm(props: Props) {
  const router = useRouter();
  const [added, setAdded] = useState<string | null>(null);
  const planPath = `/evenements/${props.eventId}/taches/communication`;
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: communicationFormSchema,
    action: (values: CommunicationFormValues) =>
      props.mode === 'edit'
        ? updateCommunicationActionAction({ ...values, actionId: props.actionId })
        : createCommunicationActionAction({ ...values, eventId: props.eventId }),
    defaultValues: props.mode === 'edit' ? props.defaultValues : EMPTY,
    onSuccess: () => {
      if (props.mode === 'edit') {
        router.push(planPath);
        return;
      }
      setAdded(`Action « ${form.getValues('title')} » ajoutée au plan.`);
      form.reset(EMPTY);
      router.refresh();
    },
  });
  const prefix = props.mode === 'edit' ? 'modifier-action' : 'nouvelle-action';
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {added ? <Alert tone="success">{added}</Alert> : null}
      <Field id={`${prefix}-title`} label="Action" hint="Ex. Publication du programme sur LinkedIn, envoi du communiqué de presse." error={errorMessage(errors.title)} required>
        {(control) => <input {...control} {...form.register('title')} type="text" className={inputClass} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${prefix}-channel`} label="Canal" error={errorMessage(errors.channel)} required>
          {(control) => (
            <select {...control} {...form.register('channel')} className={inputClass}>
              {CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {CHANNEL_LABELS[channel]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${prefix}-status`} label="Statut" error={errorMessage(errors.status)} required>
          {(control) => (
            <select {...control} {...form.register('status')} className={inputClass}>
              {ACTION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {ACTION_STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ScheduleFields idPrefix={prefix} register={form.register} errors={errors} mode={form.watch('schedule')} />
      <Button type="submit" disabled={submitting} className="self-start">
        {props.mode === 'edit' ? 'Enregistrer l’action' : 'Ajouter l’action'}
      </Button>
    </form>
  );
}
