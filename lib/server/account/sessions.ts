import 'server-only';
import type { Tx } from '@/lib/server/db';

/** Every session cookie issued so far for this account stops working at its next request. */
export async function revokeSessions(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
