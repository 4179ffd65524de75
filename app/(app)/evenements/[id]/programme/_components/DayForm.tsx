'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { createDaySchema } from '@/lib/schemas/programme';
import { createDayAction, updateDayAction } from '@/lib/server/actions/programme-days';

type Day = { id: string; date: string; startTime: string; endTime: string };

/** Adds a day (date and opening hours, Paris time) or changes one; its sessions move with it. */
export function DayForm({ eventId, day }: { eventId: string; day?: Day }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const editing = Boolean(day);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: createDaySchema,
    action: (input) => (day ? updateDayAction({ ...input, dayId: day.id }) : createDayAction(input)),
    defaultValues: { eventId, date: day?.date ?? '', startTime: day?.startTime ?? '09:00', endTime: day?.endTime ?? '17:30' },
    onSuccess: () => {
      setSaved(true);
      if (!editing) form.reset();
      router.refresh();
    },
  });
  const id = (field: string) => `jour-${day?.id ?? 'nouveau'}-${field}`;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2" onChange={() => setSaved(false)}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{editing ? 'Journée enregistrée.' : 'Journée ajoutée.'}</Alert> : null}
      <div className="grid items-end gap-3 sm:grid-cols-3">
        <Field id={id('date')} label="Date" error={errorMessage(errors.date)} required>
          {(control) => <input {...control} {...form.register('date')} type="date" className={inputClass} />}
        </Field>
        <Field id={id('debut')} label="Ouverture" error={errorMessage(errors.startTime)} required>
          {(control) => <input {...control} {...form.register('startTime')} type="time" className={inputClass} />}
        </Field>
        <Field id={id('fin')} label="Fermeture" error={errorMessage(errors.endTime)} required>
          {(control) => <input {...control} {...form.register('endTime')} type="time" className={inputClass} />}
        </Field>
      </div>
      <Button type="submit" variant={editing ? 'secondary' : 'primary'} disabled={submitting} className="self-start">
        {editing ? 'Enregistrer la journée' : 'Ajouter la journée'}
      </Button>
    </form>
  );
}
