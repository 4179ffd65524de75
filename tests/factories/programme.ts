// Factories of the programme builder: days, rooms, speakers and sessions of an event.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@/prisma/generated/client';
import { instantAt } from '@/lib/domain/programme/time-input';

type Db = Pick<PrismaClient, 'eventDay' | 'room' | 'speaker' | 'session' | 'sessionSpeaker'>;

const unique = () => randomUUID().slice(0, 8);

/** A day of the event, 09:00 to 18:00 Paris time unless told otherwise. */
export function createDay(db: Db, input: { eventId: string; date: string; opens?: string; closes?: string }) {
  const { eventId, date, opens = '09:00', closes = '18:00' } = input;
  return db.eventDay.create({ data: { eventId, date, startsAt: instantAt(date, opens), endsAt: instantAt(date, closes) } });
}

export function createRoom(db: Db, input: { eventId: string; name?: string; capacity?: number | null; position?: number }) {
  return db.room.create({ data: { name: `Salle ${unique()}`, capacity: null, ...input } });
}

export function createSpeaker(db: Db, input: { eventId: string; name?: string; scope?: 'LOCAL' | 'NATIONAL' }) {
  return db.speaker.create({ data: { name: `Intervenant·e ${unique()}`, ...input } });
}

/** A planned session of `day`, 10:00 to 11:00 Paris time, with its speakers. */
export async function createSession(
  db: Db,
  input: {
    eventId: string;
    day: { id: string; date: string };
    from?: string;
    to?: string;
    roomId?: string | null;
    title?: string;
    formatId?: string | null;
    capacity?: number | null;
    allRooms?: boolean;
    speakerIds?: string[];
  },
) {
  const { eventId, day, from = '10:00', to = '11:00', speakerIds = [], ...rest } = input;
  const session = await db.session.create({
    data: {
      eventId,
      dayId: day.id,
      title: `Séance ${unique()}`,
      startsAt: instantAt(day.date, from),
      endsAt: instantAt(day.date, to),
      ...rest,
    },
  });
  for (const speakerId of speakerIds) await db.sessionSpeaker.create({ data: { sessionId: session.id, speakerId } });
  return session;
}
