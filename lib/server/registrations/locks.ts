import 'server-only';
import { isEventOver } from '@/lib/domain/events/past';
import type { Tx } from '@/lib/server/db';
import { FieldError } from '@/lib/server/action';
import { notFound, SafeError } from '@/lib/server/errors';
import type { MailEvent } from '@/lib/server/mail/templates';

export type LockedEvent = {
  id: string;
  /** Whose webhooks hear of its registrations. */
  ownerOrganisationId: string;
  slug: string;
  capacity: number | null;
  status: 'DRAFT' | 'PUBLISHED' | 'DONE' | 'BILAN_VALIDATED';
  registrationOpen: boolean;
  /** What the e-mails say about the event, read with the lock to spare a query. */
  mail: MailEvent;
};

export type LockedSession = { id: string; title: string; startsAt: Date; capacity: number | null; status: 'PLANNED' | 'CANCELLED' };

export const REGISTRATION_CLOSED = 'Les inscriptions à cet événement sont closes.';

/**
 * Every registration write of an event starts by locking the event row: writes of one event run one
 * after the other, so the seat counts read next stay true until the transaction ends.
 */
export async function lockEvent(tx: Tx, eventId: string): Promise<LockedEvent> {
  type Row = Omit<LockedEvent, 'mail'> & Omit<MailEvent, 'venue'> & { venueName: string | null; venueAddress: string | null };
  const rows = await tx.$queryRaw<Row[]>`
    SELECT e.id, e."ownerOrganisationId", e.slug, e.capacity, e.status::text AS status, e."registrationOpen", e.title, e."startsAt", e."endsAt",
      e."venueName", e."venueAddress", o.name AS organiser
    FROM "Event" e JOIN "Organisation" o ON o.id = e."ownerOrganisationId"
    WHERE e.id = ${eventId} FOR UPDATE OF e`;
  const row = rows[0];
  if (!row) throw notFound('Cet événement');
  const { title, startsAt, endsAt, venueName, venueAddress, organiser, ...event } = row;
  const venue = [venueName, venueAddress].filter(Boolean).join(', ') || null;
  return { ...event, mail: { title, startsAt, endsAt, venue, organiser } };
}

export function assertOpen(event: LockedEvent, now = new Date()): void {
  if (event.status !== 'PUBLISHED') throw notFound('Cet événement');
  if (!event.registrationOpen || isEventOver(event.mail, now)) throw new SafeError(REGISTRATION_CLOSED, 'conflict');
}

/**
 * Locks the sessions, in id order (the same order everywhere, so two writers never wait on each
 * other in a circle). Only planned sessions of this event that need pre-registration are accepted.
 */
export async function lockSessions(tx: Tx, eventId: string, sessionIds: readonly string[]): Promise<LockedSession[]> {
  if (sessionIds.length === 0) return [];
  const ids = [...new Set(sessionIds)].sort();
  const rows = await tx.$queryRaw<LockedSession[]>`
    SELECT id, title, "startsAt", capacity, status::text AS status FROM "Session"
    WHERE id = ANY(${ids}::text[]) AND "eventId" = ${eventId} AND access = 'PRE_INSCRIPTION' AND status = 'PLANNED'
    ORDER BY id FOR UPDATE`;
  if (rows.length !== ids.length) {
    throw new FieldError('sessionIds', 'Une des séances choisies n’est pas ouverte à l’inscription. Rechargez la page et choisissez de nouveau.');
  }
  return rows;
}

/** Locks sessions someone is leaving, whatever their state now (a cancelled session still frees its queue). */
export async function lockSessionsLeft(tx: Tx, eventId: string, sessionIds: readonly string[]): Promise<LockedSession[]> {
  if (sessionIds.length === 0) return [];
  const ids = [...new Set(sessionIds)].sort();
  return tx.$queryRaw<LockedSession[]>`
    SELECT id, title, "startsAt", capacity, status::text AS status FROM "Session"
    WHERE id = ANY(${ids}::text[]) AND "eventId" = ${eventId}
    ORDER BY id FOR UPDATE`;
}
