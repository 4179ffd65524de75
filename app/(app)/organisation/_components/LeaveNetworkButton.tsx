'use client';
import { ConfirmButton } from '@/components/ui/ConfirmButton';
import type { LeaveNetworkInput } from '@/lib/schemas/networks';
import { leaveNetworkAction } from '@/lib/server/actions/networks';

/** « Quitter le réseau », confirmed: the events leave its cycle, they and their bilans stay as they are. */
export function LeaveNetworkButton({ networkId, name }: LeaveNetworkInput & { name: string }) {
  return (
    <ConfirmButton
      label="Quitter le réseau"
      ariaLabel={`Quitter le réseau « ${name} »`}
      warning={`Vos événements sortiront du cycle du réseau « ${name} » : il ne verra plus leurs chiffres. Vos événements et leurs bilans ne changent pas, et le réseau pourra vous inviter de nouveau.`}
      confirmLabel="Confirmer le départ du réseau"
      pendingLabel="Départ…"
      run={() => leaveNetworkAction({ networkId })}
    />
  );
}
