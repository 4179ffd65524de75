'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { setCycleEventAction } from '@/lib/server/actions/networks';

/** Puts one of the organisation's events in (or out of) a network's cycle. */
export function CycleEventToggle({ eventId, networkId, inCycle, title }: { eventId: string; networkId: string; inCycle: boolean; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const toggle = () =>
    startTransition(async () => {
      setError(null);
      const result = await setCycleEventAction({ eventId, networkId, inCycle: !inCycle });
      if (result.ok) router.refresh();
      else setError(result.error);
    });
  return (
    <div className="flex flex-col gap-1">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="button" variant={inCycle ? 'secondary' : 'primary'} disabled={pending} onClick={toggle} aria-label={`${inCycle ? 'Retirer du cycle' : 'Ajouter au cycle'} : ${title}`} className="self-start text-sm">
        {inCycle ? 'Retirer du cycle' : 'Ajouter au cycle'}
      </Button>
    </div>
  );
}
