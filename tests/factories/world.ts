// A small world of its own for one journey (e2e) or one test file: a hub with its coordinator, the
// partners and funders around it, and events in the states the journeys start from. Every name
// carries a tag, so journeys running side by side on one database never meet. The demo seed builds
// the same shapes (prisma/seed.ts) with fixed names, for people.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@/prisma/generated/client';
import { createEvent, createOrganisation, createUser } from './index';
import { seedNecMarseilleOutcome } from './bilan-demo';
import { seedNecMarseilleProgramme } from './public';
import { seedRegistrationDemo } from './registrations';

type Db = PrismaClient;
type Role = 'ADMIN' | 'COORDINATOR' | 'MEMBER';

export const newTag = () => randomUUID().slice(0, 8);

/**
 * The Bouches-du-Rhône, shared by every world: a territory is reference data, not a journey's. The
 * upsert may race with another worker's; the loser reads the winner's row.
 */
export async function bouchesDuRhone(db: Db) {
  const key = { level: 'DEPARTEMENT' as const, inseeCode: '13' };
  try {
    return await db.territory.upsert({ where: { level_inseeCode: key }, create: { ...key, name: 'Bouches-du-Rhône' }, update: {} });
  } catch {
    return db.territory.findUniqueOrThrow({ where: { level_inseeCode: key } });
  }
}

/** A hub and its coordinator (an ADMIN unless told), in the Bouches-du-Rhône. */
export async function createHub(db: Db, input: { tag?: string; role?: Role } = {}) {
  const tag = input.tag ?? newTag();
  const organisation = await createOrganisation(db, { name: `Hub numérique ${tag}`, kind: 'HUB' });
  const coordinator = await createUser(db, { name: `Camille ${tag}`, organisationId: organisation.id, role: input.role ?? 'ADMIN' });
  const territory = await bouchesDuRhone(db);
  return { tag, organisation, coordinator, territory };
}
/** What the other factories need of a hub (its JSON copy will do). */
export type HubRef = { tag: string; organisation: { id: string }; territory: { id: string } };

/** Another organisation of the hub's world (a co-organiser, a funder…), with one admin. */
export async function createOtherOrganisation(db: Db, input: { name: string; kind: 'MOUVEMENT_ASSOCIATIF' | 'FINANCEUR' | 'ASSOCIATION' | 'COLLECTIVITE' }) {
  const organisation = await createOrganisation(db, { name: input.name, kind: input.kind });
  const user = await createUser(db, { organisationId: organisation.id, role: 'ADMIN' });
  return { organisation, user };
}

/** A funder: the organisation a bilan is shared with, and the person who reads it. */
export function createFunder(db: Db, hub: Pick<HubRef, 'tag'>) {
  return createOtherOrganisation(db, { name: `Fondation ${hub.tag}`, kind: 'FINANCEUR' });
}

/**
 * A past, public, one-day event (8 October 2026) with the demo's Marseille programme, and, unless
 * `withOutcome` is false, its outcome: attendance, budget, audience targets and questionnaire answers.
 */
export async function createPastEvent(db: Db, hub: HubRef, input: { withOutcome?: boolean } = {}) {
  const event = await createEvent(db, {
    ownerOrganisationId: hub.organisation.id,
    territoryId: hub.territory.id,
    title: `Rencontre NEC ${hub.tag}`,
    startsAt: new Date('2026-10-08T07:30:00Z'),
    endsAt: new Date('2026-10-08T15:30:00Z'),
    status: 'DONE',
  });
  await seedNecMarseilleProgramme(db, event.id);
  if (input.withOutcome !== false) await seedNecMarseilleOutcome(db, { eventId: event.id });
  return event;
}

/** A two-day draft (11-12 February 2027) co-organised with a partner, no programme yet. */
export async function createDraftEvent(db: Db, hub: HubRef, input: { coOrganiserIds?: string[] } = {}) {
  return createEvent(db, {
    ownerOrganisationId: hub.organisation.id,
    territoryId: hub.territory.id,
    coOrganiserIds: input.coOrganiserIds ?? [],
    title: `RéZolutions ${hub.tag}`,
    startsAt: new Date('2027-02-11T08:30:00Z'),
    endsAt: new Date('2027-02-12T16:00:00Z'),
  });
}

/**
 * A published morning open to registration (21 January 2027) with a full workshop, as the demo's;
 * `days: 2` makes it end the next morning (no programme days: the event's span gives its days).
 */
export async function createRegistrationEvent(db: Db, hub: HubRef, input: { days?: 1 | 2 } = {}) {
  const event = await seedRegistrationDemo(db, {
    ownerOrganisationId: hub.organisation.id,
    territoryId: hub.territory.id,
    title: `Matinée des ateliers ${hub.tag}`,
    slug: `matinee-des-ateliers-${hub.tag}`,
  });
  if (input.days !== 2) return event;
  return db.event.update({ where: { id: event.id }, data: { endsAt: new Date('2027-01-22T11:30:00Z') } });
}
