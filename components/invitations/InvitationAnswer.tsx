'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import type { ActionResult } from '@/lib/server/action';

type Choice = { label: string; ariaLabel: string };

/**
 * Accept or decline an invitation (to co-organise an event, to join a network): two buttons, the
 * server's refusal shown above them, and the page drawn again once the answer is recorded.
 */
export function InvitationAnswer({ answer, accept, decline }: { answer: (accept: boolean) => Promise<ActionResult<unknown>>; accept: Choice; decline: Choice }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const send = (accepted: boolean) =>
    startTransition(async () => {
      setError(null);
      const result = await answer(accepted);
      if (result.ok) router.refresh();
      else setError(result.error);
    });
  return (
    <div className="flex flex-col gap-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={pending} onClick={() => send(true)} aria-label={accept.ariaLabel}>
          {accept.label}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => send(false)} aria-label={decline.ariaLabel}>
          {decline.label}
        </Button>
      </div>
    </div>
  );
}
