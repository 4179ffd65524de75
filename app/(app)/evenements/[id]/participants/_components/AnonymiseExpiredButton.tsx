'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { anonymiseExpiredParticipantsAction } from '@/lib/server/actions/participants';

/** Once the retention is over, organisers anonymise every remaining participant in one go. */
export function AnonymiseExpiredButton({ eventId }: { eventId: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      const result = await anonymiseExpiredParticipantsAction({ eventId });
      setMessage(result.ok ? { tone: 'success', text: `${result.data.count} participant·es anonymisé·es.` } : { tone: 'error', text: result.error });
      router.refresh();
    });
  return (
    <div className="flex flex-col gap-2">
      <Button type="button" disabled={pending} onClick={run} className="self-start">
        Anonymiser maintenant les participant·es
      </Button>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
