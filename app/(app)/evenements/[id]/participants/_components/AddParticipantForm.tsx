'use client';
import { useRouter } from 'next/navigation';
import type { UseFormReturn } from 'react-hook-form';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { plural } from '@/lib/domain/format/french';
import { addParticipantSchema } from '@/lib/schemas/participant-record';
import { addParticipantAction } from '@/lib/server/actions/participant-record';
import { ParticipantFields, type ParticipantFieldValues, type SessionOption } from './ParticipantFields';

type Props = {
  eventId: string;
  days: readonly string[];
  sessions: readonly SessionOption[];
  over: boolean;
  defaultNotify: boolean;
  full: boolean;
  capacity: number | null;
};

/** « Ajouter un participant »: added by the organisers, e-mailed only if they ask (never after the event). */
export function AddParticipantForm(props: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: addParticipantSchema,
    action: addParticipantAction,
    defaultValues: {
      eventId: props.eventId,
      name: '',
      email: '',
      organisation: '',
      isSpeaker: false,
      accessibilityNeeds: '',
      sessionIds: [],
      days: props.days.length > 1 ? [...props.days] : undefined,
      notify: props.defaultNotify,
      overCapacity: false,
    },
    onSuccess: (data) => router.push(`/evenements/${props.eventId}/participants/${data.registrationId}?ajout=${data.emailed ? 'courriel' : 'ok'}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <ParticipantFields form={form as unknown as UseFormReturn<ParticipantFieldValues>} idPrefix="add" days={props.days} sessions={props.sessions} />
      {props.over ? (
        <p className="text-slate-800">L’événement a eu lieu : aucun courriel n’est envoyé à son sujet.</p>
      ) : (
        <label className="flex items-center gap-2">
          <input type="checkbox" {...form.register('notify')} className="h-5 w-5" />
          Envoyer à la personne un courriel de confirmation avec son lien personnel
        </label>
      )}
      {props.full || errors.overCapacity ? (
        <div className="flex flex-col gap-1">
          <p className="text-slate-800">
            {props.capacity !== null ? `L’événement est complet (jauge : ${plural(props.capacity, { one: 'place', other: 'places' })}).` : null} Cochez la case pour inscrire cette personne
            quand même.
          </p>
          <label className="flex items-center gap-2">
            <input type="checkbox" {...form.register('overCapacity')} className="h-5 w-5" aria-describedby="add-over-error" />
            Inscrire au-delà de la jauge
          </label>
          <p id="add-over-error" aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
            {errorMessage(errors.overCapacity)}
          </p>
        </div>
      ) : null}
      <Button type="submit" disabled={submitting} className="self-start">
        Ajouter le ou la participant·e
      </Button>
    </form>
  );
}
