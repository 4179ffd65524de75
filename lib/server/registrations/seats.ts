import 'server-only';
import { decideRegistration, promoteAfterCancellation, rankChanges, seatsToFill, type WaitingEntry } from '@/lib/domain/registrations/waiting-list';
import type { Tx } from '@/lib/server/db';
import type { LockedEvent, LockedSession } from '@/lib/server/registrations/locks';

/*
 * Seat counts read and written under the locks of lib/server/registrations/locks.ts; the rules are
 * lib/domain/registrations/waiting-list.ts. One extra rule joins event and sessions: someone waiting
 * for a seat at the event waits for their sessions too, and only people confirmed at the event are
 * promoted in a session. When they get their event seat, their sessions are filled in turn.
 */

export type Seat = { status: 'CONFIRMED' | 'WAITING'; rank: number | null };

const confirmed: Seat = { status: 'CONFIRMED', rank: null };

export async function decideEventSeat(tx: Tx, event: LockedEvent): Promise<Seat> {
  const counts = await tx.registration.groupBy({
    by: ['status'],
    where: { eventId: event.id, status: { in: ['CONFIRMED', 'WAITING'] } },
    _count: { _all: true },
  });
  const count = (status: string) => counts.find((row) => row.status === status)?._count._all ?? 0;
  const [confirmedCount, waitingCount] = [count('CONFIRMED'), count('WAITING')];
  const decision = decideRegistration({ capacity: event.capacity, confirmedCount, waitingCount });
  return decision.status === 'confirmed' ? confirmed : { status: 'WAITING', rank: decision.rank };
}

async function sessionQueue(tx: Tx, sessionId: string) {
  // One after the other: a transaction is one connection, and node-postgres warns about (and will
  // refuse) a query sent while another is running on it. Queued, they took the same time anyway.
  const confirmedCount = await tx.sessionRegistration.count({ where: { sessionId, status: 'CONFIRMED' } });
  const waiting = await tx.sessionRegistration.findMany({
    where: { sessionId, status: 'WAITING' },
    select: { id: true, rank: true, createdAt: true, registrationId: true, registration: { select: { status: true } } },
  });
  const entries = waiting.map((row) => ({ ...row, rank: row.rank ?? Number.MAX_SAFE_INTEGER }));
  return { confirmedCount, entries, eligible: entries.filter((row) => row.registration.status === 'CONFIRMED') };
}

/** A new place in a session's queue. Nobody confirmed at the event jumps ahead of anyone eligible. */
export async function decideSessionSeat(tx: Tx, session: LockedSession, confirmedAtEvent: boolean): Promise<Seat> {
  const { confirmedCount, entries, eligible } = await sessionQueue(tx, session.id);
  const decision = decideRegistration({ capacity: session.capacity, confirmedCount, waitingCount: eligible.length });
  if (confirmedAtEvent && decision.status === 'confirmed') return confirmed;
  // The rank is the place in the whole line, people waiting for the event included.
  return { status: 'WAITING', rank: entries.length + 1 };
}

/** Promotes as many eligible people as there are free seats, then renumbers the line 1..n. */
export async function fillSession(tx: Tx, session: LockedSession): Promise<string[]> {
  const { confirmedCount, entries, eligible } = await sessionQueue(tx, session.id);
  const count = seatsToFill({ capacity: session.capacity, confirmedCount, waitingCount: eligible.length });
  const promoted = new Set(promoteAfterCancellation(eligible, count));
  for (const id of promoted) {
    await tx.sessionRegistration.update({ where: { id }, data: { status: 'CONFIRMED', rank: null } });
  }
  await renumber(entries.filter((entry) => !promoted.has(entry.id)), (id, rank) =>
    tx.sessionRegistration.update({ where: { id }, data: { rank } }),
  );
  return entries.filter((entry) => promoted.has(entry.id)).map((entry) => entry.registrationId);
}

/** Same for the event's own line; returns the promoted registration ids. */
export async function fillEvent(tx: Tx, event: LockedEvent): Promise<string[]> {
  const confirmedCount = await tx.registration.count({ where: { eventId: event.id, status: 'CONFIRMED' } });
  const waiting = await tx.registration.findMany({ where: { eventId: event.id, status: 'WAITING' }, select: { id: true, rank: true, registeredAt: true } });
  const entries = waiting.map((row) => ({ id: row.id, rank: row.rank ?? Number.MAX_SAFE_INTEGER, createdAt: row.registeredAt }));
  const count = seatsToFill({ capacity: event.capacity, confirmedCount, waitingCount: entries.length });
  const promoted = promoteAfterCancellation(entries, count);
  if (promoted.length > 0) {
    await tx.registration.updateMany({ where: { id: { in: promoted } }, data: { status: 'CONFIRMED', rank: null } });
  }
  const kept = new Set(promoted);
  await renumber(entries.filter((entry) => !kept.has(entry.id)), (id, rank) => tx.registration.update({ where: { id }, data: { rank } }));
  return promoted;
}

async function renumber(waiting: readonly WaitingEntry[], write: (id: string, rank: number) => Promise<unknown>): Promise<void> {
  for (const change of rankChanges(waiting)) await write(change.id, change.rank);
}
