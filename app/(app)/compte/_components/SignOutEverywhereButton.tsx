'use client';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { signOutEverywhereAction } from '@/lib/server/actions/account';

export function SignOutEverywhereButton() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        type="button"
        disabled={pending}
        className="self-start"
        onClick={() =>
          startTransition(async () => {
            // On success the action redirects to /connexion.
            const result = await signOutEverywhereAction({});
            if (!result.ok) setError(result.error);
          })
        }
      >
        {pending ? 'Déconnexion…' : 'Se déconnecter de tous les appareils'}
      </Button>
    </div>
  );
}
