import 'server-only';
import { isCatalogueFormatId } from '@/lib/domain/formats/format-ids';
import { getFormat } from '@/lib/domain/formats/formats';
import type { ProposalStatus } from '@/lib/domain/speakers/call';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { proposalSpeakers, type ProposalSpeaker } from '@/lib/server/proposals/decide';

export type ProposalView = {
  id: string;
  title: string;
  formatName: string;
  abstract: string;
  constraints: string | null;
  speakers: ProposalSpeaker[];
  status: ProposalStatus;
  createdAt: Date;
  decidedAt: Date | null;
  sessionId: string | null;
};

const allowed = (eventId: string, permission: 'event.publish') =>
  requireEventPermission(eventId, permission).then(
    () => true,
    () => false,
  );

/** The event's call for proposals and the proposals received, newest first (organisers only). */
export async function getProposals(eventId: string) {
  await requireEventPermission(eventId, 'event.read');
  const decide = await allowed(eventId, 'event.publish');
  const event = await db().event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      slug: true,
      status: true,
      startsAt: true,
      callOpen: true,
      callClosesOn: true,
      proposals: {
        orderBy: { createdAt: 'desc' },
        select: { id: true, title: true, formatId: true, abstract: true, constraints: true, speakers: true, status: true, createdAt: true, decidedAt: true, sessionId: true },
      },
    },
  });
  if (!event) throw notFound('Cet événement');
  const { proposals, ...settings } = event;
  return {
    event: settings,
    permissions: { decide },
    proposals: proposals.map(
      ({ formatId, speakers, ...proposal }): ProposalView => ({
        ...proposal,
        formatName: isCatalogueFormatId(formatId) ? getFormat(formatId).name : formatId,
        speakers: proposalSpeakers(speakers),
      }),
    ),
  };
}
export type ProposalsPageData = Awaited<ReturnType<typeof getProposals>>;
