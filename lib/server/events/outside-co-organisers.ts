import 'server-only';
import { can } from '@/lib/domain/access/permissions';
import type { MembershipView } from '@/lib/server/authz';
import { FieldError } from '@/lib/server/action';
import { db, type Tx } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';

/*
 * A co-organiser named while it was not on Trame (issue 15.13) joins later: when an organisation of
 * Trame has the same SIRET, or the same name (case aside), the coordinator links the two. The
 * organisation is then named co-organiser like any other — invited, so it reaches the event only once
 * one of its admins or coordinators accepts (accepted at once when the coordinator may accept for it).
 * Until it accepts, the outside row stays (the bilan and the budget keep naming the partner) and
 * remembers the invitation; on acceptance the budget lines follow the organisation and the row goes;
 * on refusal the row stays as it was, not linked.
 */

type Client = Tx | ReturnType<typeof db>;

export type TrameMatch = { outsideId: string; organisationId: string; organisationName: string; bySiret: boolean };

/** For each outside co-organiser of the event, the organisations of Trame it could be. */
export async function findTrameMatches(client: Client, eventId: string): Promise<TrameMatch[]> {
  const event = await client.event.findUnique({
    where: { id: eventId },
    select: {
      ownerOrganisationId: true,
      coOrganisers: { select: { organisationId: true } },
      outsideCoOrganisers: { where: { invitedOrganisationId: null }, select: { id: true, name: true, siret: true }, orderBy: { position: 'asc' } },
    },
  });
  if (!event) return [];
  const named = new Set([event.ownerOrganisationId, ...event.coOrganisers.map((c) => c.organisationId)]);
  const matches: TrameMatch[] = [];
  for (const outside of event.outsideCoOrganisers) {
    const found = await client.organisation.findMany({
      where: {
        kind: { not: 'FINANCEUR' },
        id: { notIn: [...named] },
        OR: [...(outside.siret ? [{ siret: outside.siret }] : []), { name: { equals: outside.name.trim(), mode: 'insensitive' as const } }],
      },
      select: { id: true, name: true, siret: true },
      orderBy: { createdAt: 'asc' },
      take: 3,
    });
    for (const organisation of found) {
      matches.push({ outsideId: outside.id, organisationId: organisation.id, organisationName: organisation.name, bySiret: !!outside.siret && organisation.siret === outside.siret });
    }
  }
  return matches;
}

export async function linkOutsideCoOrganiser(
  tx: Tx,
  args: { eventId: string; outsideId: string; organisationId: string; memberships: readonly MembershipView[] },
) {
  const matches = await findTrameMatches(tx, args.eventId);
  if (!matches.some((match) => match.outsideId === args.outsideId)) {
    const exists = await tx.outsideCoOrganiser.count({ where: { id: args.outsideId, eventId: args.eventId } });
    if (exists === 0) throw notFound('Ce co-organisateur');
  }
  const match = matches.find((candidate) => candidate.outsideId === args.outsideId && candidate.organisationId === args.organisationId);
  if (!match) {
    throw new FieldError('organisationId', 'Cette structure n’a ni le SIRET ni le nom du co-organisateur hors Trame : elle ne peut pas lui être reliée.');
  }
  const canAccept = args.memberships.some(
    (m) => m.organisationId === args.organisationId && can(m.role, 'event.coorganise', { funder: m.organisationKind === 'FINANCEUR' }),
  );
  const now = new Date();
  await tx.eventCoOrganiser.create({
    data: { eventId: args.eventId, organisationId: args.organisationId, status: canAccept ? 'ACCEPTED' : 'PENDING', respondedAt: canAccept ? now : null },
  });
  if (canAccept) {
    await handOver(tx, args.eventId, args.outsideId, args.organisationId);
    return { organisationId: args.organisationId, status: 'ACCEPTED' as const };
  }
  await tx.outsideCoOrganiser.update({ where: { id: args.outsideId }, data: { invitedOrganisationId: args.organisationId } });
  return { organisationId: args.organisationId, status: 'PENDING' as const };
}

/** The budget lines of the outside row now name the organisation, and the row goes. */
async function handOver(tx: Tx, eventId: string, outsideId: string, organisationId: string) {
  await tx.budgetLine.updateMany({ where: { eventId, payerOrganisationId: outsideId }, data: { payerOrganisationId: organisationId } });
  await tx.budgetLine.updateMany({ where: { eventId, receiverOrganisationId: outsideId }, data: { receiverOrganisationId: organisationId } });
  await tx.outsideCoOrganiser.delete({ where: { id: outsideId } });
}

/** After the invited organisation answered: accepted, it takes over the outside row; declined, the row is unlinked. */
export async function settleOutsideLink(tx: Tx, eventId: string, organisationId: string, accepted: boolean) {
  const linked = await tx.outsideCoOrganiser.findMany({ where: { eventId, invitedOrganisationId: organisationId }, select: { id: true } });
  for (const row of linked) {
    if (accepted) await handOver(tx, eventId, row.id, organisationId);
    else await tx.outsideCoOrganiser.update({ where: { id: row.id }, data: { invitedOrganisationId: null } });
  }
}
