// Networks (issue 19.3): a network organisation with its admin, members that joined, a core question.
import type { PrismaClient } from '@/prisma/generated/client';
import { coreQuestionId, withCoreQuestions } from '@/lib/domain/networks/core-questions';
import { defaultQuestions } from '@/lib/domain/questionnaire/defaults';
import { createBilanVersion } from './bilan-snapshot';
import { createDiagnostic, createEvent, createUser } from './index';
import type { HubRef } from './world';

type Db = PrismaClient;

/** A network (organisation of kind RESEAU) and its admin. */
export async function createNetwork(db: Db, input: { name: string }) {
  const admin = await createUser(db, { role: 'ADMIN', organisation: { kind: 'RESEAU', name: input.name } });
  return { admin, network: { id: admin.organisationId, name: input.name } };
}

/** `memberOrganisationId` invited by the network and, unless `pending`, joined. */
export function joinNetwork(db: Db, input: { networkId: string; memberOrganisationId: string; invitedById: string; pending?: boolean }) {
  return db.networkMembership.create({
    data: { networkId: input.networkId, memberOrganisationId: input.memberOrganisationId, invitedById: input.invitedById, joinedAt: input.pending ? null : new Date() },
  });
}

export function createCoreQuestion(db: Db, input: { networkId: string; label: string; kind?: 'scale' | 'choice'; options?: string[]; position?: number }) {
  return db.coreQuestion.create({
    data: { networkId: input.networkId, label: input.label, kind: input.kind ?? 'scale', options: input.options ?? [], position: input.position ?? 1 },
  });
}

/**
 * The e2e world of issue 19.3: a network with one core question (« utile ? », 1-5); the journey's hub
 * invited (pending) with a finished event; a second hub, joined, whose validated event is in the cycle
 * with anonymous answers; the journey's hub's own diagnostics before and after its event.
 */
export async function createNetworkWorld(db: Db, hub: HubRef & { coordinator: { id: string } }) {
  const { admin, network } = await createNetwork(db, { name: `Réseau RéZolutions ${hub.tag}` });
  const core = await createCoreQuestion(db, { networkId: network.id, label: `Cette rencontre vous a-t-elle été utile ? ${hub.tag}` });
  await joinNetwork(db, { networkId: network.id, memberOrganisationId: hub.organisation.id, invitedById: admin.id, pending: true });
  const day = (iso: string) => ({ startsAt: new Date(`${iso}T08:00:00Z`), endsAt: new Date(`${iso}T16:00:00Z`) });
  const own = await createEvent(db, { ownerOrganisationId: hub.organisation.id, territoryId: hub.territory.id, title: `Rencontre du cycle ${hub.tag}`, status: 'BILAN_VALIDATED', ...day('2026-10-08') });
  await createBilanVersion(db, { eventId: own.id, validatedById: hub.coordinator.id });
  const coreId = coreQuestionId(core.id);
  await db.questionnaire.create({ data: { eventId: own.id, questions: defaultQuestions(), sendOn: '2026-10-18' } });
  await createDiagnostic(db, { organisationId: hub.organisation.id, territoryId: hub.territory.id, createdById: hub.coordinator.id, answers: { ecosystem: 1, events: 1, engagement: 1 }, createdAt: new Date('2026-09-01T10:00:00Z') });
  await createDiagnostic(db, { organisationId: hub.organisation.id, territoryId: hub.territory.id, createdById: hub.coordinator.id, answers: { ecosystem: 2, events: 2, engagement: 2 }, createdAt: new Date('2026-11-20T10:00:00Z') });

  const other = await createUser(db, { role: 'ADMIN', organisation: { name: `Hub voisin ${hub.tag}`, kind: 'HUB' } });
  await joinNetwork(db, { networkId: network.id, memberOrganisationId: other.organisationId, invitedById: admin.id });
  const neighbour = await createEvent(db, { ownerOrganisationId: other.organisationId, title: `Forum voisin ${hub.tag}`, status: 'BILAN_VALIDATED', ...day('2026-11-05') });
  await createBilanVersion(db, { eventId: neighbour.id, validatedById: other.id });
  await db.networkCycleEvent.create({ data: { networkId: network.id, eventId: neighbour.id, assignedById: other.id } });
  const questionnaire = await db.questionnaire.create({
    data: { eventId: neighbour.id, questions: withCoreQuestions(defaultQuestions(), [{ ...core, kind: 'scale' }]), sendOn: '2026-11-15', sentAt: new Date('2026-11-15T08:00:00Z') },
  });
  await db.coreQuestion.update({ where: { id: core.id }, data: { frozenAt: new Date('2026-11-15T08:00:00Z') } });
  for (const rating of [5, 4, 4]) {
    await db.questionnaireResponse.create({ data: { questionnaireId: questionnaire.id, answers: { [coreId]: rating, overall: rating }, submittedOn: '2026-11-16' } });
  }
  return { admin, network, coreLabel: core.label, titles: { own: own.title, neighbour: neighbour.title }, ownEventId: own.id };
}
