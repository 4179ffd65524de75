// Networks (issue 19.3): a network organisation with its admin, members that joined, a core question.
import type { PrismaClient } from '@/prisma/generated/client';
import { createUser } from './index';

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
