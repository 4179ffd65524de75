'use client';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { applyInternalBudgetAction } from '@/lib/server/actions/budget-suggestions';

export function ApplyInternalBudgetButton({ eventId }: { eventId: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-start gap-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await applyInternalBudgetAction({ eventId });
            if (!result.ok) setError(result.error);
          })
        }
      >
        Ajouter les lignes de budget interne proposées
      </Button>
    </div>
  );
}
