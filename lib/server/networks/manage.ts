import 'server-only';
import { MAX_CORE_QUESTIONS } from '@/lib/domain/networks/core-questions';
import type { z } from 'zod';
import { optionLines } from '@/lib/schemas/questionnaire';
import type { coreQuestionSchema, setCycleEventSchema } from '@/lib/schemas/networks';
import { FieldError } from '@/lib/server/action';
import type { MembershipView } from '@/lib/server/authz';
import type { Tx } from '@/lib/server/db';
import { forbidden, notFound, SafeError } from '@/lib/server/errors';
import { assertCoreEditable, syncEventQuestionnaire, syncNetworkQuestionnaires } from '@/lib/server/networks/core-sync';

/*
 * Issue 19.3. A network is an organisation of kind RESEAU: its admins invite organisations by name
 * and write the core questions; an invited organisation's admins accept; its coordinators choose
 * which of its own events belong to the cycle.
 */

export const NOT_A_NETWORK = 'Cette page est réservée aux réseaux : passez sur votre structure de type « Réseau » pour la voir.';

/** The current organisation must be a network (403 otherwise). */
export function networkOf(membership: Pick<MembershipView, 'organisationId' | 'organisationKind'>): string {
  if (membership.organisationKind !== 'RESEAU') throw new SafeError(NOT_A_NETWORK, 'forbidden');
  return membership.organisationId;
}

export async function inviteMember(tx: Tx, networkId: string, organisationId: string, invitedById: string): Promise<{ id: string }> {
  if (organisationId === networkId) throw new FieldError('organisationId', 'Un réseau ne peut pas être membre de lui-même.');
  const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { kind: true } });
  if (!organisation) throw new FieldError('organisationId', 'Cette structure est introuvable : choisissez-la dans la liste.');
  if (organisation.kind === 'FINANCEUR' || organisation.kind === 'RESEAU') {
    throw new FieldError('organisationId', 'Un financeur ou un autre réseau ne peut pas être membre : invitez des structures qui organisent des événements.');
  }
  const existing = await tx.networkMembership.findUnique({ where: { networkId_memberOrganisationId: { networkId, memberOrganisationId: organisationId } }, select: { joinedAt: true } });
  if (existing) {
    throw new FieldError('organisationId', existing.joinedAt ? 'Cette structure fait déjà partie du réseau.' : 'Cette structure est déjà invitée : son invitation attend sa réponse.');
  }
  return tx.networkMembership.create({ data: { networkId, memberOrganisationId: organisationId, invitedById }, select: { id: true } });
}

/** The invited organisation's answer: joined, or the invitation removed (it may be invited again). */
export async function answerInvitation(tx: Tx, organisationId: string, networkId: string, accept: boolean): Promise<{ joined: boolean }> {
  const pending = await tx.networkMembership.findFirst({ where: { networkId, memberOrganisationId: organisationId, joinedAt: null }, select: { id: true } });
  if (!pending) throw notFound('Cette invitation');
  if (accept) await tx.networkMembership.update({ where: { id: pending.id }, data: { joinedAt: new Date() } });
  else await tx.networkMembership.delete({ where: { id: pending.id } });
  return { joined: accept };
}

/**
 * The end of a membership, whoever ends it (the member leaves, the network removes it or withdraws
 * its pending invitation). The member's events leave the network's cycle: the network no longer
 * sees them; their unsent questionnaires lose the network's core questions, a sent one keeps what
 * its participants received; the events and their bilans are untouched. The membership row goes,
 * so the network may invite the organisation again.
 */
async function endMembership(tx: Tx, membershipId: string, networkId: string, memberOrganisationId: string): Promise<{ cycleEvents: number }> {
  const cycle = await tx.networkCycleEvent.findMany({ where: { networkId, event: { ownerOrganisationId: memberOrganisationId } }, select: { id: true, eventId: true }, orderBy: { eventId: 'asc' } });
  await tx.networkCycleEvent.deleteMany({ where: { id: { in: cycle.map((c) => c.id) } } });
  for (const { eventId } of cycle) await syncEventQuestionnaire(tx, eventId);
  await tx.networkMembership.deleteMany({ where: { id: membershipId } });
  return { cycleEvents: cycle.length };
}

