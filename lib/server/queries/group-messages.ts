import 'server-only';
import { eventCalendarDays } from '@/lib/domain/registrations/event-days';
import { countDeliveries, emailDelivery } from '@/lib/domain/messages/delivery';
import { segmentCounts } from '@/lib/domain/messages/segments';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { mailIsSent } from '@/lib/server/mail/delivery-mode';
import { loadAudience } from '@/lib/server/messages/audience';
import { reminderSettings } from '@/lib/server/messages/reminders';
import { reminderSlots } from '@/lib/domain/messages/reminders';


/** What the compose page offers: sessions, days, the count of each group, and the messages already sent. */
export async function getMessagesPage(eventId: string) {
  await requireEventPermission(eventId, 'event.emails');
  const event = await db().event.findUniqueOrThrow({
    where: { id: eventId },
    select: {
      startsAt: true,
      endsAt: true,
      days: { select: { date: true } },
      sessions: { where: { status: { not: 'CANCELLED' } }, select: { id: true, title: true, startsAt: true }, orderBy: { startsAt: 'asc' } },
    },
  });
  const days = eventCalendarDays({ dayDates: event.days.map((day) => day.date), startsAt: event.startsAt, endsAt: event.endsAt });
  const [audience, reminders, messages] = await Promise.all([
    loadAudience(db(), eventId),
    reminderSettings(db(), eventId),
    db().groupMessage.findMany({
      where: { eventId },
      select: { id: true, subject: true, segmentLabel: true, recipientCount: true, createdAt: true, sentBy: { select: { name: true } } },
      orderBy: { createdAt: 'desc' },
      take: 100,
    }),
  ]);
  return {
    sessions: event.sessions,
    days,
    counts: segmentCounts(audience, event.sessions.map((session) => session.id), days),
    messages: messages.map(({ sentBy, ...message }) => ({ ...message, sentBy: sentBy?.name ?? null })),
    reminders,
    reminderDays: Object.fromEntries(reminderSlots(reminders, event.startsAt).map((slot) => [slot.daysBefore, slot.sendOn])),
    mailSent: mailIsSent(),
  };
}

/** One group message and the state of each copy (addresses shown to those who may read « Courriels »). */
export async function getGroupMessageStatus(eventId: string, messageId: string) {
  await requireEventPermission(eventId, 'event.emails');
  const message = await db().groupMessage.findFirst({
    where: { id: messageId, eventId },
    select: {
      id: true,
      subject: true,
      body: true,
      segmentLabel: true,
      recipientCount: true,
      createdAt: true,
      sentBy: { select: { name: true } },
      emails: {
        select: { id: true, to: true, status: true, attempts: true, lastError: true, sentAt: true },
        orderBy: { to: 'asc' },
      },
    },
  });
  if (!message) throw notFound('Ce message');
  const copies = message.emails.map(({ status, ...copy }) => ({ ...copy, delivery: emailDelivery({ status, attempts: copy.attempts }) }));
  const totals = countDeliveries(copies.map((copy) => copy.delivery));
  return { ...message, sentBy: message.sentBy?.name ?? null, emails: copies, totals, mailSent: mailIsSent() };
}
export type GroupMessageStatus = Awaited<ReturnType<typeof getGroupMessageStatus>>;
