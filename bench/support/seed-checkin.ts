// The event the check-in page benchmark measures: three days, N confirmed people with accented
// names, organisations and categories, some coming on one or two days only, a few walk-ins, taps
// already made on the first two days (by the coordination and by a volunteer), and three sessions on
// pre-registration on the first day — through the test factories, plain rows inserted in bulk.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@/prisma/generated/client';
import { AUDIENCE_CATEGORIES } from '@/lib/domain/registrations/audience-categories';
import { createEvent, createOrganisation } from '@/tests/factories';
import { createEventDay, createSession, parisAt } from '@/tests/factories/public';

export const CHECKIN_DAYS = ['2027-03-10', '2027-03-11', '2027-03-12'] as const;

const FIRST = ['Éloïse', 'Noé', 'Zoé', 'Inès', 'Amina', 'Bastien', 'Chloé', 'Jérôme', 'Anaïs', 'Loïc', 'Maëlle', 'Théo', 'Léa', 'François', 'Hélène', 'Raphaël', 'Agnès', 'Mehdi', 'Océane', 'Grégoire', 'Nadège', 'Joël', 'Françoise', 'Yanis', 'Béatrice', 'Benoît', 'Gaëlle', 'Cédric', 'Sévérine', 'Aurélien'];
const LAST = ['Martin', 'Durand', 'Bérard', 'Gâteau', 'Lefèvre', 'Müller', 'Benaïssa', 'Côté', 'Dupré', 'Le Goff', 'Nguyễn', 'Rivière', 'Ménard', 'Château', 'Lemaître', 'Fabre', 'Girard-Lacroix', 'Boucher', 'Ouédraogo', 'Pétillon', 'Hébert', 'Besançon', 'Mercier', 'Da Silva', 'Faure', 'Étienne', 'Kerouédan', 'Roussel', 'Brûlé', 'Vidal'];
const ORGANISATIONS = [
  'Hub numérique Sud',
  'Mairie de Marseille',
  'Association Récré',
  'Centre social de la Belle-de-Mai',
  'Médiathèque intercommunale d’Aubagne',
  'France services de Gardanne',
  'Emmaüs Connect',
  'Département des Bouches-du-Rhône',
  'Les Petits Débrouillards PACA',
  'CCAS d’Arles',
  'Fédération des centres sociaux',
  'Espace public numérique de La Ciotat',
  null,
];
const MARKERS = ['Camille Roux', 'Bénévole (Accueil)', 'Bénévole (Entrée nord)'];

/** Day choices: most people come every day (empty list), some on one or two days only. */
function daysOf(index: number): string[] {
  switch (index % 10) {
    case 7:
      return [CHECKIN_DAYS[0]];
    case 8:
      return [CHECKIN_DAYS[1], CHECKIN_DAYS[2]];
    case 9:
      return [CHECKIN_DAYS[2]];
    default:
      return [];
  }
}

/** Taps already made: 40 % present, some excused or absent, on the first day; fewer on the second. */
function statusOn(dayIndex: number, index: number): 'PRESENT' | 'EXCUSED' | 'ABSENT' | null {
  const slot = (index * 7 + dayIndex * 3) % 20;
  const presentUpTo = dayIndex === 0 ? 8 : dayIndex === 1 ? 3 : 0;
  if (slot < presentUpTo) return 'PRESENT';
  if (dayIndex < 2 && slot === 18) return 'EXCUSED';
  if (dayIndex < 2 && slot === 19) return 'ABSENT';
  return null;
}

export async function seedCheckInEvent(db: PrismaClient, people: number): Promise<{ eventId: string; day: string }> {
  const organisation = await createOrganisation(db, { name: `Hub numérique du banc de pointage ${people}` });
  const event = await createEvent(db, {
    ownerOrganisationId: organisation.id,
    title: `Rencontres régionales de l’inclusion numérique (${people} personnes)`,
    startsAt: parisAt(CHECKIN_DAYS[0], '09:00'),
    endsAt: parisAt(CHECKIN_DAYS[2], '17:30'),
    status: 'PUBLISHED',
  });
  const dayIds: string[] = [];
  for (const date of CHECKIN_DAYS) dayIds.push((await createEventDay(db, { eventId: event.id, date, opens: '09:00', closes: '17:30' })).id);

  const rows = Array.from({ length: people }, (_, i) => {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    const homonym = Math.floor(i / (FIRST.length * LAST.length));
    return {
      id: randomUUID(),
      eventId: event.id,
      email: `personne-${i}@exemple.fr`,
      name: homonym === 0 ? `${first} ${last}` : `${first} ${last} (${homonym + 1})`,
      organisation: ORGANISATIONS[(i * 5) % ORGANISATIONS.length] ?? null,
      category: AUDIENCE_CATEGORIES[i % AUDIENCE_CATEGORIES.length]!,
      status: 'CONFIRMED' as const,
      tokenHash: `${randomUUID()}${randomUUID()}`,
      consentAt: new Date(),
      isWalkIn: i % 50 === 49,
      days: daysOf(i),
    };
  });
  for (let start = 0; start < rows.length; start += 2_000) await db.registration.createMany({ data: rows.slice(start, start + 2_000) });

  const attendances = CHECKIN_DAYS.flatMap((date, dayIndex) =>
    rows.flatMap((row, i) => {
      const status = statusOn(dayIndex, i);
      if (status === null) return [];
      const tappedAt = parisAt(date, `${String(8 + (i % 3)).padStart(2, '0')}:${String((i * 13) % 60).padStart(2, '0')}`);
      return [{ registrationId: row.id, date, status, tappedAt, markedBy: MARKERS[i % MARKERS.length]! }];
    }),
  );
  for (let start = 0; start < attendances.length; start += 2_000) await db.attendance.createMany({ data: attendances.slice(start, start + 2_000) });

  // Three workshops on pre-registration the first day, 40 people each.
  for (let s = 0; s < 3; s += 1) {
    const session = await createSession(db, {
      eventId: event.id,
      date: CHECKIN_DAYS[0],
      dayId: dayIds[0] ?? null,
      start: `${10 + s * 2}:00`,
      end: `${11 + s * 2}:30`,
      title: `Atelier ${s + 1} : accompagner les démarches en ligne`,
      access: 'PRE_INSCRIPTION',
    });
    await db.sessionRegistration.createMany({
      data: rows.slice(s * 40, s * 40 + 40).map((row) => ({ sessionId: session.id, registrationId: row.id, status: 'CONFIRMED' as const })),
    });
  }
  return { eventId: event.id, day: CHECKIN_DAYS[0] };
}