/** The current organisation leaves a network it joined (a pending invitation is declined instead). */
export async function leaveNetwork(tx: Tx, organisationId: string, networkId: string): Promise<{ cycleEvents: number }> {
  const joined = await tx.networkMembership.findFirst({ where: { networkId, memberOrganisationId: organisationId, joinedAt: { not: null } }, select: { id: true } });
  if (!joined) throw new SafeError('Votre structure ne fait pas partie de ce réseau.', 'not-found');
  return endMembership(tx, joined.id, networkId, organisationId);
}

/** The network removes a member, or withdraws the invitation it is still waiting an answer to. */
export async function removeMember(tx: Tx, networkId: string, organisationId: string): Promise<{ cycleEvents: number; wasPending: boolean }> {
  const membership = await tx.networkMembership.findUnique({ where: { networkId_memberOrganisationId: { networkId, memberOrganisationId: organisationId } }, select: { id: true, joinedAt: true } });
  if (!membership) throw new SafeError('Cette structure ne fait pas partie du réseau et n’y est pas invitée.', 'not-found');
  return { ...(await endMembership(tx, membership.id, networkId, organisationId)), wasPending: membership.joinedAt === null };
}

/**
 * Only the event's owner organisation, joined to the network, decides; the event's questionnaire
 * gains (or, unsent, loses) the network's core questions.
 */
export async function setCycleEvent(
  tx: Tx,
  input: z.output<typeof setCycleEventSchema>,
  context: { ownerOrganisationId: string; actingOrganisationId: string; userId: string },
): Promise<{ inCycle: boolean }> {
  if (context.actingOrganisationId !== context.ownerOrganisationId) throw forbidden();
  const joined = await tx.networkMembership.findFirst({
    where: { networkId: input.networkId, memberOrganisationId: context.ownerOrganisationId, joinedAt: { not: null } },
    select: { id: true },
  });
  if (!joined) throw new SafeError('Votre structure ne fait pas partie de ce réseau : acceptez d’abord son invitation.', 'not-found');
  if (input.inCycle) {
    await tx.networkCycleEvent.upsert({
      where: { networkId_eventId: { networkId: input.networkId, eventId: input.eventId } },
      create: { networkId: input.networkId, eventId: input.eventId, assignedById: context.userId },
      update: {},
    });
  } else {
    await tx.networkCycleEvent.deleteMany({ where: { networkId: input.networkId, eventId: input.eventId } });
  }
  await syncEventQuestionnaire(tx, input.eventId);
  return { inCycle: input.inCycle };
}

async function ownCoreQuestion(tx: Tx, networkId: string, id: string) {
  const core = await tx.coreQuestion.findFirst({ where: { id, networkId }, select: { id: true, frozenAt: true } });
  if (!core) throw notFound('Cette question commune');
  return core;
}

export async function saveCoreQuestion(tx: Tx, networkId: string, input: z.output<typeof coreQuestionSchema>): Promise<{ id: string }> {
  const data = { kind: input.kind, label: input.label, required: input.required, options: input.kind === 'choice' ? optionLines(input.options) : [] };
  if (input.id) {
    await assertCoreEditable(tx, await ownCoreQuestion(tx, networkId, input.id));
    await tx.coreQuestion.update({ where: { id: input.id }, data });
    await syncNetworkQuestionnaires(tx, networkId);
    return { id: input.id };
  }
  const existing = await tx.coreQuestion.aggregate({ where: { networkId }, _count: true, _max: { position: true } });
  if (existing._count >= MAX_CORE_QUESTIONS) throw new SafeError(`Le socle commun compte ${MAX_CORE_QUESTIONS} questions au plus.`, 'invalid');
  const created = await tx.coreQuestion.create({ data: { ...data, networkId, position: (existing._max.position ?? 0) + 1 }, select: { id: true } });
  await syncNetworkQuestionnaires(tx, networkId);
  return created;
}

export async function deleteCoreQuestion(tx: Tx, networkId: string, id: string): Promise<void> {
  await assertCoreEditable(tx, await ownCoreQuestion(tx, networkId, id));
  await tx.coreQuestion.delete({ where: { id } });
  await syncNetworkQuestionnaires(tx, networkId);
}
