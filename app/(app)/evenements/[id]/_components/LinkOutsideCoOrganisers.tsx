'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { linkOutsideCoOrganiserAction } from '@/lib/server/actions/co-organisers';

type Match = { outsideId: string; outsideName: string; organisationId: string; organisationName: string; bySiret: boolean };

/**
 * A co-organiser named while it was not on Trame has joined (same SIRET or same name): link it. The
 * organisation is invited to co-organise; once it accepts, the budget lines the partner pays or
 * receives follow it.
 */
export function LinkOutsideCoOrganisers({ eventId, matches }: { eventId: string; matches: readonly Match[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  if (matches.length === 0 && !message) return null;
  return (
    <section aria-labelledby="link-outside-title" className="no-print flex flex-col gap-3 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="link-outside-title" className="text-xl font-semibold text-slate-900">
        Co-organisateurs hors Trame désormais inscrits
      </h2>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <ul className="flex flex-col gap-3">
        {matches.map((match) => (
          <li key={`${match.outsideId}-${match.organisationId}`} className="flex flex-wrap items-center gap-3">
            <span>
              « {match.outsideName} » semble être la structure Trame « {match.organisationName} » ({match.bySiret ? 'même SIRET' : 'même nom'}).
            </span>
            <Button
              type="button"
              variant="secondary"
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  const result = await linkOutsideCoOrganiserAction({ eventId, outsideId: match.outsideId, organisationId: match.organisationId });
                  setMessage(
                    result.ok
                      ? {
                          tone: 'success',
                          text:
                            result.data.status === 'ACCEPTED'
                              ? `« ${match.organisationName} » co-organise désormais l’événement.`
                              : `« ${match.organisationName} » est invitée à co-organiser : dès qu’elle accepte, elle accède à l’événement et reprend les lignes de budget de « ${match.outsideName} ».`,
                        }
                      : { tone: 'error', text: result.error },
                  );
                  router.refresh();
                })
              }
            >
              Relier et inviter<span className="sr-only"> « {match.organisationName} »</span>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
