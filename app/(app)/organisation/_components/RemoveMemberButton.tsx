'use client';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/Button';
import { de } from '@/lib/domain/format/french';
import { removeMemberAction } from '@/lib/server/actions/organisations';

/** Two clicks: « Retirer » then « Confirmer le retrait ». The person's sessions end at once. */
export function RemoveMemberButton({ userId, name }: { userId: string; name: string }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <Button type="button" variant="ghost" onClick={() => setConfirming(true)} aria-label={`Retirer ${name} de la structure`}>
        Retirer
      </Button>
    );
  }
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await removeMemberAction({ userId });
            if (!result.ok) setError(result.error);
          })
        }
      >
        {pending ? 'Retrait…' : `Confirmer le retrait ${de(name)}`}
      </Button>
      <p role="status" aria-live="polite" className="max-w-xs text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}
