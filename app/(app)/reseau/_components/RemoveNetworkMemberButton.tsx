'use client';
import { ConfirmButton } from '@/components/ui/ConfirmButton';
import type { RemoveNetworkMemberInput } from '@/lib/schemas/networks';
import { removeNetworkMemberAction } from '@/lib/server/actions/networks';

/** Remove a member (its events leave the cycle) or withdraw a pending invitation, confirmed. */
export function RemoveNetworkMemberButton({ organisationId, name, pending }: RemoveNetworkMemberInput & { name: string; pending: boolean }) {
  return (
    <ConfirmButton
      label={pending ? 'Retirer l’invitation' : 'Retirer du réseau'}
      ariaLabel={pending ? `Retirer l’invitation de « ${name} »` : `Retirer « ${name} » du réseau`}
      warning={
        pending
          ? `« ${name} » ne pourra plus répondre à cette invitation. Vous pourrez l’inviter de nouveau.`
          : `Les événements de « ${name} » sortiront du cycle : vous ne verrez plus leurs chiffres. Ses événements et leurs bilans ne changent pas, et vous pourrez l’inviter de nouveau.`
      }
      confirmLabel={pending ? 'Confirmer le retrait de l’invitation' : 'Confirmer le retrait du réseau'}
      pendingLabel="Retrait…"
      run={() => removeNetworkMemberAction({ organisationId })}
    />
  );
}
