import 'server-only';
import { appUrl } from '@/lib/env';
import { formatDateRange, formatDateTime, formatTime } from '@/lib/domain/dates';
import { renderTemplate } from '@/lib/domain/messages/placeholders';
import { DEFAULT_REMINDERS, dueReminder, reminderSlots, shouldReceive, type ReminderSetting, type ReminderSlot } from '@/lib/domain/messages/reminders';
import { isPlaceholderEmail } from '@/lib/domain/registrations/personal-data';
import { db, type Tx } from '@/lib/server/db';
import type { ScheduledJob } from '@/lib/server/jobs/scheduled';
import { queueEmail } from '@/lib/server/mail/outbox';
import { calendarEvent, personalCalendar } from '@/lib/server/messages/personal-ics';
import { unsubscribeFooter } from '@/lib/server/messages/unsubscribe';
import { personalPath } from '@/lib/server/registrations/paths';
import { newToken } from '@/lib/server/tokens';

/*
 * Reminders before the event (J-7 and J-1 by default, lib/domain/messages/reminders.ts), with the
 * person's own .ics. Each (registration, reminder) is claimed by inserting its ReminderDelivery row in
 * the transaction that queues the e-mail: a second job run (another instance, a retry) waits on the
 * key, then finds it taken and sends nothing. Only confirmed people, never cancelled, anonymised or
 * unsubscribed ones, never once the event has started.
 */

const HORIZON_DAYS = 61;

/** Replaces the event's reminders (none left enabled = no reminder at all, not the defaults). */
export async function saveReminderSettings(tx: Tx, eventId: string, reminders: readonly ReminderSetting[]) {
  await tx.eventReminder.deleteMany({ where: { eventId } });
  const kept = reminders.length > 0 ? reminders : DEFAULT_REMINDERS.map((reminder) => ({ ...reminder, enabled: false }));
  await tx.eventReminder.createMany({ data: kept.map((reminder) => ({ eventId, ...reminder })) });
  return { saved: reminders.length };
}

/** The event's reminders as edited, or the defaults when none were saved. */
export async function reminderSettings(tx: Tx, eventId: string): Promise<ReminderSetting[]> {
  const stored = await tx.eventReminder.findMany({
    where: { eventId },
    select: { daysBefore: true, subject: true, body: true, enabled: true },
    orderBy: { daysBefore: 'desc' },
  });
  return stored.length > 0 ? stored : DEFAULT_REMINDERS.map((reminder) => ({ ...reminder }));
}

function eventFacts(tx: Tx, eventId: string) {
  return tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      mode: true,
      visioUrl: true,
      venueName: true,
      venueAddress: true,
      venueNotes: true,
      venueAccessible: true,
      venueNearStation: true,
      programmeVersion: true,
      owner: { select: { name: true } },
    },
  });
}
type EventFacts = Awaited<ReturnType<typeof eventFacts>>;

function eventValues(event: EventFacts) {
  const place = event.mode === 'DISTANCIEL' ? '' : [event.venueName, event.venueAddress].filter(Boolean).join(', ');
  return {
    values: {
      evenement: event.title,
      dates: formatDateRange(event.startsAt, event.endsAt),
      lieu: event.mode === 'DISTANCIEL' ? 'en ligne' : place || 'lieu à confirmer',
      organisateur: event.owner.name,
      acces: [event.venueNearStation ? 'Accès : proche d’une gare ou d’un arrêt de transport en commun.' : null, event.venueNotes].filter(Boolean).join('\n'),
      accessibilite: event.mode === 'DISTANCIEL' ? '' : event.venueAccessible ? 'Le lieu est accessible aux personnes à mobilité réduite.' : 'Accessibilité du lieu : renseignez-vous auprès de l’organisation.',
      visio: event.mode !== 'PRESENTIEL' && event.visioUrl ? `Lien de visio : ${event.visioUrl}` : '',
    },
  };
}

