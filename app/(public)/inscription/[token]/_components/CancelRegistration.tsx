'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { cancelRegistrationAction } from '@/lib/server/actions/registrations';

/** Two steps, so a slip of the thumb does not give the seat away. */
export function CancelRegistration({ token }: { token: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function cancel() {
    setPending(true);
    setError(null);
    const result = await cancelRegistrationAction({ token });
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setConfirming(false);
    router.refresh();
  }

  return (
    <section aria-labelledby="cancel-title" className="flex flex-col gap-3 rounded-lg border border-red-700 bg-white p-4 sm:p-6">
      <h2 id="cancel-title" className="text-xl font-semibold">
        Annuler mon inscription
      </h2>
      <p>Vous ne pouvez plus venir ? Annulez : votre place revient à la première personne en liste d’attente.</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {confirming ? (
        <div role="group" aria-labelledby="cancel-question" className="flex flex-col gap-3">
          <p id="cancel-question" className="font-semibold">
            Confirmez-vous l’annulation ? Elle libère aussi vos places dans les séances.
          </p>
          <div className="flex flex-wrap gap-3">
            <button
              id="confirm-cancel"
              type="button"
              onClick={cancel}
              disabled={pending}
              className="inline-flex items-center justify-center rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:bg-slate-400"
            >
              Oui, annuler mon inscription
            </button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
              Non, garder ma place
            </Button>
          </div>
        </div>
      ) : (
        <Button
          type="button"
          variant="secondary"
          className="self-start"
          onClick={() => {
            setConfirming(true);
            requestAnimationFrame(() => document.getElementById('confirm-cancel')?.focus());
          }}
        >
          Annuler mon inscription…
        </Button>
      )}
    </section>
  );
}
