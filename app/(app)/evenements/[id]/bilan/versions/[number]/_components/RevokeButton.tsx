'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { revokeBilanLinkAction, revokeBilanShareAction } from '@/lib/server/actions/bilan-sharing';
import { Button } from '@/components/ui/Button';

/** Ends a funder's access or a link at once; the list refreshes from the server. */
export function RevokeButton({ kind, id, label }: { kind: 'share' | 'link'; id: string; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const revoke = () =>
    startTransition(async () => {
      const result = kind === 'share' ? await revokeBilanShareAction({ shareId: id }) : await revokeBilanLinkAction({ linkId: id });
      if (!result.ok) setError(result.error);
      else router.refresh();
    });
  return (
    <span className="flex items-center gap-2">
      <Button type="button" variant="secondary" onClick={revoke} disabled={pending} aria-label={label}>
        {kind === 'share' ? 'Retirer l’accès' : 'Révoquer'}
      </Button>
      {error ? (
        <span role="alert" className="text-sm font-medium text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
