'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import type { AudienceCategory } from '@/lib/domain/registrations/audience-categories';
import { updateParticipantSchema } from '@/lib/schemas/participant-record';
import { updateParticipantAction } from '@/lib/server/actions/participant-record';
import { ParticipantFields, type ParticipantFieldValues, type SessionOption } from './ParticipantFields';

type Props = {
  eventId: string;
  registrationId: string;
  person: { name: string; email: string; organisation: string; category: AudienceCategory; isSpeaker: boolean; accessibilityNeeds: string; days: string[] };
  chosenSessionIds: string[];
  days: readonly string[];
  sessions: readonly SessionOption[];
};

/** The organisers change someone's details, days, sessions or needs; no e-mail is sent for it. */
export function EditParticipantForm(props: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const { form, onSubmit, formError, submitting } = useActionForm({
    schema: updateParticipantSchema,
    action: updateParticipantAction,
    defaultValues: {
      eventId: props.eventId,
      registrationId: props.registrationId,
      ...props.person,
      days: props.days.length > 1 ? props.person.days : undefined,
      sessionIds: props.chosenSessionIds,
    },
    onSuccess: (data) => {
      setSaved(data.changed === 0 ? 'Rien n’a changé.' : 'Modifications enregistrées.');
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      <ParticipantFields form={form as unknown as UseFormReturn<ParticipantFieldValues>} idPrefix="edit" days={props.days} sessions={props.sessions} />
      <Button type="submit" disabled={submitting} className="self-start">
        Enregistrer les modifications
      </Button>
    </form>
  );
}
