'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { answerCoOrganiserInvitationAction } from '@/lib/server/actions/co-organisers';

/** Accept or decline one invitation to co-organise. */
export function CoOrganiserInvitationAnswer({ eventId, organisationId, eventTitle }: { eventId: string; organisationId: string; eventTitle: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const answer = (accept: boolean) =>
    startTransition(async () => {
      setError(null);
      const result = await answerCoOrganiserInvitationAction({ eventId, organisationId, accept });
      if (result.ok) router.refresh();
      else setError(result.error);
    });
  return (
    <div className="flex flex-col gap-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={pending} onClick={() => answer(true)} aria-label={`Accepter de co-organiser « ${eventTitle} »`}>
          Accepter
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => answer(false)} aria-label={`Décliner « ${eventTitle} »`}>
          Décliner
        </Button>
      </div>
    </div>
  );
}
