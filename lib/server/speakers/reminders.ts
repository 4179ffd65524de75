import 'server-only';
import { formatDateRange, formatDateTime, formatTime } from '@/lib/domain/dates';
import { isSpeakerReminderDue, SPEAKER_REMINDER_DAYS_BEFORE } from '@/lib/domain/speakers/reminder';
import { appUrl } from '@/lib/env';
import { db, type Tx } from '@/lib/server/db';
import type { ScheduledJob } from '@/lib/server/jobs/scheduled';
import { queueEmail } from '@/lib/server/mail/outbox';
import { personalCalendar } from '@/lib/server/messages/personal-ics';
import { speakerPath } from '@/lib/server/speakers/links';
import { newToken } from '@/lib/server/tokens';

/*
 * The speakers' reminder, a week before (lib/domain/speakers/reminder.ts): practical information,
 * their sessions with an .ics, and their personal page. Each speaker is claimed by setting
 * reminderSentAt in the transaction that queues the e-mail (a conditional UPDATE: a second job run
 * waits on the row, then finds it taken). A live personal link is replaced by a fresh one carried by
 * the message, as participants' reminders do; a revoked link is never re-opened.
 */

const placedSession = { status: 'PLANNED', draft: false } as const;

function speakerReminderText(input: {
  name: string;
  event: { title: string; startsAt: Date; endsAt: Date; place: string; visio: string | null; organiser: string };
  sessions: ReadonlyArray<{ title: string; startsAt: Date; endsAt: Date; room: string | null }>;
  link: string | null;
}) {
  const { event } = input;
  return [
    `Bonjour ${input.name},`,
    '',
    `Vous intervenez dans une semaine à « ${event.title} », ${formatDateRange(event.startsAt, event.endsAt)}.`,
    '',
    `Lieu : ${event.place || 'à confirmer par l’équipe d’organisation'}`,
    ...(event.visio ? [`Lien de visio : ${event.visio}`] : []),
    '',
    'Vos séances :',
    ...input.sessions.map((s) => `- ${formatDateTime(s.startsAt)}–${formatTime(s.endsAt)} : ${s.title}${s.room ? ` (${s.room})` : ''}`),
    '',
    ...(input.link
      ? [
          'Vérifiez votre nom, votre structure et votre présentation telles qu’elles paraîtront, ajoutez une photo si vous le souhaitez, puis déposez votre support après votre intervention, sur votre page :',
          input.link,
          'Ce lien remplace les précédents ; il vous est propre.',
          '',
        ]
      : []),
    'Le fichier joint ajoute vos séances à votre agenda.',
    '',
    `L’équipe d’organisation — ${event.organiser}`,
    '(Message envoyé par Trame ; merci de ne pas y répondre.)',
  ].join('\n');
}

async function remindSpeakersOf(tx: Tx, eventId: string, now: Date): Promise<number> {
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { id: true, title: true, startsAt: true, endsAt: true, mode: true, visioUrl: true, venueName: true, venueAddress: true, programmeVersion: true, owner: { select: { name: true } } },
  });
  const speakers = await tx.speaker.findMany({
    where: { eventId, email: { not: null }, reminderSentAt: null, sessions: { some: { session: placedSession } } },
    select: {
      id: true,
      name: true,
      email: true,
      linkTokenHash: true,
      sessions: {
        where: { session: placedSession },
        select: { session: { select: { id: true, title: true, startsAt: true, endsAt: true, room: { select: { name: true } } } } },
        orderBy: { session: { startsAt: 'asc' } },
      },
    },
  });
  const place = event.mode === 'DISTANCIEL' ? 'en ligne' : [event.venueName, event.venueAddress].filter(Boolean).join(', ');
  const visio = event.mode !== 'PRESENTIEL' ? event.visioUrl : null;
  let queued = 0;
  for (const speaker of speakers) {
    const claimed = await tx.$executeRaw`UPDATE "Speaker" SET "reminderSentAt" = ${now} WHERE "id" = ${speaker.id} AND "reminderSentAt" IS NULL`;
    if (claimed === 0) continue;
    let token: string | null = null;
    if (speaker.linkTokenHash !== null) {
      const fresh = newToken();
      token = fresh.token;
      await tx.speaker.update({ where: { id: speaker.id }, data: { linkTokenHash: fresh.tokenHash, linkCreatedAt: now } });
    }
    const sessions = speaker.sessions.map(({ session }) => ({ ...session, room: session.room?.name ?? null }));
    const text = speakerReminderText({
      name: speaker.name,
      event: { ...event, place, visio, organiser: event.owner.name },
      sessions,
      link: token ? `${appUrl()}${speakerPath(token)}` : null,
    });
    const ics = personalCalendar({ event: { ...event, place, visioUrl: visio }, sessions, registrationId: `intervenant-${speaker.id}` });
    await queueEmail(tx, {
      eventId,
      to: speaker.email!,
      subject: `Dans une semaine, votre intervention : ${event.title}`,
      text,
      tokens: token ? [token] : [],
      attachment: { filename: 'mes-seances.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: ics },
    });
    queued += 1;
  }
  return queued;
}

/** The recurring job: speakers of published events whose J-7 has come and who have not had their reminder. */
export async function dispatchSpeakerReminders(now: Date): Promise<number> {
  const horizon = new Date(now.getTime() + (SPEAKER_REMINDER_DAYS_BEFORE + 1) * 86_400_000);
  const events = await db().event.findMany({
    where: { status: 'PUBLISHED', startsAt: { gt: now, lte: horizon }, speakers: { some: { reminderSentAt: null, email: { not: null } } } },
    select: { id: true, startsAt: true },
  });
  let queued = 0;
  for (const event of events) {
    if (!isSpeakerReminderDue(event.startsAt, now)) continue;
    queued += await db().$transaction((tx) => remindSpeakersOf(tx, event.id, now), { timeout: 120_000, maxWait: 10_000 });
  }
  return queued;
}

/** Hourly, beside the participants' reminders: from 9 a.m. (Paris) on J-7. */
export const speakerReminderJob: ScheduledJob = { name: 'speaker-reminders', cron: '27 * * * *', run: dispatchSpeakerReminders };
