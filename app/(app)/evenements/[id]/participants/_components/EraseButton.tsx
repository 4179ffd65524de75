'use client';
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { eraseParticipantAction } from '@/lib/server/actions/participants';
import { de } from '@/lib/domain/format/french';

/** Erasure asks for confirmation in place (no browser dialog); the focus follows. */
export function EraseButton({ eventId, registrationId, name }: { eventId: string; registrationId: string; name: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const box = useRef<HTMLDivElement>(null);
  const focusFirst = () => requestAnimationFrame(() => box.current?.querySelector('button')?.focus());

  const erase = () =>
    startTransition(async () => {
      const result = await eraseParticipantAction({ eventId, registrationId });
      if (!result.ok) return setError(result.error);
      setConfirming(false);
      router.refresh();
    });

  const button = 'rounded-md border px-2 py-1 text-sm font-semibold';
  return (
    <div ref={box} className="flex flex-col gap-1">
      {confirming ? (
        <>
          <p className="text-sm text-slate-800">Effacer le nom, l’e-mail et la structure ? Les chiffres restent.</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" disabled={pending} onClick={erase} className={`${button} border-red-800 bg-red-800 text-white`}>
              Anonymiser<span className="sr-only"> {name}</span>
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                focusFirst();
              }}
              className={`${button} border-slate-500 bg-white text-slate-900`}
            >
              Annuler
            </button>
          </div>
        </>
      ) : (
        <button
          type="button"
          onClick={() => {
            setConfirming(true);
            focusFirst();
          }}
          className={`${button} border-slate-500 bg-white text-slate-900 hover:bg-slate-100`}
        >
          Effacer<span className="sr-only"> les données {de(name)}</span>
        </button>
      )}
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
