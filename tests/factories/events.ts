// Factories for the event record (issue 4): form inputs and events with a programme, budget and tasks.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@/prisma/generated/client';
import { clockTime, parisWallClockToUtc } from '@/lib/domain/dates';
import { blankEventFormValues, type EventRecordFormValues } from '@/lib/schemas/event';
import { createEvent } from './index';

type Db = Parameters<typeof createEvent>[0] &
  Pick<PrismaClient, 'eventDay' | 'room' | 'speaker' | 'session' | 'sessionSpeaker' | 'budgetLine' | 'task'>;

/** A valid event form: one day (11 February 2027, 09:00-17:30 Paris), in person, a unique title. */
export function buildEventInput(overrides: Partial<EventRecordFormValues> = {}): EventRecordFormValues {
  return { ...blankEventFormValues(), title: `Rencontre ${randomUUID().slice(0, 8)}`, firstDay: '2027-02-11', ...overrides };
}

/**
 * A past two-day event (11-12 February 2027) with what a new edition carries over: two rooms, two
 * speakers, three sessions (one cancelled), a budget line with actual amounts, and three tasks (a
 * J-30 one, a hand-dated one, a done one).
 */
export async function createEventWithContents(db: Db, overrides: { ownerOrganisationId: string; territoryId?: string | null }) {
  const event = await createEvent(db, {
    ...overrides,
    startsAt: parisWallClockToUtc('2027-02-11', '09:00'),
    endsAt: parisWallClockToUtc('2027-02-12', '17:00'),
    status: 'DONE',
  });
  const day = (date: string) => ({ eventId: event.id, date, startsAt: parisWallClockToUtc(date, '09:00'), endsAt: parisWallClockToUtc(date, '17:00') });
  const [day1, day2] = [await db.eventDay.create({ data: day('2027-02-11') }), await db.eventDay.create({ data: day('2027-02-12') })];
  const plenary = await db.room.create({ data: { eventId: event.id, name: 'Amphithéâtre', capacity: 120, position: 0 } });
  const studio = await db.room.create({ data: { eventId: event.id, name: 'Salle atelier', capacity: 20, equipment: 'Paperboard', position: 1 } });
  const awa = await db.speaker.create({ data: { eventId: event.id, name: 'Awa Diallo', scope: 'NATIONAL', gender: 'FEMME' } });
  const leo = await db.speaker.create({ data: { eventId: event.id, name: 'Léo Martin', scope: 'LOCAL' } });
  const session = (title: string, dayId: string, date: string, from: number, to: number, roomId: string, extra = {}) =>
    db.session.create({
      data: {
        eventId: event.id,
        dayId,
        roomId,
        title,
        startsAt: parisWallClockToUtc(date, clockTime(from)),
        endsAt: parisWallClockToUtc(date, clockTime(to)),
        formatId: 'atelier',
        version: 3,
        ...extra,
      },
    });
  const opening = await session('Ouverture', day1.id, '2027-02-11', 9, 10, plenary.id, { formatId: 'pleniere', allRooms: true });
  const workshop = await session('Atelier cartographie', day2.id, '2027-02-12', 14, 16, studio.id, { capacity: 20 });
  const cancelled = await session('Démo annulée', day2.id, '2027-02-12', 10, 11, studio.id, {
    formatId: 'demo',
    status: 'CANCELLED',
    cancelReason: 'Intervenant malade',
  });
  await db.sessionSpeaker.create({ data: { sessionId: opening.id, speakerId: awa.id } });
  await db.sessionSpeaker.create({ data: { sessionId: workshop.id, speakerId: leo.id, role: 'HOST' } });
  await db.sessionSpeaker.create({ data: { sessionId: workshop.id, speakerId: awa.id } });
  await db.budgetLine.create({
    data: {
      eventId: event.id,
      kind: 'CHARGE',
      category: 'achats',
      label: 'Repas de midi',
      forecastCents: 250_000,
      actualCents: 231_050,
      supplier: 'Traiteur du port',
      paymentReference: 'M-2027-042',
      paymentMonth: '2027-02',
      version: 4,
    },
  });
  await db.budgetLine.create({ data: { eventId: event.id, kind: 'PRODUIT', category: 'subvention', label: 'Subvention', forecastCents: 250_000, funderName: 'Département' } });
  await db.task.create({ data: { eventId: event.id, key: 'mailing-j30', title: 'Mailing J-30', stage: 'MOBILISER', phase: 'AVANT', offsetDays: -30, dueDate: '2027-01-12' } });
  await db.task.create({ data: { eventId: event.id, title: 'Réserver la salle', stage: 'IDENTIFIER', phase: 'AVANT', dueDate: '2026-12-01' } });
  await db.task.create({
    data: { eventId: event.id, title: 'Remercier les intervenants', stage: 'FIDELISER', phase: 'APRES', offsetDays: 3, dueDate: '2027-02-15', done: true, doneAt: new Date() },
  });
  return { event, days: [day1, day2], rooms: { plenary, studio }, speakers: { awa, leo }, sessions: { opening, workshop, cancelled } };
}
