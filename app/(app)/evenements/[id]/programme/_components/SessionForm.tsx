'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { DefaultValues } from 'react-hook-form';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import type { MaturityLevel } from '@/lib/domain/diagnostic/maturity-level';
import { SESSION_ACCESS_LABELS, SESSION_ACCESS_MODES } from '@/lib/domain/programme/labels';
import { createSessionSchema, type SessionFormInput } from '@/lib/schemas/programme';
import { createSessionAction, updateSessionAction } from '@/lib/server/actions/programme-sessions';
import { ContentField } from './ContentField';
import { FormatField } from './FormatField';
import { PeopleFields } from './PeopleFields';
import { optionalNumber } from './RoomForm';

export type SessionFormOptions = {
  level: MaturityLevel | null;
  days: { id: string; date: string; label: string }[];
  rooms: { id: string; name: string; capacity: number | null }[];
  speakers: { id: string; name: string; organisation: string | null }[];
};

/**
 * Creates a session, or edits one from the version it was opened with: if someone saved it in
 * the meantime, the server refuses and nothing is overwritten.
 */
export function SessionForm(props: {
  eventId: string;
  options: SessionFormOptions;
  values: DefaultValues<SessionFormInput>;
  session?: { id: string; version: number };
}) {
  const router = useRouter();
  const { session } = props;
  const back = `/evenements/${props.eventId}/programme`;
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: createSessionSchema,
    action: (input) => (session ? updateSessionAction({ ...input, sessionId: session.id, version: session.version }) : createSessionAction(input)),
    defaultValues: props.values,
    onSuccess: () => {
      router.push(back);
      router.refresh();
    },
  });
  const { register } = form;
  const field = (name: 'dayId' | 'startTime' | 'endTime' | 'roomId' | 'capacity') => ({ id: `seance-${name}`, error: errorMessage(errors[name]) });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? (
        <Alert tone="error">
          <p className="whitespace-pre-line">{formError}</p>
        </Alert>
      ) : null}
      <Field id="seance-titre" label="Titre" error={errorMessage(errors.title)} required>
        {(control) => <input {...control} {...register('title')} type="text" className={inputClass} />}
      </Field>
      <div className="grid items-end gap-3 md:grid-cols-3">
        <Field {...field('dayId')} label="Journée" required>
          {(control) => (
            <select {...control} {...register('dayId')} className={inputClass}>
              <option value="">Choisir…</option>
              {props.options.days.map((day) => (
                <option key={day.id} value={day.id}>
                  {day.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...field('startTime')} label="Début (heure de Paris)" required>
          {(control) => <input {...control} {...register('startTime')} type="time" className={inputClass} />}
        </Field>
        <Field {...field('endTime')} label="Fin (heure de Paris)" required>
          {(control) => <input {...control} {...register('endTime')} type="time" className={inputClass} />}
        </Field>
      </div>
      <FormatField form={form} level={props.options.level} days={props.options.days} />
      <ContentField form={form} />
      <div className="grid items-end gap-3 md:grid-cols-3">
        <Field {...field('roomId')} label="Salle">
          {(control) => (
            <select {...control} {...register('roomId')} className={inputClass}>
              <option value="">Salle à préciser</option>
              {props.options.rooms.map((room) => (
                <option key={room.id} value={room.id}>
                  {room.capacity ? `${room.name} (${room.capacity} places)` : room.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...field('capacity')} label="Jauge (places)">
          {(control) => <input {...control} {...register('capacity', { setValueAs: optionalNumber })} type="number" min={1} inputMode="numeric" className={inputClass} />}
        </Field>
        <label className="flex items-center gap-2 pb-7">
          <input type="checkbox" {...register('allRooms')} className="h-4 w-4 accent-brand-700" />
          Pause ou plénière pour toutes les salles
        </label>
      </div>
      <Field id="seance-description" label="Description" hint="Ce que les participant·es y feront ou y apprendront." error={errorMessage(errors.description)}>
        {(control) => <textarea {...control} {...register('description')} rows={3} className={inputClass} />}
      </Field>
      <fieldset>
        <legend className="font-medium">Accès</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {SESSION_ACCESS_MODES.map((mode) => (
            <label key={mode} className="flex items-center gap-2">
              <input type="radio" value={mode} {...register('access')} className="h-4 w-4 accent-brand-700" />
              {SESSION_ACCESS_LABELS[mode]}
            </label>
          ))}
        </div>
      </fieldset>
      <PeopleFields form={form} speakers={props.options.speakers} />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={submitting}>
          {session ? 'Enregistrer la séance' : 'Ajouter la séance'}
        </Button>
        <Link href={back} className="font-medium text-brand-700 underline underline-offset-4">
          Revenir au programme sans enregistrer
        </Link>
      </div>
    </form>
  );
}
