import 'server-only';
import type { Tx } from '@/lib/server/db';

export type SeatView = { status: 'CONFIRMED' | 'WAITING' | 'CANCELLED'; rank: number | null };
export type RegistrationOutcome = SeatView & { updated: boolean; sessions: Array<SeatView & { sessionId: string }> };

/** What the confirmation shows: the event seat and every session place now held. */
export async function readOutcome(tx: Tx, registrationId: string, updated: boolean): Promise<RegistrationOutcome> {
  const row = await tx.registration.findUniqueOrThrow({
    where: { id: registrationId },
    select: {
      status: true,
      rank: true,
      sessions: { where: { status: { not: 'CANCELLED' } }, select: { sessionId: true, status: true, rank: true } },
    },
  });
  return { status: row.status, rank: row.rank, updated, sessions: row.sessions };
}
