import 'server-only';
import { revokeSessions } from '@/lib/server/account/sessions';
import type { Tx } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';

export const LAST_ADMIN = 'Vous êtes le dernier administrateur ou la dernière administratrice de la structure : nommez-en un·e autre avant de partir.';
const NOT_A_MEMBER = 'Cette personne n’est pas membre de la structure.';

/**
 * An admin removes someone from their organisation (themselves included, unless they are its last
 * admin). The person's sessions are revoked, so an open tab loses the organisation's data at once.
 * The admin memberships are locked so that two admins removing each other cannot leave none.
 */
export async function removeMember(tx: Tx, organisationId: string, userId: string): Promise<void> {
  const members = await tx.$queryRaw<{ userId: string; role: string }[]>`
    SELECT "userId", role::text AS role FROM "Membership" WHERE "organisationId" = ${organisationId} FOR UPDATE`;
  const target = members.find((member) => member.userId === userId);
  if (!target) throw new SafeError(NOT_A_MEMBER, 'not-found');
  if (target.role === 'ADMIN' && members.filter((member) => member.role === 'ADMIN').length === 1) throw new SafeError(LAST_ADMIN, 'conflict');
  await tx.membership.delete({ where: { userId_organisationId: { userId, organisationId } } });
  await revokeSessions(tx, userId);
}
