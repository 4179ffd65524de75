'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { answerNetworkInvitationAction } from '@/lib/server/actions/networks';

/** Join a network, or decline its invitation. */
export function NetworkInvitationAnswer({ networkId, name }: { networkId: string; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const answer = (accept: boolean) =>
    startTransition(async () => {
      setError(null);
      const result = await answerNetworkInvitationAction({ networkId, accept });
      if (result.ok) router.refresh();
      else setError(result.error);
    });
  return (
    <div className="flex flex-col gap-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={pending} onClick={() => answer(true)} aria-label={`Rejoindre le réseau « ${name} »`}>
          Rejoindre
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => answer(false)} aria-label={`Décliner l’invitation du réseau « ${name} »`}>
          Décliner
        </Button>
      </div>
    </div>
  );
}
