'use client';
import { InvitationAnswer } from '@/components/invitations/InvitationAnswer';
import { answerNetworkInvitationAction } from '@/lib/server/actions/networks';

/** Join a network, or decline its invitation. */
export function NetworkInvitationAnswer({ networkId, name }: { networkId: string; name: string }) {
  return (
    <InvitationAnswer
      answer={(accept) => answerNetworkInvitationAction({ networkId, accept })}
      accept={{ label: 'Rejoindre', ariaLabel: `Rejoindre le réseau « ${name} »` }}
      decline={{ label: 'Décliner', ariaLabel: `Décliner l’invitation du réseau « ${name} »` }}
    />
  );
}
