// Factories for a programme seen from the public page: days, rooms, speakers, sessions, partners and
// the event's public details. Times are given as Paris wall-clock (« 2027-02-11 », « 09:30 »).
import type { PrismaClient } from '@/prisma/generated/client';
import { clockTime, parisWallClockToUtc } from '@/lib/domain/dates';

type Db = Pick<PrismaClient, 'event' | 'eventDay' | 'room' | 'speaker' | 'session' | 'sessionSpeaker' | 'partner'>;

/** `parisAt('2027-02-11', '09:30')` → the UTC instant of 09:30 in Paris that day. */
export function parisAt(date: string, time: string): Date {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return parisWallClockToUtc(date, clockTime(hour, minute));
}

export type PublicDetails = Partial<{
  description: string | null;
  mode: 'PRESENTIEL' | 'DISTANCIEL' | 'HYBRIDE';
  visioUrl: string | null;
  venueName: string | null;
  venueAddress: string | null;
  venueAccessible: boolean;
  venueNearStation: boolean;
  venueHasPlenary: boolean;
  venueHasBreakouts: boolean;
  venueHasProjection: boolean;
  venueHasSound: boolean;
  venueNotes: string | null;
  themes: string[];
  hashtag: string | null;
  programmeVersion: number;
}>;

/** Fills in what the public page shows about an event (venue checklist, description, themes…). */
export function setPublicDetails(db: Db, eventId: string, details: PublicDetails = {}) {
  return db.event.update({
    where: { id: eventId },
    data: {
      description: 'Une journée pour se rencontrer et travailler ensemble.',
      venueName: 'Maison des associations',
      venueAddress: '12 rue de la République, 13001 Marseille',
      venueAccessible: true,
      venueNearStation: true,
      venueHasPlenary: true,
      venueHasBreakouts: true,
      themes: ['Inclusion numérique'],
      ...details,
    },
  });
}

export function createEventDay(db: Db, input: { eventId: string; date: string; opens?: string; closes?: string }) {
  const { eventId, date, opens = '09:00', closes = '17:30' } = input;
  return db.eventDay.create({ data: { eventId, date, startsAt: parisAt(date, opens), endsAt: parisAt(date, closes) } });
}

export function createRoom(db: Db, input: { eventId: string; name?: string; capacity?: number | null; position?: number }) {
  const { eventId, name = 'Salle', capacity = null, position = 0 } = input;
  return db.room.create({ data: { eventId, name, capacity, position } });
}

export function createSpeaker(
  db: Db,
  input: {
    eventId: string;
    name: string;
    role?: string | null;
    organisation?: string | null;
    scope?: 'LOCAL' | 'NATIONAL';
    gender?: 'FEMME' | 'HOMME' | 'AUTRE' | null;
    email?: string | null;
    phone?: string | null;
  },
) {
  const { role = null, organisation = null, gender = null, email = null, phone = null, ...rest } = input;
  return db.speaker.create({ data: { ...rest, role, organisation, gender, email, phone } });
}

/** A session at Paris times on `date`, with its speakers (and hosts) linked. */
export async function createSession(
  db: Db,
  input: {
    eventId: string;
    date: string;
    start: string;
    end: string;
    title?: string;
    dayId?: string | null;
    roomId?: string | null;
    formatId?: string | null;
    customFormat?: string | null;
    description?: string | null;
    access?: 'PRE_INSCRIPTION' | 'ACCES_LIBRE' | 'SUR_INVITATION';
    allRooms?: boolean;
    cancelReason?: string;
    speakerIds?: string[];
    hostIds?: string[];
  },
) {
  const { date, start, end, title = 'Session', cancelReason, speakerIds = [], hostIds = [], ...rest } = input;
  const session = await db.session.create({
    data: {
      ...rest,
      title,
      startsAt: parisAt(date, start),
      endsAt: parisAt(date, end),
      status: cancelReason ? 'CANCELLED' : 'PLANNED',
      cancelReason: cancelReason ?? null,
    },
  });
  for (const speakerId of speakerIds) await db.sessionSpeaker.create({ data: { sessionId: session.id, speakerId, role: 'SPEAKER' } });
  for (const speakerId of hostIds) await db.sessionSpeaker.create({ data: { sessionId: session.id, speakerId, role: 'HOST' } });
  return session;
}

export function createPartner(db: Db, input: { eventId: string; name: string; url?: string | null; position?: number }) {
  const { url = null, position = 0, ...rest } = input;
  return db.partner.create({ data: { ...rest, url, position } });
}

/**
 * The demo's past NEC event in Marseille, as its public page shows it: one day, two rooms,
 * three speakers and four sessions, one of them cancelled with its reason.
 */
export async function seedNecMarseilleProgramme(db: Db, eventId: string) {
  const date = '2026-10-08';
  await setPublicDetails(db, eventId, {
    description:
      'Une matinée pour faire connaissance entre actrices et acteurs de l’inclusion numérique des Bouches-du-Rhône, puis un après-midi d’ateliers pour passer à l’action ensemble.',
    venueName: 'Cité des associations',
    venueAddress: '93 La Canebière, 13001 Marseille',
    venueHasProjection: true,
    venueHasSound: true,
    venueNotes: 'Contact régie : 06 00 00 00 00 (privé)',
    themes: ['Inclusion numérique', 'Conseillers numériques'],
    hashtag: '#NECMarseille',
  });
  const day = await createEventDay(db, { eventId, date, opens: '09:30', closes: '17:30' });
  const plenary = await createRoom(db, { eventId, name: 'Salle plénière', capacity: 120, position: 0 });
  const workshop = await createRoom(db, { eventId, name: 'Salle atelier', capacity: 25, position: 1 });
  const speaker = (name: string, role: string, organisation: string, email: string) =>
    createSpeaker(db, { eventId, name, role, organisation, email, phone: '06 12 34 56 78', gender: 'FEMME' });
  const nadia = await speaker('Nadia Benali', 'Coordinatrice', 'Hub numérique inclusif Sud', 'nadia.benali@exemple.fr');
  const julien = await speaker('Julien Morel', 'Conseiller numérique', 'Ville de Marseille', 'julien.morel@exemple.fr');
  const awa = await speaker('Awa Diallo', 'Chargée de mission', 'Le Mouvement associatif PACA', 'awa.diallo@exemple.fr');
  const base = { eventId, date, dayId: day.id };
  await createSession(db, { ...base, title: 'Ouverture et tour de table', start: '09:30', end: '10:30', roomId: plenary.id, formatId: 'pleniere', speakerIds: [nadia.id] });
  await createSession(db, { ...base, title: 'Démo : les outils de la médiation', start: '11:00', end: '12:00', roomId: plenary.id, formatId: 'demo', speakerIds: [julien.id], access: 'PRE_INSCRIPTION' });
  await createSession(db, { ...base, title: 'Atelier : accueillir les publics éloignés', start: '11:00', end: '12:30', roomId: workshop.id, formatId: 'atelier', speakerIds: [awa.id], hostIds: [nadia.id], cancelReason: 'Intervenante indisponible, atelier reporté à la prochaine édition.' });
  await createSession(db, { ...base, title: 'Atelier : cartographier les lieux de médiation', start: '14:00', end: '15:30', roomId: workshop.id, formatId: 'atelier', speakerIds: [julien.id, awa.id], access: 'PRE_INSCRIPTION' });
}
