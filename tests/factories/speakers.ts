// Factories of issue 17.5-6: a speaker with a personal link, an open call and a proposal.
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '@/prisma/generated/client';

type Db = Pick<PrismaClient, 'speaker' | 'proposal' | 'event'>;


/** A speaker of the event with a live personal link; returns the token the link carries. */
export async function createLinkedSpeaker(db: Db, input: { eventId: string; name?: string; email?: string | null }) {
  const token = randomBytes(32).toString('base64url');
  const speaker = await db.speaker.create({
    data: {
      eventId: input.eventId,
      name: input.name ?? 'Awa Diallo',
      email: input.email === undefined ? 'awa.diallo@exemple.fr' : input.email,
      linkTokenHash: createHash('sha256').update(token).digest('hex'),
      linkCreatedAt: new Date(),
    },
  });
  return { speaker, token };
}

/** Opens the event's call for proposals until `closesOn` (a Paris day). */
export function openCall(db: Db, eventId: string, closesOn = '2100-12-31') {
  return db.event.update({ where: { id: eventId }, data: { callOpen: true, callClosesOn: closesOn } });
}

/** A proposal received through the call, still to be examined. */
export function createProposal(db: Db, input: { eventId: string; title?: string; speakers?: { name: string; email: string; organisation: string }[] }) {
  const speakers = input.speakers ?? [{ name: 'Lina Martin', email: 'lina.martin@exemple.fr', organisation: 'Tiers-lieu du Port' }];
  return db.proposal.create({
    data: {
      eventId: input.eventId,
      title: input.title ?? 'Les aidants numériques en bibliothèque',
      formatId: 'atelier',
      abstract: 'Un atelier pour partager nos pratiques d’accueil.',
      speakers,
      contactEmail: speakers[0]!.email,
    },
  });
}

/**
 * For the e2e journeys: a published one-day event of the hub (10 March 2027, Paris) with its call
 * open until 1 March, a room, and a speaker who received a personal link (its token is returned).
 */
export async function createSpeakerEvent(db: PrismaClient, hub: { tag: string; organisation: { id: string }; territory: { id: string } }) {
  const event = await db.event.create({
    data: {
      title: `Rencontre des intervenant·es ${hub.tag}`,
      slug: `rencontre-intervenants-${hub.tag}`,
      ownerOrganisationId: hub.organisation.id,
      territoryId: hub.territory.id,
      status: 'PUBLISHED',
      publishedAt: new Date(),
      startsAt: new Date('2027-03-10T08:00:00Z'),
      endsAt: new Date('2027-03-10T16:00:00Z'),
      venueName: 'Médiathèque de Gardanne',
      callOpen: true,
      callClosesOn: '2027-03-01',
    },
  });
  await db.eventDay.create({ data: { eventId: event.id, date: '2027-03-10', startsAt: new Date('2027-03-10T08:00:00Z'), endsAt: new Date('2027-03-10T16:00:00Z') } });
  await db.room.create({ data: { eventId: event.id, name: 'Salle des fêtes' } });
  const { speaker, token } = await createLinkedSpeaker(db, { eventId: event.id, name: 'Awa Diallo', email: `awa.${hub.tag}@exemple.fr` });
  return { event: { id: event.id, slug: event.slug, title: event.title }, speaker: { id: speaker.id, name: speaker.name }, token };
}
