import 'server-only';
import { isPlaceholderEmail } from '@/lib/domain/registrations/personal-data';
import type { Tx } from '@/lib/server/db';
import type { Promotion } from '@/lib/server/registrations/notify';
import { emitWebhook } from '@/lib/server/webhooks/emit';

/*
 * What each kind of webhook says (README « Webhooks »). Only what the organisation already holds:
 * the event's public facts and, for a registration, the details the person gave this organisation
 * (name, e-mail, structure, category): the endpoint is the organisation's own. Never a personal
 * link, token or accessibility need. Occurrences of an event go to its owner organisation's endpoints.
 */

type EventRef = { id: string; ownerOrganisationId: string };

const EVENT_FIELDS = { id: true, slug: true, title: true, status: true, startsAt: true, endsAt: true, capacity: true, registrationOpen: true } as const;

async function eventData(tx: Tx, eventId: string) {
  const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: EVENT_FIELDS });
  return { ...event, startsAt: event.startsAt.toISOString(), endsAt: event.endsAt.toISOString() };
}

async function registrationData(tx: Tx, registrationId: string) {
  const row = await tx.registration.findUniqueOrThrow({
    where: { id: registrationId },
    select: {
      id: true,
      status: true,
      rank: true,
      name: true,
      email: true,
      organisation: true,
      category: true,
      source: true,
      registeredAt: true,
      cancelledAt: true,
      sessions: { where: { status: { not: 'CANCELLED' } }, select: { sessionId: true, status: true } },
    },
  });
  // A walk-in or someone added without an address has a made-up one: none is sent.
  return { ...row, email: isPlaceholderEmail(row.email) ? null : row.email, registeredAt: row.registeredAt.toISOString(), cancelledAt: row.cancelledAt?.toISOString() ?? null };
}

async function counts(tx: Tx, eventId: string) {
  const groups = await tx.registration.groupBy({ by: ['status'], where: { eventId }, _count: { _all: true } });
  const count = (status: string) => groups.find((group) => group.status === status)?._count._all ?? 0;
  return { confirmed: count('CONFIRMED'), waiting: count('WAITING') };
}

type RegistrationKind = 'registration.created' | 'registration.cancelled';

/** A registration created (or started again after a cancellation) or cancelled, at `at`. */
export async function emitRegistration(tx: Tx, kind: RegistrationKind, event: EventRef, registrationId: string, at: Date): Promise<void> {
  await emitWebhook(tx, {
    organisationId: event.ownerOrganisationId,
    kind,
    eventKey: `${kind}:${registrationId}:${at.getTime()}`,
    payload: async () => ({
      event: await eventData(tx, event.id),
      registration: await registrationData(tx, registrationId),
      counts: await counts(tx, event.id),
    }),
  });
}

/** People moved from a waiting list to a seat (at the event and/or in sessions), one webhook each. */
export async function emitPromotions(tx: Tx, event: EventRef, promotions: ReadonlyMap<string, Promotion>, at: Date): Promise<void> {
  for (const [registrationId, promotion] of promotions) {
    await emitWebhook(tx, {
      organisationId: event.ownerOrganisationId,
      kind: 'registration.promoted',
      eventKey: `registration.promoted:${registrationId}:${at.getTime()}`,
      payload: async () => ({
        event: await eventData(tx, event.id),
        registration: await registrationData(tx, registrationId),
        promotion: { atEvent: promotion.eventPromoted, sessionIds: [...promotion.sessionIds].sort() },
        counts: await counts(tx, event.id),
      }),
    });
  }
}

type EventKind = 'event.published' | 'event.updated';

/** An event published, or changed once published (a draft's edits are nobody else's business yet). */
export async function emitEventChange(tx: Tx, kind: EventKind, eventId: string): Promise<void> {
  const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { ownerOrganisationId: true, status: true, updatedAt: true } });
  if (event.status === 'DRAFT') return;
  await emitWebhook(tx, {
    organisationId: event.ownerOrganisationId,
    kind,
    eventKey: `${kind}:${eventId}:${event.updatedAt.getTime()}`,
    payload: async () => ({ event: await eventData(tx, eventId) }),
  });
}

/** A bilan version validated: its number, not its contents (read them in Trame). */
export async function emitBilanValidated(tx: Tx, eventId: string, version: { number: number; validatedAt: Date }): Promise<void> {
  const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { ownerOrganisationId: true } });
  await emitWebhook(tx, {
    organisationId: event.ownerOrganisationId,
    kind: 'bilan.validated',
    eventKey: `bilan.validated:${eventId}:${version.number}`,
    payload: async () => ({
      event: await eventData(tx, eventId),
      bilan: { version: version.number, validatedAt: version.validatedAt.toISOString() },
    }),
  });
}
