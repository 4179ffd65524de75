import 'server-only';
import { settleOutsideLink } from '@/lib/server/events/outside-co-organisers';
import { can } from '@/lib/domain/access/permissions';
import type { AnswerCoOrganiserInvitationInput } from '@/lib/schemas/co-organisers';
import { isFunder, requireViewer } from '@/lib/server/authz';
import { db, type Tx } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';

export type CoOrganiserInvitationView = {
  eventId: string;
  organisationId: string;
  eventTitle: string;
  ownerName: string;
  startsAt: Date;
  endsAt: Date;
  invitedAt: Date;
};

/**
 * Invitations to co-organise waiting for the current organisation's answer, shown to the people who
 * may answer (admins, coordinators). Only the event's title, dates and owner are shown: nothing else
 * of the event is reachable before accepting.
 */
export async function listCoOrganiserInvitations(): Promise<CoOrganiserInvitationView[]> {
  const { current } = await requireViewer();
  if (!can(current.role, 'event.coorganise', { funder: isFunder(current) })) return [];
  const rows = await db().eventCoOrganiser.findMany({
    where: { organisationId: current.organisationId, status: 'PENDING' },
    select: {
      eventId: true,
      organisationId: true,
      invitedAt: true,
      event: { select: { title: true, startsAt: true, endsAt: true, owner: { select: { name: true } } } },
    },
    orderBy: { invitedAt: 'asc' },
  });
  return rows.map(({ event, ...row }) => ({ ...row, eventTitle: event.title, ownerName: event.owner.name, startsAt: event.startsAt, endsAt: event.endsAt }));
}

/** Accepts or declines, once: an answered (or withdrawn) invitation is not found. The caller checks event.coorganise. */
export async function answerCoOrganiserInvitation(tx: Tx, input: AnswerCoOrganiserInvitationInput): Promise<{ accepted: boolean }> {
  const { count } = await tx.eventCoOrganiser.updateMany({
    where: { eventId: input.eventId, organisationId: input.organisationId, status: 'PENDING' },
    data: { status: input.accept ? 'ACCEPTED' : 'DECLINED', respondedAt: new Date() },
  });
  if (count === 0) throw notFound('Cette invitation');
  // A co-organiser named while it was not on Trame and linked to this organisation (issue 15.13).
  await settleOutsideLink(tx, input.eventId, input.organisationId, input.accept);
  return { accepted: input.accept };
}
