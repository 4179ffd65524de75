'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { confirmAddressAction } from '@/lib/server/actions/account';

export function ConfirmAddressButton({ token }: { token: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col gap-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await confirmAddressAction({ token });
            if (result.ok) router.replace('/connexion?confirme=1');
            else setError(result.error);
          })
        }
      >
        {pending ? 'Confirmation…' : 'Confirmer mon adresse e-mail'}
      </Button>
    </div>
  );
}
