'use client';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/Button';
import type { ActionResult } from '@/lib/server/action';
import { deleteWebhookEndpointAction, enableWebhookEndpointAction, pingWebhookEndpointAction } from '@/lib/server/actions/webhooks';

/** Test, re-enable, delete (two clicks: « Supprimer » then « Confirmer la suppression »). */
export function EndpointActions({ endpointId, url, enabled }: { endpointId: string; url: string; enabled: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (action: () => Promise<ActionResult<unknown>>, done: string) =>
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? { tone: 'ok', text: done } : { tone: 'error', text: result.error });
    });

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap gap-2">
        {enabled ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => pingWebhookEndpointAction({ endpointId }), 'Test envoyé : voyez le journal dans un instant.')}>
            Envoyer un test
          </Button>
        ) : (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => enableWebhookEndpointAction({ endpointId }), 'Point de réception réactivé.')}>
            Réactiver
          </Button>
        )}
        {confirming ? (
          <>
            <Button type="button" disabled={pending} onClick={() => run(() => deleteWebhookEndpointAction({ endpointId }), 'Point de réception supprimé.')}>
              Confirmer la suppression
            </Button>
            <Button type="button" variant="ghost" disabled={pending} onClick={() => setConfirming(false)}>
              Annuler
            </Button>
          </>
        ) : (
          <Button type="button" variant="ghost" onClick={() => setConfirming(true)} aria-label={`Supprimer le point de réception ${url}`}>
            Supprimer
          </Button>
        )}
      </div>
      <p role="status" aria-live="polite" className={`min-h-5 text-sm ${message?.tone === 'error' ? 'font-medium text-red-700' : 'text-slate-700'}`}>
        {message?.text}
      </p>
    </div>
  );
}
