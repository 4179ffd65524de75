// Factories for the satisfaction questionnaire: a finished event with people present, absent,
// excused, speaking, cancelled and anonymised, and its questionnaire.
import { defaultQuestions } from '@/lib/domain/questionnaire/defaults';
import type { PrismaClient } from '@/prisma/generated/client';
import { createEvent } from './index';
import { createAttendance, createParticipant } from './participants';

type Db = PrismaClient;

/** A one-day event on Thursday 5 November 2026 (Paris), with one workshop and a break. */
export async function createPastEventWithAttendance(db: Db, input: { ownerOrganisationId: string; prefix?: string }) {
  const prefix = input.prefix ?? 'q';
  const event = await createEvent(db, {
    ownerOrganisationId: input.ownerOrganisationId,
    status: 'DONE',
    startsAt: new Date('2026-11-05T08:00:00Z'),
    endsAt: new Date('2026-11-05T16:00:00Z'),
  });
  const day = '2026-11-05';
  const workshop = await db.session.create({
    data: { eventId: event.id, title: 'Atelier : accueillir en France services', startsAt: new Date('2026-11-05T09:00:00Z'), endsAt: new Date('2026-11-05T10:30:00Z'), formatId: 'atelier' },
  });
  const pause = await db.session.create({
    data: { eventId: event.id, title: 'Pause', startsAt: new Date('2026-11-05T10:30:00Z'), endsAt: new Date('2026-11-05T11:00:00Z'), formatId: 'pause', allRooms: true },
  });
  const person = async (name: string, status: 'PRESENT' | 'ABSENT' | 'EXCUSED' | null, extra: { isSpeaker?: boolean; status?: 'CONFIRMED' | 'CANCELLED' } = {}) => {
    const registration = await createParticipant(db, { eventId: event.id, name, email: `${prefix}-${name.toLowerCase()}@exemple.fr`, ...extra });
    if (status) await createAttendance(db, { registrationId: registration.id, date: day, status });
    return registration;
  };
  const people = {
    alice: await person('Alice', 'PRESENT'),
    bruno: await person('Bruno', 'PRESENT'),
    chloe: await person('Chloe', 'ABSENT'),
    dina: await person('Dina', 'EXCUSED'),
    eli: await person('Eli', null),
    speaker: await person('Oratrice', 'PRESENT', { isSpeaker: true }),
    cancelled: await person('Annule', 'PRESENT', { status: 'CANCELLED' }),
  };
  const anonymised = await person('Anonyme', 'PRESENT');
  await db.registration.update({ where: { id: anonymised.id }, data: { anonymisedAt: new Date() } });
  return { event, day, sessions: { workshop, pause }, people };
}

export function createQuestionnaire(
  db: Db,
  input: { eventId: string; sendOn?: string; reminderOn?: string | null; closesOn?: string | null },
) {
  return db.questionnaire.create({
    data: {
      eventId: input.eventId,
      questions: defaultQuestions(),
      sendOn: input.sendOn ?? '2026-11-15',
      reminderOn: input.reminderOn === undefined ? '2026-11-20' : input.reminderOn,
      closesOn: input.closesOn === undefined ? '2026-12-15' : input.closesOn,
    },
  });
}
