'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { EarlyConfirmation } from '@/components/lifecycle/EarlyConfirmation';
import { Button } from '@/components/ui/Button';
import { validateBilanAction } from '@/lib/server/actions/bilan';

/**
 * "Valider le bilan", with a confirmation step: a version, once validated, never changes. Before the
 * event's end (`earlyConfirmation` is the box's label), the step also asks to confirm validating early.
 */
export function ValidationPanel({ eventId, nextNumber, earlyConfirmation }: { eventId: string; nextNumber: number; earlyConfirmation: string | null }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [confirmEarly, setConfirmEarly] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function validate() {
    setPending(true);
    const result = await validateBilanAction({ eventId, confirmEarly });
    setPending(false);
    setConfirming(false);
    if (result.ok) {
      setMessage({ tone: 'success', text: `Bilan validé : version ${result.data.number}.` });
      router.refresh();
    } else setMessage({ tone: 'error', text: result.error });
  }

  return (
    <div className="flex flex-col gap-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {confirming ? (
        <div className="flex flex-col gap-3 rounded-md border border-amber-700 bg-amber-50 p-4 text-slate-900">
          <p>
            Les chiffres et les textes d’aujourd’hui seront figés dans la version {nextNumber}. Les modifications suivantes de
            l’événement ne la changeront pas : il faudra valider une nouvelle version.
          </p>
          {earlyConfirmation ? <EarlyConfirmation label={earlyConfirmation} checked={confirmEarly} onChange={setConfirmEarly} /> : null}
          <div className="flex flex-wrap gap-3">
            {/* Focus moves to the confirmation the person just asked for. */}
            <Button autoFocus type="button" onClick={validate} disabled={pending}>
              {pending ? 'Validation…' : `Confirmer la validation de la version ${nextNumber}`}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
              Annuler
            </Button>
          </div>
        </div>
      ) : (
        <div>
          <Button
            type="button"
            onClick={() => {
              setMessage(null);
              setConfirming(true);
            }}
          >
            Valider le bilan
          </Button>
        </div>
      )}
    </div>
  );
}
