'use client';
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { formatDay } from '@/lib/domain/dates';
import { remindersSchema } from '@/lib/schemas/group-message';
import { saveRemindersAction } from '@/lib/server/actions/group-messages';

type Reminder = { daysBefore: number; enabled: boolean; subject: string; body: string };
type Props = { eventId: string; reminders: Reminder[]; sendDays: Record<number, string>; placeholders: Array<{ key: string; label: string }> };

const EMPTY: Reminder = { daysBefore: 3, enabled: true, subject: 'Bientôt : {{evenement}}', body: 'Bonjour {{nom}},\n\n' };

/** The reminders before the event: days before, on or off, subject and text with placeholders. */
export function RemindersForm(props: Props) {
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: remindersSchema,
    action: saveRemindersAction,
    defaultValues: { eventId: props.eventId, reminders: props.reminders },
    onSuccess: () => setSaved(true),
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'reminders' });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow sm:p-6" onChange={() => setSaved(false)}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">Rappels enregistrés.</Alert> : null}
      <p className="text-sm text-slate-700">
        Champs disponibles : {props.placeholders.map((p) => `{{${p.key}}} (${p.label.toLowerCase()})`).join(', ')}.
      </p>
      {fields.map((field, index) => {
        const fieldErrors = errors.reminders?.[index];
        const day = props.sendDays[props.reminders[index]?.daysBefore ?? -1];
        return (
          <fieldset key={field.id} className="flex flex-col gap-3 rounded-md border border-slate-300 p-3">
            <legend className="px-1 font-semibold">Rappel {index + 1}</legend>
            {day ? <p className="text-sm text-slate-700">Envoi prévu le {formatDay(day)} à partir de 9 h.</p> : null}
            <label className="flex items-center gap-2">
              <input type="checkbox" className="h-5 w-5" {...form.register(`reminders.${index}.enabled`)} />
              Envoyer ce rappel
            </label>
            <Field id={`reminder-${index}-days`} label="Jours avant le début de l’événement" error={errorMessage(fieldErrors?.daysBefore)}>
              {(control) => <input {...control} type="number" min={1} max={60} className={`${inputClass} max-w-32`} {...form.register(`reminders.${index}.daysBefore`)} />}
            </Field>
            <Field id={`reminder-${index}-subject`} label="Objet" required error={errorMessage(fieldErrors?.subject)}>
              {(control) => <input {...control} className={inputClass} {...form.register(`reminders.${index}.subject`)} />}
            </Field>
            <Field id={`reminder-${index}-body`} label="Message" required error={errorMessage(fieldErrors?.body)}>
              {(control) => <textarea {...control} rows={10} className={inputClass} {...form.register(`reminders.${index}.body`)} />}
            </Field>
            <Button type="button" variant="ghost" className="self-start" onClick={() => remove(index)}>
              Supprimer le rappel {index + 1}
            </Button>
          </fieldset>
        );
      })}
      {errorMessage(errors.reminders) ? <p className="text-sm font-medium text-red-700">{errorMessage(errors.reminders)}</p> : null}
      <div className="flex flex-wrap gap-3">
        {fields.length < 4 ? (
          <Button type="button" variant="secondary" onClick={() => append(EMPTY)}>
            Ajouter un rappel
          </Button>
        ) : null}
        <Button type="submit" disabled={submitting}>
          {submitting ? 'Enregistrement…' : 'Enregistrer les rappels'}
        </Button>
      </div>
    </form>
  );
}
