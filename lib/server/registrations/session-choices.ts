import 'server-only';
import type { Tx } from '@/lib/server/db';
import { lockSessionsLeft, type LockedEvent, type LockedSession } from '@/lib/server/registrations/locks';
import type { Promotion } from '@/lib/server/registrations/notify';
import { decideSessionSeat, fillEvent, fillSession } from '@/lib/server/registrations/seats';

/** Takes a place in a session (confirmed or in line); a place already held is kept as it is. */
export async function joinSession(tx: Tx, session: LockedSession, registration: { id: string; status: string }): Promise<void> {
  const where = { sessionId_registrationId: { sessionId: session.id, registrationId: registration.id } };
  const existing = await tx.sessionRegistration.findUnique({ where, select: { status: true } });
  if (existing && existing.status !== 'CANCELLED') return;
  const seat = await decideSessionSeat(tx, session, registration.status === 'CONFIRMED');
  // Joining again after leaving: back of the line, so the join time restarts.
  await tx.sessionRegistration.upsert({
    where,
    create: { sessionId: session.id, registrationId: registration.id, ...seat },
    update: { ...seat, attended: null, createdAt: new Date() },
  });
}

/** Gives up places in sessions; returns the ids of the sessions whose line may move. */
export async function leaveSessions(tx: Tx, registrationId: string, sessionIds: readonly string[]): Promise<string[]> {
  if (sessionIds.length === 0) return [];
  const left = await tx.sessionRegistration.findMany({
    where: { registrationId, sessionId: { in: [...sessionIds] }, status: { not: 'CANCELLED' } },
    select: { id: true, sessionId: true },
  });
  await tx.sessionRegistration.updateMany({ where: { id: { in: left.map((row) => row.id) } }, data: { status: 'CANCELLED', rank: null } });
  return left.map((row) => row.sessionId);
}

/**
 * After seats were freed: promote at the event first, then in every session concerned (those left,
 * and those of people who just got their event seat). Returns who was promoted to what.
 */
export async function refill(tx: Tx, event: LockedEvent, sessionIdsLeft: readonly string[]): Promise<Map<string, Promotion>> {
  const promotions = new Map<string, Promotion>();
  const entry = (registrationId: string) => {
    let promotion = promotions.get(registrationId);
    if (!promotion) promotions.set(registrationId, (promotion = { eventPromoted: false, sessionIds: new Set() }));
    return promotion;
  };
  const promotedAtEvent = await fillEvent(tx, event);
  for (const id of promotedAtEvent) entry(id).eventPromoted = true;
  const theirSessions = promotedAtEvent.length
    ? await tx.sessionRegistration.findMany({ where: { registrationId: { in: promotedAtEvent }, status: 'WAITING' }, select: { sessionId: true } })
    : [];
  const sessions = await lockSessionsLeft(tx, event.id, [...sessionIdsLeft, ...theirSessions.map((row) => row.sessionId)]);
  for (const session of sessions) {
    if (session.status !== 'PLANNED') continue;
    for (const registrationId of await fillSession(tx, session)) entry(registrationId).sessionIds.add(session.id);
  }
  return promotions;
}
