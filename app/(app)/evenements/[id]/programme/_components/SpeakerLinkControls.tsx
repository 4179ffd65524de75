'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { inputClass } from '@/components/ui/Field';
import { de } from '@/lib/domain/format/french';
import { revokeSpeakerLinkAction, sendSpeakerLinkAction } from '@/lib/server/actions/speaker-links';

/**
 * Sends the speaker a new personal link (the previous one stops working) or withdraws it. The new
 * link is shown once, to pass on by hand when the person has no e-mail address in the programme.
 */
export function SpeakerLinkControls(props: { eventId: string; speaker: { id: string; name: string; email: string | null; hasLink: boolean } }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<{ link: string; emailed: boolean } | null>(null);
  const [revoked, setRevoked] = useState(false);
  const input = { eventId: props.eventId, speakerId: props.speaker.id };

  const send = () =>
    startTransition(async () => {
      setError(null);
      setRevoked(false);
      const result = await sendSpeakerLinkAction(input);
      if (!result.ok) return setError(result.error);
      setIssued(result.data);
      router.refresh();
    });
  const revoke = () =>
    startTransition(async () => {
      setError(null);
      const result = await revokeSpeakerLinkAction(input);
      if (!result.ok) return setError(result.error);
      setIssued(null);
      setRevoked(true);
      router.refresh();
    });

  const fieldId = `lien-${props.speaker.id}`;
  return (
    <div className="mt-2 flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" className="py-1 text-sm" disabled={pending} onClick={send}>
          {props.speaker.hasLink ? 'Envoyer un nouveau lien' : 'Envoyer le lien personnel'}
          <span className="sr-only"> à {props.speaker.name}</span>
        </Button>
        {props.speaker.hasLink ? (
          <Button type="button" variant="ghost" className="py-1 text-sm" disabled={pending} onClick={revoke}>
            Retirer le lien<span className="sr-only"> {de(props.speaker.name)}</span>
          </Button>
        ) : null}
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {revoked ? <Alert tone="success">Lien retiré : il ne permet plus rien.</Alert> : null}
      {issued ? (
        <Alert tone="success">
          <p>
            {issued.emailed
              ? `Nouveau lien envoyé à ${props.speaker.email ?? ''} ; l’ancien ne fonctionne plus.`
              : 'Nouveau lien créé (pas d’e-mail dans la fiche : transmettez-le vous-même) ; l’ancien ne fonctionne plus.'}
          </p>
          <label htmlFor={fieldId} className="mt-1 block text-sm font-medium">
            Lien personnel, affiché une seule fois
          </label>
          <input id={fieldId} readOnly value={issued.link} className={`${inputClass} text-sm`} onFocus={(event) => event.currentTarget.select()} />
        </Alert>
      ) : null}
    </div>
  );
}
