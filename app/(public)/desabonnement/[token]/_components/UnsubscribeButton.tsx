'use client';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { unsubscribeAction } from '@/lib/server/actions/group-messages';

const DONE = 'C’est fait : vous ne recevrez plus les rappels ni les messages de l’organisation.';

export function UnsubscribeButton({ token, alreadyDone }: { token: string; alreadyDone: boolean }) {
  const [state, setState] = useState<{ done: boolean; error: string | null }>({ done: alreadyDone, error: null });
  const [pending, startTransition] = useTransition();
  if (state.done) return <Alert tone="success">{DONE}</Alert>;
  return (
    <div className="flex flex-col gap-3">
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <Button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await unsubscribeAction({ token });
            setState(result.ok ? { done: true, error: null } : { done: false, error: result.error });
          })
        }
      >
        {pending ? 'Désabonnement…' : 'Me désabonner'}
      </Button>
    </div>
  );
}
