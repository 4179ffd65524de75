'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { deleteCoreQuestionAction } from '@/lib/server/actions/networks';

export function DeleteCoreQuestionButton({ id, label }: { id: string; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const remove = () =>
    startTransition(async () => {
      setError(null);
      const result = await deleteCoreQuestionAction({ id });
      if (result.ok) router.refresh();
      else setError(result.error);
    });
  return (
    <div className="flex flex-col gap-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="button" variant="secondary" disabled={pending} onClick={remove} aria-label={`Retirer la question commune « ${label} »`} className="self-start">
        Retirer
      </Button>
    </div>
  );
}
