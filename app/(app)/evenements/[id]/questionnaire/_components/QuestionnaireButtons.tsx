'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { EarlyConfirmation } from '@/components/lifecycle/EarlyConfirmation';
import { Button } from '@/components/ui/Button';
import { prepareQuestionnaireAction, sendQuestionnaireNowAction } from '@/lib/server/actions/questionnaire';
import { plural } from '@/lib/domain/format/french';

export function PrepareButton({ eventId }: { eventId: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        type="button"
        disabled={pending}
        className="self-start"
        onClick={() =>
          start(async () => {
            const result = await prepareQuestionnaireAction({ eventId });
            if (result.ok) router.refresh();
            else setError(result.error);
          })
        }
      >
        Préparer le questionnaire
      </Button>
    </div>
  );
}

/**
 * Sends at once instead of waiting for the day: the same claim as the job, so never twice. Stays
 * mounted once sent so that its confirmation survives the refresh. Before the event's end
 * (`earlyConfirmation` is the box's label), the step also asks to confirm sending early.
 */
export function SendNowButton(props: { eventId: string; presentCount: number; sent: boolean; earlyConfirmation: string | null }) {
  const { eventId, presentCount, sent, earlyConfirmation } = props;
  const router = useRouter();
  const [pending, start] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [confirmEarly, setConfirmEarly] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const send = () =>
    start(async () => {
      const result = await sendQuestionnaireNowAction({ eventId, confirmEarly });
      setConfirming(false);
      setMessage(result.ok ? { tone: 'success', text: `Questionnaire envoyé à ${plural(result.data.invited, { one: 'personne', other: 'personnes' })}.` } : { tone: 'error', text: result.error });
      router.refresh();
    });
  return (
    <div className="flex flex-col gap-2">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {sent ? null : confirming ? (
        <div className="flex flex-wrap items-center gap-3">
          <p>
            Envoyer maintenant à {plural(presentCount, { one: 'personne présente', other: 'personnes présentes' })} ? Les questions ne
            pourront plus changer.
          </p>
          {earlyConfirmation ? (
            <div className="basis-full">
              <EarlyConfirmation label={earlyConfirmation} checked={confirmEarly} onChange={setConfirmEarly} />
            </div>
          ) : null}
          <Button type="button" disabled={pending} onClick={send}>
            Confirmer l’envoi
          </Button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
            Annuler
          </Button>
        </div>
      ) : (
        <Button type="button" variant="secondary" className="self-start" onClick={() => setConfirming(true)}>
          Envoyer maintenant
        </Button>
      )}
    </div>
  );
}
