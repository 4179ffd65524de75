import 'server-only';
import { getFormat } from '@/lib/domain/formats/formats';
import { isCatalogueFormatId } from '@/lib/domain/formats/format-ids';
import { allowedDecisions, draftSessionSlot, type ProposalDecision, type ProposalStatus } from '@/lib/domain/speakers/call';
import type { Tx } from '@/lib/server/db';
import { notFound, SafeError } from '@/lib/server/errors';
import { queueEmail } from '@/lib/server/mail/outbox';

export type ProposalSpeaker = { name: string; email: string; organisation: string };

const SUBJECTS: Record<ProposalDecision, string> = {
  ACCEPTED: 'retenue',
  DECLINED: 'non retenue',
  LATER: 'gardée pour plus tard',
};

/** The proposal's speakers as stored (JSON written by the submit action). */
export function proposalSpeakers(value: unknown): ProposalSpeaker[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is ProposalSpeaker =>
      typeof entry === 'object' && entry !== null && typeof entry.name === 'string' && typeof entry.email === 'string' && typeof entry.organisation === 'string',
  );
}

/**
 * Creates the draft session of an accepted proposal and its speakers: a speaker already in the
 * programme with the same e-mail is reused, not duplicated.
 */
async function createDraftSession(tx: Tx, eventId: string, proposal: { title: string; formatId: string; abstract: string; speakers: unknown }) {
  const event = await tx.event.update({
    where: { id: eventId },
    data: { programmeVersion: { increment: 1 } },
    select: { startsAt: true, days: { select: { id: true, startsAt: true }, orderBy: { date: 'asc' }, take: 1 } },
  });
  const firstDay = event.days[0] ?? null;
  const formatId = isCatalogueFormatId(proposal.formatId) ? proposal.formatId : null;
  const slot = draftSessionSlot(firstDay, event, formatId ? getFormat(formatId).typicalDurationMinutes : 60);
  const session = await tx.session.create({
    data: { eventId, dayId: firstDay?.id ?? null, title: proposal.title, formatId, description: proposal.abstract, draft: true, ...slot },
    select: { id: true },
  });
  for (const person of proposalSpeakers(proposal.speakers)) {
    const existing = await tx.speaker.findFirst({ where: { eventId, email: { equals: person.email, mode: 'insensitive' } }, select: { id: true } });
    const speaker =
      existing ??
      (await tx.speaker.create({
        data: { eventId, name: person.name, email: person.email, organisation: person.organisation || null },
        select: { id: true },
      }));
    await tx.sessionSpeaker.upsert({
      where: { sessionId_speakerId: { sessionId: session.id, speakerId: speaker.id } },
      create: { sessionId: session.id, speakerId: speaker.id },
      update: {},
    });
  }
  return session.id;
}

/**
 * Records the organisers' decision and, with a message, writes to the proposal's contact through the
 * outbox. Accepting creates one draft session: the proposal's row is locked first, so accepting twice
 * (a double click, two organisers at once) finds the session of the first and changes nothing.
 */
export async function decideProposal(
  tx: Tx,
  input: { eventId: string; proposalId: string; decision: ProposalDecision; message: string },
): Promise<{ status: ProposalStatus; sessionId: string | null; unchanged: boolean }> {
  await tx.$queryRaw`SELECT "id" FROM "Proposal" WHERE "id" = ${input.proposalId} AND "eventId" = ${input.eventId} FOR UPDATE`;
  const proposal = await tx.proposal.findFirst({
    where: { id: input.proposalId, eventId: input.eventId },
    select: { id: true, title: true, formatId: true, abstract: true, speakers: true, contactEmail: true, status: true, sessionId: true, event: { select: { title: true, owner: { select: { name: true } } } } },
  });
  if (!proposal) throw notFound('Cette proposition');
  if (proposal.status === input.decision && (input.decision !== 'ACCEPTED' || proposal.sessionId !== null)) {
    return { status: proposal.status, sessionId: proposal.sessionId, unchanged: true };
  }
  if (!allowedDecisions(proposal.status).includes(input.decision)) {
    throw new SafeError('Cette proposition est déjà retenue : sa séance est au programme. Retirez la séance si vous changez d’avis.', 'conflict');
  }
  const sessionId = input.decision === 'ACCEPTED' ? await createDraftSession(tx, input.eventId, proposal) : null;
  await tx.proposal.update({ where: { id: proposal.id }, data: { status: input.decision, decidedAt: new Date(), sessionId } });
  if (input.message !== '') {
    const person = proposalSpeakers(proposal.speakers)[0];
    await queueEmail(tx, {
      eventId: input.eventId,
      to: proposal.contactEmail,
      subject: `Votre proposition « ${proposal.title} » : ${SUBJECTS[input.decision]}`,
      text: [
        `Bonjour${person ? ` ${person.name}` : ''},`,
        '',
        `Au sujet de votre proposition « ${proposal.title} » pour « ${proposal.event.title} » :`,
        '',
        input.message,
        '',
        `L’équipe d’organisation — ${proposal.event.owner.name}`,
        '(Message envoyé par Trame ; merci de ne pas y répondre.)',
      ].join('\n'),
    });
  }
  return { status: input.decision, sessionId, unchanged: false };
}
