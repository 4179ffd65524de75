'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { createDefaultCommunicationPlanAction } from '@/lib/server/actions/communication';

function addedMessage(added: number): string {
  if (added === 0) return 'Les mailings J-30, J-15 et J-7 sont déjà dans le plan : rien n’a été ajouté.';
  return added === 1 ? '1 mailing ajouté au plan.' : `${added} mailings ajoutés au plan.`;
}

/** Adds the vademecum's J-30, J-15 and J-7 mailings that are missing; clicking twice adds nothing. */
export function DefaultPlanButton({ eventId, complete }: { eventId: string; complete: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  function create() {
    setMessage(null);
    startTransition(async () => {
      const result = await createDefaultCommunicationPlanAction({ eventId });
      setMessage(result.ok ? { tone: 'success', text: addedMessage(result.data.added) } : { tone: 'error', text: result.error });
      router.refresh();
    });
  }
  return (
    <div className="flex flex-col gap-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Button type="button" variant={complete ? 'secondary' : 'primary'} onClick={create} disabled={pending} className="self-start">
        Créer le plan par défaut
      </Button>
    </div>
  );
}
