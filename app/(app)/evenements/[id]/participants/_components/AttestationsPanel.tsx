'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { plural } from '@/lib/domain/format/french';
import { sendAttestationsAction } from '@/lib/server/actions/attestations';

type Summary = { eligible: number; withAddress: number; notYetSent: number; canSend: boolean; mailIsSent: boolean };
type Message = { tone: 'success' | 'error' | 'info'; text: string };

const ZIP_ENTRY = [0x50, 0x4b, 0x03, 0x04];

/** How many ZIP entries (local file headers) a chunk starts, `tail` holding the previous chunk's last bytes. */
function countEntries(chunk: Uint8Array, tail: number[]): number {
  const bytes = [...tail, ...chunk];
  let found = 0;
  for (let i = 0; i + 3 < bytes.length; i += 1) if (ZIP_ENTRY.every((b, k) => bytes[i + k] === b)) found += 1;
  tail.splice(0, tail.length, ...bytes.slice(-3));
  return found;
}

/**
 * The ZIP of every attestation, fetched here rather than by a plain link so that the page can say
 * how far it is (« 120 attestations sur 500 ») while the server renders them one by one.
 */
function ZipDownload({ eventId, total }: { eventId: string; total: number }) {
  const [done, setDone] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setError(null);
    setDone(0);
    try {
      const response = await fetch(`/evenements/${eventId}/attestations.zip`);
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        throw new Error(body?.error ?? 'Le téléchargement a échoué. Réessayez.');
      }
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      const tail: number[] = [];
      let entries = 0;
      for (;;) {
        const { done: finished, value } = await reader.read();
        if (finished) break;
        chunks.push(value);
        entries += countEntries(value, tail);
        setDone(Math.min(entries, total));
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'attestations.zip';
      const url = URL.createObjectURL(new Blob(chunks as BlobPart[], { type: 'application/zip' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      // Revoked once the browser has surely taken the file: at once, Chromium may drop the download.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setDone(null);
    } catch (failure) {
      setDone(null);
      setError(failure instanceof Error ? failure.message : 'Le téléchargement a échoué. Réessayez.');
    }
  };
  return (
    <div className="flex flex-col gap-2">
      <Button type="button" variant="secondary" onClick={download} disabled={done !== null || total === 0} className="self-start">
        Télécharger toutes les attestations (ZIP)
      </Button>
      {done !== null ? (
        <div role="status" className="flex flex-wrap items-center gap-3">
          <progress max={total} value={done} className="w-48" aria-label="Attestations préparées" />
          <span>
            {done} sur {plural(total, { one: 'attestation préparée', other: 'attestations préparées' })}
          </span>
        </div>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}

/** The outcome of a send, honest about what happens to the messages. */
function sentText(data: { queued: number; alreadySent: number; withoutAddress: number }, mailIsSent: boolean): string {
  const parts = [
    data.queued === 0
      ? 'Aucune nouvelle attestation à envoyer.'
      : `${plural(data.queued, { one: 'attestation mise', other: 'attestations mises' })} dans la file d’envoi${mailIsSent ? '' : ' (conservées dans la page « Courriels » : aucun serveur d’envoi n’est configuré)'}.`,
  ];
  if (data.alreadySent > 0) parts.push(`${plural(data.alreadySent, { one: 'personne l’avait', other: 'personnes l’avaient' })} déjà reçue : rien n’est renvoyé.`);
  if (data.withoutAddress > 0) parts.push(`${plural(data.withoutAddress, { one: 'personne n’a', other: 'personnes n’ont' })} pas d’adresse e-mail : téléchargez leur attestation.`);
  return parts.join(' ');
}

/** « Envoyer les attestations par courriel » : to everyone present, or to one person. */
export function SendAttestationsButton(props: { eventId: string; registrationId?: string; label: string; mailIsSent: boolean; nothingLeft?: string | null }) {
  const { eventId, registrationId, label, mailIsSent, nothingLeft = null } = props;
  const router = useRouter();
  const [message, setMessage] = useState<Message | null>(null);
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      setMessage({ tone: 'info', text: 'Préparation des attestations…' });
      const result = await sendAttestationsAction({ eventId, ...(registrationId ? { registrationId } : {}) });
      setMessage(result.ok ? { tone: 'success', text: sentText(result.data, mailIsSent) } : { tone: 'error', text: result.error });
      router.refresh();
    });
  return (
    <div className="flex flex-col gap-2">
      {/* Once everyone has theirs, the text replaces the button; the outcome of the last send stays. */}
      {nothingLeft ? (
        <p className="text-slate-800">{nothingLeft}</p>
      ) : (
        <Button type="button" onClick={run} disabled={pending} className="self-start">
          {label}
        </Button>
      )}
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}

export function AttestationsPanel({ eventId, summary }: { eventId: string; summary: Summary }) {
  return (
    <div className="flex flex-col gap-4">
      <ZipDownload eventId={eventId} total={summary.eligible} />
      {summary.canSend ? (
        summary.withAddress > 0 ? (
          <SendAttestationsButton
            eventId={eventId}
            mailIsSent={summary.mailIsSent}
            label={`Envoyer les attestations par courriel (${plural(summary.notYetSent, { one: 'personne', other: 'personnes' })})`}
            nothingLeft={summary.notYetSent === 0 ? 'Rien de plus à envoyer : chaque personne présente qui a une adresse e-mail a déjà son attestation dans les courriels de l’événement (état ci-dessus).' : null}
          />
        ) : (
          <p className="text-slate-800">Aucune personne présente n’a d’adresse e-mail : téléchargez les attestations.</p>
        )
      ) : (
        <p className="text-slate-800">L’envoi par courriel est réservé aux coordinateur·rices et administrateur·rices.</p>
      )}
    </div>
  );
}
