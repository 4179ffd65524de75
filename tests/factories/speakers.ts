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
