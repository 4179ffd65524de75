'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { joinWithInvitationAction } from '@/lib/server/actions/invitations';
import { switchOrganisationAction } from '@/lib/server/actions/organisations';

export function JoinButton({ token }: { token: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col gap-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await joinWithInvitationAction({ token });
            if (!result.ok) return setError(result.error);
            await switchOrganisationAction({ organisationId: result.data.organisationId });
            router.replace('/');
            router.refresh();
          })
        }
      >
        Rejoindre cette structure
      </Button>
    </div>
  );
}
