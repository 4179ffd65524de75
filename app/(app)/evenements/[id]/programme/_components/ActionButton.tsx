'use client';
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import type { ActionResult } from '@/lib/server/action';

/**
 * A button that runs a bound server action and shows its refusal beside it. With `confirm`, a
 * first press asks for confirmation in place (no browser dialog), a second one acts.
 */
export function ActionButton(props: {
  action: () => Promise<ActionResult<unknown>>;
  label: string;
  /** The accessible name when the visible label is not enough (« Supprimer la salle Amphi »). */
  accessibleLabel?: string;
  confirm?: string;
  variant?: 'primary' | 'secondary' | 'ghost';
  done?: string;
  /** Where to go once it worked (a deleted session's page no longer exists). */
  then?: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const rowRef = useRef<HTMLDivElement>(null);

  const run = () =>
    startTransition(async () => {
      setError(null);
      const result = await props.action();
      setConfirming(false);
      if (!result.ok) return setError(result.error);
      setDone(true);
      if (props.then) router.push(props.then);
      router.refresh();
    });

  return (
    <div className="flex flex-col gap-2">
      <div ref={rowRef} className="flex flex-wrap items-center gap-2">
        {confirming ? (
          <>
            <Button type="button" variant={props.variant} disabled={pending} onClick={run}>
              {props.confirm}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
              Ne pas {props.label.toLowerCase()}
            </Button>
          </>
        ) : (
          <Button
            type="button"
            variant={props.variant}
            disabled={pending}
            aria-label={props.accessibleLabel}
            onClick={() => {
              if (!props.confirm) return run();
              setConfirming(true);
              // The confirmation replaces the button: move the focus onto it.
              requestAnimationFrame(() => rowRef.current?.querySelector('button')?.focus());
            }}
          >
            {props.label}
          </Button>
        )}
      </div>
      {error ? (
        <Alert tone="error">
          <p className="whitespace-pre-line">{error}</p>
        </Alert>
      ) : null}
      {done && props.done ? <Alert tone="success">{props.done}</Alert> : null}
    </div>
  );
}
