'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import type { ActionResult } from '@/lib/server/action';

type Props = {
  /** The first button (« Quitter le réseau »), and its accessible name when the label alone is vague. */
  label: string;
  ariaLabel?: string;
  /** What confirming does, said before the confirmation button. */
  warning: string;
  confirmLabel: string;
  pendingLabel: string;
  run: () => Promise<ActionResult<unknown>>;
};

/**
 * A destructive action in two clicks: the first shows what will happen and moves the focus to
 * « Confirmer… » (or « Annuler »); the server's refusal shows above; the page is drawn again once done.
 */
export function ConfirmButton({ label, ariaLabel, warning, confirmLabel, pendingLabel, run }: Props) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // The focus follows the step: on « Confirmer… » once shown, back on the first button after « Annuler ».
  const box = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (confirming || opened.current) box.current?.querySelector('button')?.focus();
    opened.current = confirming;
  }, [confirming]);
  if (!confirming) {
    return (
      <div ref={box} className="flex">
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)} aria-label={ariaLabel}>
          {label}
        </Button>
      </div>
    );
  }
  const confirm = () =>
    startTransition(async () => {
      setError(null);
      const result = await run();
      if (result.ok) router.refresh();
      else setError(result.error);
    });
  return (
    <div ref={box} className="flex flex-col gap-2 rounded-md border border-red-700 bg-red-50 p-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p className="text-red-900">{warning}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={pending} onClick={confirm}>
          {pending ? pendingLabel : confirmLabel}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => setConfirming(false)}>
          Annuler
        </Button>
      </div>
    </div>
  );
}
