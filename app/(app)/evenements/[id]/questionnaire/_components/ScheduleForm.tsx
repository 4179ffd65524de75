'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import type { QuestionnaireSchedule } from '@/lib/domain/questionnaire/types';
import { editScheduleSchema } from '@/lib/schemas/questionnaire';
import { editQuestionnaireScheduleAction } from '@/lib/server/actions/questionnaire';

export function ScheduleForm(props: { eventId: string; version: number; schedule: QuestionnaireSchedule; sent: boolean }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: editScheduleSchema,
    action: editQuestionnaireScheduleAction,
    defaultValues: {
      eventId: props.eventId,
      version: props.version,
      sendOn: props.schedule.sendOn,
      reminderOn: props.schedule.reminderOn ?? '',
      closesOn: props.schedule.closesOn ?? '',
    },
    onSuccess: (data) => {
      // The next save starts from the version just written.
      form.setValue('version', data.version);
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">Calendrier enregistré.</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="q-send-on" label="Envoi le" required error={errorMessage(errors.sendOn)} hint={props.sent ? 'Déjà envoyé.' : 'Par défaut, 10 jours après l’événement.'}>
          {(control) => <input {...control} type="date" readOnly={props.sent} {...form.register('sendOn', { onChange: () => setSaved(false) })} className={inputClass} />}
        </Field>
        <Field id="q-reminder-on" label="Relance le" error={errorMessage(errors.reminderOn)} hint="Une seule relance, à qui n’a pas répondu. Vide : pas de relance.">
          {(control) => <input {...control} type="date" {...form.register('reminderOn', { onChange: () => setSaved(false) })} className={inputClass} />}
        </Field>
        <Field id="q-closes-on" label="Clôture le" error={errorMessage(errors.closesOn)} hint="Dernier jour pour répondre. Vide : sans fin.">
          {(control) => <input {...control} type="date" {...form.register('closesOn', { onChange: () => setSaved(false) })} className={inputClass} />}
        </Field>
      </div>
      <Button type="submit" disabled={submitting} className="self-start">
        Enregistrer le calendrier
      </Button>
    </form>
  );
}
