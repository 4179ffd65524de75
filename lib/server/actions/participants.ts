'use server';
import { randomUUID } from 'node:crypto';
import { AUDIENCE_CATEGORY_LABELS } from '@/lib/domain/registrations/audience-categories';
import { walkInEmail } from '@/lib/domain/registrations/personal-data';
import { REGISTRATION_STATUS_LABELS } from '@/lib/domain/registrations/statuses';
import { addWalkInSchema } from '@/lib/schemas/attendance';
import { anonymiseExpiredSchema, eraseParticipantSchema, updateRetentionSchema } from '@/lib/schemas/participants';
import { eventAction, FieldError } from '@/lib/server/action';
import { notFound, SafeError } from '@/lib/server/errors';
import { assertEventDay } from '@/lib/server/participants/event-day';
import { toRegistrationStatus } from '@/lib/server/participants/facts';
import { ANONYMISE_TRANSACTION, anonymiseEventIfExpired, anonymiseRegistrations, retentionState } from '@/lib/server/participants/anonymise';
import { newToken } from '@/lib/server/tokens';
import { formatCalendarDate } from '@/lib/domain/dates';

const eventPath = (eventId: string) => `/evenements/${eventId}`;

/** Erases one person on request (RGPD): their identity goes, the counts of the bilan stay. */
export const eraseParticipantAction = eventAction(eraseParticipantSchema, 'event.edit', async ({ input: { eventId, registrationId }, tx, revalidate }) => {
  const count = await anonymiseRegistrations(tx, eventId, [registrationId], new Date());
  if (count === 0) throw notFound('Cette personne');
  revalidate(eventPath(eventId), 'layout');
  return { registrationId };
});

export const updateRetentionAction = eventAction(updateRetentionSchema, 'event.edit', async ({ input: { eventId, retentionMonths }, tx, revalidate }) => {
  await tx.event.update({ where: { id: eventId }, data: { retentionMonths } });
  revalidate(`${eventPath(eventId)}/participants`);
  return { retentionMonths };
});

/** The organisers' own button: anonymises now what the retention job would anonymise tonight. */
export const anonymiseExpiredParticipantsAction = eventAction(
  anonymiseExpiredSchema,
  'event.edit',
  async ({ input: { eventId }, tx, revalidate }) => {
    const now = new Date();
    const event = await tx.event.findUniqueOrThrow({
      where: { id: eventId },
      select: { startsAt: true, endsAt: true, retentionMonths: true, days: { select: { date: true } } },
    });
    const state = retentionState({ ...event, dayDates: event.days.map((day) => day.date) }, now);
    if (!state.over) {
      const until = state.keptUntil ? ` jusqu’au ${formatCalendarDate(state.keptUntil)} inclus` : '';
      throw new SafeError(`La durée de conservation n’est pas écoulée : les données sont gardées${until}.`);
    }
    const count = await anonymiseEventIfExpired(tx, eventId, now);
    revalidate(eventPath(eventId), 'layout');
    return { count };
  },
  { transaction: ANONYMISE_TRANSACTION },
);

/**
 * Someone who comes without registering: confirmed, flagged as a walk-in, marked present that
 * day. Without an e-mail they get a placeholder address that never receives anything.
 */
export const addWalkInAction = eventAction(addWalkInSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  const now = new Date();
  await assertEventDay(tx, input.eventId, input.date);
  const email = input.email === '' ? null : input.email;
  if (email) {
    const existing = await tx.registration.findUnique({
      where: { eventId_email: { eventId: input.eventId, email } },
      select: { status: true },
    });
    if (existing) {
      const status = REGISTRATION_STATUS_LABELS[toRegistrationStatus(existing.status)];
      throw new FieldError('email', `Cette adresse est déjà inscrite (${status.toLowerCase()}) : cherchez la personne dans la liste.`);
    }
  }
  const registration = await tx.registration.create({
    data: {
      eventId: input.eventId,
      email: email ?? walkInEmail(randomUUID()),
      name: input.name,
      organisation: input.organisation === '' ? null : input.organisation,
      category: input.category,
      status: 'CONFIRMED',
      tokenHash: newToken().tokenHash,
      consentAt: now,
      isWalkIn: true,
      source: 'sur-place',
      registeredAt: now,
    },
    select: { id: true, name: true },
  });
  await tx.attendance.create({ data: { registrationId: registration.id, date: input.date, status: 'PRESENT' } });
  revalidate(`${eventPath(input.eventId)}/pointage`);
  return { ...registration, categoryLabel: AUDIENCE_CATEGORY_LABELS[input.category] };
});
