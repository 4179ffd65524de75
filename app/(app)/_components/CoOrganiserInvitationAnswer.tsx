'use client';
import { InvitationAnswer } from '@/components/invitations/InvitationAnswer';
import { answerCoOrganiserInvitationAction } from '@/lib/server/actions/co-organisers';

/** Accept or decline one invitation to co-organise. */
export function CoOrganiserInvitationAnswer({ eventId, organisationId, eventTitle }: { eventId: string; organisationId: string; eventTitle: string }) {
  return (
    <InvitationAnswer
      answer={(accept) => answerCoOrganiserInvitationAction({ eventId, organisationId, accept })}
      accept={{ label: 'Accepter', ariaLabel: `Accepter de co-organiser « ${eventTitle} »` }}
      decline={{ label: 'Décliner', ariaLabel: `Décliner « ${eventTitle} »` }}
    />
  );
}
