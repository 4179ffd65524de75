// Données de test d'un programme : deux journées d'hiver (heure de Paris = UTC+1), trois salles.
import { parisWallClockToUtc } from '@/lib/domain/dates';
import type { ProgrammeDay, ProgrammeInput, ProgrammeRoom, ProgrammeSession } from '@/lib/domain/programme';

export const DAY_1 = '2027-02-11';
export const DAY_2 = '2027-02-12';

/** L'instant où il est `time` (HH:mm) à Paris le jour `date`. */
export function paris(date: string, time: string): Date {
  return parisWallClockToUtc(date, time);
}

export function buildDay(id: string, date: string, opens = '09:00', closes = '18:00'): ProgrammeDay {
  return { id, date, startsAt: paris(date, opens), endsAt: paris(date, closes) };
}

export const DAYS: readonly ProgrammeDay[] = [buildDay('day-1', DAY_1), buildDay('day-2', DAY_2)];

export const ROOMS: readonly ProgrammeRoom[] = [
  { id: 'amphi', name: 'Amphithéâtre', capacity: 120 },
  { id: 'salle-a', name: 'Salle A', capacity: 25 },
  { id: 'salle-b', name: 'Salle B', capacity: null },
];

type SessionOverrides = Partial<Omit<ProgrammeSession, 'id' | 'startsAt' | 'endsAt'>> & {
  readonly id: string;
  readonly date?: string;
  readonly from?: string;
  readonly to?: string;
};

/** Une session prévue le premier jour de 10:00 à 11:00 en salle A, sans format ni jauge. */
export function buildSession({ id, date = DAY_1, from = '10:00', to = '11:00', ...rest }: SessionOverrides): ProgrammeSession {
  return {
    id,
    title: `Session ${id}`,
    startsAt: paris(date, from),
    endsAt: paris(date, to),
    roomId: 'salle-a',
    capacity: null,
    formatId: null,
    status: 'planned',
    speakerIds: [],
    ...rest,
  };
}

export function buildProgramme(
  sessions: readonly ProgrammeSession[],
  overrides: Partial<Omit<ProgrammeInput, 'sessions'>> = {},
): ProgrammeInput {
  return { event: { days: DAYS, level: 2 }, rooms: ROOMS, sessions, ...overrides };
}
