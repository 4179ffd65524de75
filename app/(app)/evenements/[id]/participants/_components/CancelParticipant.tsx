'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/Button';
import { cancelParticipantAction } from '@/lib/server/actions/participant-record';

/** Cancels a registration (its seats go to the next in line); a message only if asked and the event is to come. */
export function CancelParticipant(props: { eventId: string; registrationId: string; over: boolean; defaultNotify: boolean; hasEmail: boolean }) {
  const router = useRouter();
  const [notify, setNotify] = useState(props.defaultNotify && props.hasEmail);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const cancel = () =>
    startTransition(async () => {
      const result = await cancelParticipantAction({ eventId: props.eventId, registrationId: props.registrationId, notify });
      if (!result.ok) return setError(result.error);
      router.refresh();
    });
  return (
    <div className="flex flex-col gap-2">
      {props.over || !props.hasEmail ? null : (
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={notify} onChange={(e) => setNotify(e.target.checked)} className="h-5 w-5" />
          Prévenir la personne par courriel
        </label>
      )}
      <Button type="button" variant="secondary" disabled={pending} onClick={cancel} className="self-start">
        Annuler cette inscription
      </Button>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
