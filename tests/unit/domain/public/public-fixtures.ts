import { clockTime, parisWallClockToUtc } from '@/lib/domain/dates';
import type { PublicEvent, PublicSession } from '@/lib/domain/public';

export const at = (date: string, time: string) => {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return parisWallClockToUtc(date, clockTime(hour, minute));
};

export function buildPublicSession(overrides: Partial<PublicSession> & { date?: string; start?: string; end?: string } = {}): PublicSession {
  const { date = '2027-02-11', start = '09:30', end = '10:30', ...rest } = overrides;
  return {
    id: 'session-1',
    title: 'Ouverture',
    description: null,
    startsAt: at(date, start),
    endsAt: at(date, end),
    roomId: 'room-pleniere',
    roomName: 'Salle plénière',
    roomPosition: 0,
    formatId: 'pleniere',
    formatName: 'Plénière',
    access: 'ACCES_LIBRE',
    status: 'PLANNED',
    cancelReason: null,
    updatedAt: new Date('2026-12-01T10:00:00Z'),
    people: [{ id: 'speaker-nadia', name: 'Nadia Benali', role: 'SPEAKER' }],
    ...rest,
  };
}

export function buildPublicEvent(overrides: Partial<PublicEvent> = {}): PublicEvent {
  return {
    id: 'event-1',
    slug: 'rencontre-test',
    title: 'Rencontre test',
    description: 'Une journée pour travailler ensemble.',
    status: 'PUBLISHED',
    startsAt: at('2027-02-11', '09:00'),
    endsAt: at('2027-02-12', '17:00'),
    mode: 'PRESENTIEL',
    venue: {
      name: 'Cité des associations',
      address: '93 La Canebière, 13001 Marseille',
      accessible: true,
      nearStation: true,
      hasPlenary: true,
      hasBreakouts: false,
      hasProjection: false,
      hasSound: false,
    },
    themes: ['Inclusion numérique'],
    hashtag: null,
    organisers: ['Hub Sud', 'Le Mouvement associatif'],
    partners: [],
    programmeVersion: 3,
    registrationOpen: true,
    callOpen: false,
    capacity: null,
    seatsLeft: null,
    seats: { kind: 'unlimited' },
    organiserCards: [
      { name: 'Hub Sud', role: 'host', logoUrl: null },
      { name: 'Le Mouvement associatif', role: 'co', logoUrl: null },
    ],
    contact: null,
    updatedAt: new Date('2026-12-01T10:00:00Z'),
    days: [
      { date: '2027-02-11', startsAt: at('2027-02-11', '09:00'), endsAt: at('2027-02-11', '17:30') },
      { date: '2027-02-12', startsAt: at('2027-02-12', '09:00'), endsAt: at('2027-02-12', '17:00') },
    ],
    sessions: [buildPublicSession()],
    speakers: [],
    ...overrides,
  };
}
