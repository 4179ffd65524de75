import 'server-only';
import { formatDateRange } from '@/lib/domain/dates';
import { appUrl } from '@/lib/env';
import type { Tx } from '@/lib/server/db';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { queueEmail } from '@/lib/server/mail/outbox';
import { hashToken, newToken } from '@/lib/server/tokens';

// A speaker's personal link (/intervenant/<token>): no account, the token is the credential. Only
// its SHA-256 is stored; a new link replaces the previous one, and revoking it leaves none.

export const speakerPath = (token: string) => `/intervenant/${token}`;

/** A token as newToken() writes it (base64url of 32 bytes); anything else is simply unknown. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

async function requireSpeaker(tx: Tx, eventId: string, speakerId: string) {
  const speaker = await tx.speaker.findFirst({
    where: { id: speakerId, eventId },
    select: {
      id: true,
      name: true,
      email: true,
      event: { select: { title: true, startsAt: true, endsAt: true, venueName: true, owner: { select: { name: true } } } },
    },
  });
  if (!speaker) throw notFound('Cette personne');
  return speaker;
}

function speakerLinkEmail(input: { name: string; link: string; event: { title: string; startsAt: Date; endsAt: Date; venueName: string | null; owner: { name: string } } }) {
  const { event } = input;
  return {
    subject: `Votre intervention : ${event.title}`,
    text: [
      `Bonjour ${input.name},`,
      '',
      `Vous intervenez à « ${event.title} » (${formatDateRange(event.startsAt, event.endsAt)}${event.venueName ? `, ${event.venueName}` : ''}).`,
      'Merci de vérifier sur cette page votre nom, votre structure et votre courte présentation, telles qu’elles paraîtront dans le programme ; vous pourrez y ajouter une photo, puis déposer votre support après votre intervention :',
      input.link,
      'Ce lien vous est propre : ne le transférez pas.',
      '',
      `L’équipe d’organisation — ${event.owner.name}`,
      '(Message envoyé par Trame ; merci de ne pas y répondre.)',
    ].join('\n'),
  };
}

/**
 * Makes a new link for the speaker (the previous one stops working) and, when their e-mail is known,
 * queues it to them through the outbox (the token travels sealed). The link is returned once, so
 * that the organisers can also pass it on themselves.
 */
export async function issueSpeakerLink(tx: Tx, eventId: string, speakerId: string): Promise<{ link: string; emailed: boolean }> {
  const speaker = await requireSpeaker(tx, eventId, speakerId);
  const { token, tokenHash } = newToken();
  await tx.speaker.update({ where: { id: speaker.id }, data: { linkTokenHash: tokenHash, linkCreatedAt: new Date() } });
  const link = `${appUrl()}${speakerPath(token)}`;
  if (speaker.email) {
    const email = speakerLinkEmail({ name: speaker.name, link, event: speaker.event });
    await queueEmail(tx, { eventId, to: speaker.email, ...email, tokens: [token] });
  }
  return { link, emailed: speaker.email !== null };
}

export async function revokeSpeakerLink(tx: Tx, eventId: string, speakerId: string): Promise<void> {
  const speaker = await requireSpeaker(tx, eventId, speakerId);
  await tx.speaker.update({ where: { id: speaker.id }, data: { linkTokenHash: null, linkCreatedAt: null } });
}

/** The speaker a link names, or null for a malformed, unknown or revoked one. */
export async function findSpeakerIdByToken(client: Tx, token: string): Promise<{ id: string; eventId: string } | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  return client.speaker.findUnique({ where: { linkTokenHash: hashToken(token) }, select: { id: true, eventId: true } });
}

/** What the speaker's page shows: their details, their sessions and their files (never the bytes). */
export async function getSpeakerByToken(token: string) {
  if (!TOKEN_SHAPE.test(token)) return null;
  const speaker = await db().speaker.findUnique({
    where: { linkTokenHash: hashToken(token) },
    select: {
      id: true,
      name: true,
      organisation: true,
      bio: true,
      gender: true,
      scope: true,
      confirmedAt: true,
      event: { select: { title: true, slug: true, status: true, startsAt: true, endsAt: true, venueName: true, owner: { select: { name: true } } } },
      sessions: {
        where: { session: { status: 'PLANNED' } },
        select: { role: true, session: { select: { title: true, startsAt: true, endsAt: true, draft: true, room: { select: { name: true } } } } },
        orderBy: { session: { startsAt: 'asc' } },
      },
      files: { select: { kind: true, name: true, size: true, uploadedAt: true } },
    },
  });
  return speaker;
}
export type SpeakerPageData = NonNullable<Awaited<ReturnType<typeof getSpeakerByToken>>>;
