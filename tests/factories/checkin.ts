// A two-day event ready for check-in at the door (e2e and integration): confirmed people with a known
// personal-link token (their page shows their QR code), one on the waiting list.
import { createHash } from 'node:crypto';
import type { PrismaClient } from '@/prisma/generated/client';
import { buildParticipant, createParticipant } from './participants';
import { createDraftEvent, type HubRef } from './world';

const PEOPLE = [
  { first: 'Amina', last: 'Diallo', organisation: 'Centre social Belsunce' },
  { first: 'Bastien', last: 'Roux', organisation: 'Mairie de Marseille' },
  { first: 'Chloé', last: 'Nguyen', organisation: 'Hub numérique Sud' },
  { first: 'David', last: 'Martin', organisation: 'Association Récré' },
] as const;

export async function createCheckInEvent(db: PrismaClient, hub: HubRef) {
  const event = await createDraftEvent(db, hub);
  const people = [];
  for (const [index, person] of PEOPLE.entries()) {
    const token = `${hub.tag}-jeton-personnel-${index}`.padEnd(43, 'x');
    const created = await createParticipant(db, {
      eventId: event.id,
      name: `${person.first} ${person.last}-${hub.tag}`,
      organisation: person.organisation,
      email: `${person.first.toLowerCase()}-${hub.tag}@exemple.fr`,
    });
    await db.registration.update({ where: { id: created.id }, data: { tokenHash: createHash('sha256').update(token).digest('hex') } });
    people.push({ id: created.id, name: created.name, token });
  }
  const waiting = await createParticipant(db, {
    eventId: event.id,
    name: `Wassim Attente-${hub.tag}`,
    email: `wassim-${hub.tag}@exemple.fr`,
    status: 'WAITING',
    rank: 1,
  });
  const waitingToken = `${hub.tag}-jeton-attente`.padEnd(43, 'x');
  await db.registration.update({ where: { id: waiting.id }, data: { tokenHash: createHash('sha256').update(waitingToken).digest('hex') } });
  return { event, people, waiting: { id: waiting.id, name: waiting.name, token: waitingToken } };
}

/**
 * The same two days with a crowd: `people` confirmed people named « Personne 001-<tag> »… so that the
 * list's order is known; every tenth (009, 019…) comes on the second day only.
 */
export async function createCrowdedCheckInEvent(db: PrismaClient, hub: HubRef, input: { people: number }) {
  const event = await createDraftEvent(db, hub);
  await db.registration.createMany({
    data: Array.from({ length: input.people }, (_, i) => ({
      ...buildParticipant({ name: `Personne ${String(i).padStart(3, '0')}-${hub.tag}`, organisation: i % 3 === 0 ? 'Médiathèque d’Aubagne' : 'Hub numérique Sud' }),
      eventId: event.id,
      tokenHash: createHash('sha256').update(`${hub.tag}-foule-${i}`).digest('hex'),
      consentAt: new Date(),
      days: i % 10 === 9 ? ['2027-02-12'] : [],
    })),
  });
  return { event: { id: event.id, title: event.title } };
}
