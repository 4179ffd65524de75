'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/server/action';
import {
  cancelParticipantAction,
  promoteParticipantAction,
  reinstateParticipantAction,
  resendConfirmationAction,
} from '@/lib/server/actions/participant-record';
import { de } from '@/lib/domain/format/french';
import { EraseButton } from './EraseButton';

type Row = {
  id: string;
  name: string;
  status: 'CONFIRMED' | 'WAITING' | 'CANCELLED';
  anonymised: boolean;
  canResend: boolean;
};

const button = 'rounded-md border border-slate-500 bg-white px-2 py-1 text-left text-sm font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-60';

/**
 * What an organiser does from a row: open the record, send the confirmation again, cancel or put
 * back, take off the waiting list, erase. Cancelling from here sends no e-mail (the record page asks).
 */
export function RowActions({ eventId, row, mayEmail }: { eventId: string; row: Row; mayEmail: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const ref = { eventId, registrationId: row.id };
  const run = (action: () => Promise<ActionResult<unknown>>, done: string) =>
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setMessage({ tone: 'error', text: result.error });
      setMessage({ tone: 'ok', text: done });
      router.refresh();
    });
  const who = <span className="sr-only"> {de(row.name)}</span>;

  if (row.anonymised) return <span className="text-slate-700">Anonymisé·e</span>;
  return (
    <div className="flex min-w-48 flex-wrap items-start gap-x-2 gap-y-1">
      <Link href={`/evenements/${eventId}/participants/${row.id}`} className="w-full text-sm font-semibold text-brand-700 underline underline-offset-4">
        Voir la fiche{who}
      </Link>
      {row.status !== 'CANCELLED' && row.canResend && mayEmail ? (
        <button type="button" className={button} disabled={pending} onClick={() => run(() => resendConfirmationAction(ref), 'Confirmation renvoyée.')}>
          Renvoyer la confirmation<span className="sr-only"> à {row.name}</span>
        </button>
      ) : null}
      {row.status === 'WAITING' ? (
        <button type="button" className={button} disabled={pending} onClick={() => run(() => promoteParticipantAction(ref), 'Inscription confirmée.')}>
          Confirmer maintenant<span className="sr-only"> l’inscription {de(row.name)}</span>
        </button>
      ) : null}
      {row.status === 'CANCELLED' ? (
        <button type="button" className={button} disabled={pending} onClick={() => run(() => reinstateParticipantAction(ref), 'Inscription remise.')}>
          Remettre l’inscription{who}
        </button>
      ) : confirmCancel ? (
        <div className="flex w-full flex-col gap-1 rounded-md border border-slate-300 p-2">
          <p className="text-sm text-slate-800">Sa place ira à la personne suivante en liste d’attente.</p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={`${button} border-red-800 bg-red-800 text-white hover:bg-red-900`}
              disabled={pending}
              onClick={() => {
                setConfirmCancel(false);
                run(() => cancelParticipantAction({ ...ref, notify: false }), 'Inscription annulée.');
              }}
            >
              Confirmer l’annulation{who}
            </button>
            <button type="button" className={button} onClick={() => setConfirmCancel(false)}>
              Garder l’inscription
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className={button} disabled={pending} onClick={() => setConfirmCancel(true)}>
          Annuler l’inscription{who}
        </button>
      )}
      <EraseButton eventId={eventId} registrationId={row.id} name={row.name} />
      <p role="status" className={`w-full text-sm font-medium ${message?.tone === 'error' ? 'text-red-700' : 'text-green-800'}`}>
        {message?.text}
      </p>
    </div>
  );
}