/** Sends the due reminder of one event to those who have not had it. Returns how many were queued. */
export async function sendEventReminder(eventId: string, slot: ReminderSlot, setting: ReminderSetting, now: Date): Promise<number> {
  return db().$transaction(
    async (tx) => {
      const event = await eventFacts(tx, eventId);
      const { values } = eventValues(event);
      const people = await tx.registration.findMany({
        where: { eventId, status: 'CONFIRMED', anonymisedAt: null, cancelledAt: null, unsubscribedAt: null },
        select: {
          id: true,
          name: true,
          email: true,
          reminderDeliveries: { select: { daysBefore: true } },
          sessions: {
            where: { status: 'CONFIRMED', session: { status: { not: 'CANCELLED' } } },
            select: { session: { select: { id: true, title: true, startsAt: true, endsAt: true, room: { select: { name: true } } } } },
            orderBy: { session: { startsAt: 'asc' } },
          },
        },
      });
      let queued = 0;
      for (const person of people) {
        if (isPlaceholderEmail(person.email) || !shouldReceive(slot, person.reminderDeliveries.map((d) => d.daysBefore))) continue;
        const claimed = await tx.$executeRaw`
          INSERT INTO "ReminderDelivery" ("registrationId", "daysBefore", "sentAt") VALUES (${person.id}, ${slot.daysBefore}, ${now})
          ON CONFLICT DO NOTHING`;
        if (claimed === 0) continue;
        // Every message carries a fresh personal link, which replaces the earlier ones (as registration e-mails do).
        const { token, tokenHash } = newToken();
        await tx.registration.update({ where: { id: person.id }, data: { tokenHash } });
        const sessions = person.sessions.map(({ session }) => session);
        const programme = sessions.length > 0
          ? sessions.map((s) => `- ${formatDateTime(s.startsAt)}–${formatTime(s.endsAt)} : ${s.title}${s.room ? ` (${s.room.name})` : ''}`).join('\n')
          : '- l’ensemble de l’événement';
        const all = { ...values, nom: person.name, programme, lien_personnel: `${appUrl()}${personalPath(token)}` };
        const text = [renderTemplate(setting.body, all, { lineBreaks: true }).replace(/\n{3,}/g, '\n\n'), '', `L’équipe d’organisation — ${event.owner.name}`, ...unsubscribeFooter()].join('\n');
        const ics = personalCalendar({
          event: calendarEvent(event),
          sessions: sessions.map((s) => ({ ...s, room: s.room?.name ?? null })),
          registrationId: person.id,
        });
        await queueEmail(tx, {
          eventId,
          to: person.email,
          subject: renderTemplate(setting.subject, all),
          text,
          tokens: [token],
          unsubscribeRegistrationId: person.id,
          attachment: { filename: 'mon-programme.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: ics },
        });
        queued += 1;
      }
      return queued;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** The recurring job: every published event starting within two months whose reminder is due now. */
export async function dispatchReminders(now: Date): Promise<number> {
  const events = await db().event.findMany({
    where: { status: 'PUBLISHED', startsAt: { gt: now, lte: new Date(now.getTime() + HORIZON_DAYS * 86_400_000) } },
    select: { id: true, startsAt: true },
  });
  let queued = 0;
  for (const event of events) {
    const settings = await reminderSettings(db(), event.id);
    const slot = dueReminder(reminderSlots(settings, event.startsAt), event.startsAt, now);
    const setting = slot ? settings.find((s) => s.enabled && s.daysBefore === slot.daysBefore) : undefined;
    if (slot && setting) queued += await sendEventReminder(event.id, slot, setting, now);
  }
  return queued;
}

/** Hourly: a reminder goes out from 9 a.m. (Paris) on its day, whatever instance works the tick. */
export const reminderJob: ScheduledJob = { name: 'event-reminders', cron: '17 * * * *', run: dispatchReminders };
