// A real-looking two-day regional event, as a coordinator enters it: an opening plenary, a dozen
// workshops, masterclasses, round tables and retex in three parallel rooms, one cancelled session, a
// short closing past 13:00, twenty speakers (different people each day), per-day registrations with
// attendance, and a budget carried by two co-organisers' internal budgets and a State subsidy.
// Invented data; no real person.
import { createHash, randomUUID } from 'node:crypto';
import type { PrismaClient } from '@/prisma/generated/client';
import { instantAt } from '@/lib/domain/programme/time-input';
import { createBudgetLine } from './budget';

type Db = PrismaClient;

export const REGIONAL_DAYS = ['2027-06-17', '2027-06-18'] as const;
const [D1, D2] = REGIONAL_DAYS;

// Speaker i (1-based): women at odd numbers, national for 1, 5 and 15.
const SPEAKER_NAMES = [
  'Amandine Roux', 'Bastien Ferrand', 'Chloé Vidal', 'David Nguyen', 'Élise Marchand', 'Farid Haddad', 'Gaëlle Pons', 'Hugo Lemaire',
  'Inès Carpentier', 'Julien Mas', 'Karima Benali', 'Loïc Fabre', 'Manon Gibert', 'Nicolas Durand', 'Océane Blanc', 'Pierre Azéma',
  'Rachida Ould', 'Samuel Costes', 'Tiphaine Reynaud', 'Vincent Lagarde', 'Yasmine Torres',
];

type SessionRow = readonly [day: string, from: string, to: string, title: string, formatId: string, room: string | null, speakers: readonly number[], cancelled?: boolean];

export const REGIONAL_SESSIONS: readonly SessionRow[] = [
  [D1, '09:00', '09:30', 'Accueil café', 'pause', null, []],
  [D1, '09:30', '10:15', 'Plénière d’ouverture', 'pleniere', 'Auditorium', [1, 2]],
  [D1, '10:30', '12:00', 'Atelier : accompagner les démarches en ligne', 'atelier', 'Salle Lumière', [3]],
  [D1, '10:30', '12:00', 'Masterclass : l’IA au guichet', 'masterclass', 'Salle Garonne', [4]],
  [D1, '10:30', '12:00', 'Table ronde : financer la médiation', 'table-ronde', 'Auditorium', [5, 6, 7]],
  [D1, '12:00', '13:30', 'Déjeuner', 'dejeuner', null, []],
  [D1, '13:30', '15:00', 'Retex : France services itinérantes', 'retex', 'Salle Lumière', [8]],
  [D1, '13:30', '15:00', 'Atelier : former les bénévoles', 'atelier', 'Salle Garonne', [9]],
  [D1, '13:30', '15:00', 'Masterclass : cybersécurité des associations', 'masterclass', 'Auditorium', [21], true],
  [D1, '15:15', '16:30', 'Table ronde : les tiers-lieux et l’emploi', 'table-ronde', 'Auditorium', [10, 11]],
  [D1, '15:15', '16:30', 'Atelier : le pass numérique', 'atelier', 'Salle Lumière', [1]],
  [D2, '09:00', '10:30', 'Atelier : parentalité et écrans', 'atelier', 'Salle Lumière', [12]],
  [D2, '09:00', '10:30', 'Retex : conseillers numériques en EHPAD', 'retex', 'Salle Garonne', [13]],
  [D2, '09:00', '10:30', 'Masterclass : accessibilité des sites publics', 'masterclass', 'Auditorium', [14]],
  [D2, '10:45', '12:15', 'Table ronde : coopérer à l’échelle du département', 'table-ronde', 'Auditorium', [15, 16, 17]],
  [D2, '10:45', '12:15', 'Atelier : mesurer son impact', 'atelier', 'Salle Lumière', [18]],
  [D2, '12:15', '13:30', 'Clôture et suites', 'cloture', 'Auditorium', [19, 20]],
];

const tokenHash = () => createHash('sha256').update(randomUUID()).digest('hex');

async function seedProgramme(db: Db, eventId: string) {
  const days = new Map<string, string>();
  for (const date of REGIONAL_DAYS) {
    const day = await db.eventDay.create({ data: { eventId, date, startsAt: instantAt(date, '09:00'), endsAt: instantAt(date, '17:00') } });
    days.set(date, day.id);
  }
  const rooms = new Map<string, string>();
  for (const [position, name] of ['Auditorium', 'Salle Lumière', 'Salle Garonne'].entries()) {
    rooms.set(name, (await db.room.create({ data: { eventId, name, position } })).id);
  }
  const speakers = await Promise.all(
    SPEAKER_NAMES.map((name, index) =>
      db.speaker.create({
        data: { eventId, name, scope: [1, 5, 15].includes(index + 1) ? 'NATIONAL' : 'LOCAL', gender: index % 2 === 0 ? 'FEMME' : 'HOMME' },
      }),
    ),
  );
  for (const [day, from, to, title, formatId, room, speakerNumbers, cancelled] of REGIONAL_SESSIONS) {
    await db.session.create({
      data: {
        eventId,
        dayId: days.get(day),
        roomId: room ? rooms.get(room) : null,
        title,
        formatId,
        startsAt: instantAt(day, from),
        endsAt: instantAt(day, to),
        allRooms: room === null,
        status: cancelled ? 'CANCELLED' : 'PLANNED',
        cancelReason: cancelled ? 'Intervenant retenu par une intervention d’urgence' : null,
        speakers: { create: speakerNumbers.map((n) => ({ speakerId: speakers[n - 1]!.id })) },
      },
    });
  }
}

/**
 * 110 confirmed registrations: 60 for both days, 30 for Thursday only, 20 for Friday only, plus 5
 * cancelled; 3 walk-ins on Friday. Present: 55 of the two-day group (50 both days, 5 Thursday
 * only), 22 Thursday-only, 10 Friday-only and the 3 walk-ins: 90 distinct people.
 */
async function seedAttendance(db: Db, eventId: string) {
  const consentAt = new Date('2027-05-20T08:00:00Z');
  type Person = { days: string[]; status: 'CONFIRMED' | 'CANCELLED'; walkIn?: boolean; present: string[] };
  const people: Person[] = [
    ...Array.from({ length: 60 }, (_, i): Person => ({ days: [], status: 'CONFIRMED', present: i < 50 ? [D1, D2] : i < 55 ? [D1] : [] })),
    ...Array.from({ length: 30 }, (_, i): Person => ({ days: [D1], status: 'CONFIRMED', present: i < 22 ? [D1] : [] })),
    ...Array.from({ length: 20 }, (_, i): Person => ({ days: [D2], status: 'CONFIRMED', present: i < 10 ? [D2] : [] })),
    ...Array.from({ length: 5 }, (): Person => ({ days: [], status: 'CANCELLED', present: [] })),
    ...Array.from({ length: 3 }, (): Person => ({ days: [D2], status: 'CONFIRMED', walkIn: true, present: [D2] })),
  ];
  const categories = ['CONSEILLER_NUMERIQUE', 'MEDIATEUR', 'AGENT_COLLECTIVITE', 'ASSOCIATION', 'ELU'] as const;
  const rows = people.map((person, index) => ({
    id: randomUUID(),
    eventId,
    email: `participant.occitanie${index + 1}@exemple.test`,
    name: `Participant·e ${index + 1}`,
    category: categories[index % categories.length]!,
    status: person.status,
    tokenHash: tokenHash(),
    consentAt,
    days: person.days,
    isWalkIn: person.walkIn ?? false,
    source: person.walkIn ? 'sur-place' : 'billetterie',
  }));
  await db.registration.createMany({ data: rows });
  const attendance = people.flatMap((person, index) => {
    const registrationId = rows[index]!.id;
    if (person.status !== 'CONFIRMED') return [];
    const expected = person.days.length === 0 ? [...REGIONAL_DAYS] : person.days;
    return expected.map((date) => ({ registrationId, date, status: person.present.includes(date) ? ('PRESENT' as const) : ('ABSENT' as const) }));
  });
  await db.attendance.createMany({ data: attendance });
}

async function seedBudget(db: Db, eventId: string, hubId: string, partnerId: string) {
  const charge = (fields: Parameters<typeof createBudgetLine>[1]) => createBudgetLine(db, { kind: 'CHARGE', ...fields });
  await charge({ eventId, category: 'location', label: 'Location du centre des congrès', forecastCents: 600_000, actualCents: 600_000, payerOrganisationId: hubId, supplier: 'Centre des congrès de Toulouse', paymentReference: 'MDT-2027-201', paymentMonth: '2027-06' });
  await charge({ eventId, category: 'achats', label: 'Traiteur deux jours', forecastCents: 450_000, actualCents: 432_000, payerOrganisationId: partnerId, supplier: 'Traiteur du Capitole', paymentReference: 'F-2027-0612', paymentMonth: '2027-06' });
  await charge({ eventId, category: 'intervenants', label: 'Honoraires des intervenant·es', forecastCents: 300_000, actualCents: 280_000, payerOrganisationId: hubId, paymentMonth: '2027-07' });
  await charge({ eventId, category: 'deplacements', label: 'Déplacements des intervenant·es', forecastCents: 150_000, actualCents: 171_000, payerOrganisationId: partnerId, paymentMonth: '2027-07' });
  await charge({ eventId, category: 'communication', label: 'Impression des programmes', forecastCents: 80_000, actualCents: 76_000, payerOrganisationId: hubId, supplier: 'Imprimerie du Midi', paymentMonth: '2027-05' });
  await charge({ eventId, category: 'personnel', label: 'Coordination du Hub', forecastCents: 360_000, actualCents: 360_000, payerOrganisationId: hubId, personnelWho: 'Hub Occitanie numérique', personnelDaysHundredths: 1_200, personnelDailyCostCents: 30_000 });
  await charge({ eventId, category: 'personnel', label: 'Chargée de mission', forecastCents: 238_000, actualCents: 238_000, payerOrganisationId: partnerId, personnelWho: 'Mouvement associatif Occitanie', personnelDaysHundredths: 850, personnelDailyCostCents: 28_000 });
  const produit = (fields: Parameters<typeof createBudgetLine>[1]) => createBudgetLine(db, { kind: 'PRODUIT', ...fields });
  await produit({ eventId, category: 'subvention', label: 'Subvention inclusion numérique', forecastCents: 1_200_000, actualCents: 1_200_000, receiverOrganisationId: hubId, funderName: 'Préfecture de région Occitanie', funderType: 'etat' });
  // Internal budgets: what each paid minus what it received (lib/domain/budget/internal-budget.ts).
  await produit({ eventId, category: 'budget-interne', label: 'Budget interne', forecastCents: 140_000, actualCents: 116_000, receiverOrganisationId: hubId });
  await produit({ eventId, category: 'budget-interne', label: 'Budget interne', forecastCents: 838_000, actualCents: 841_000, receiverOrganisationId: partnerId });
}

/** The event, its programme, attendance and budget; `hubId` owns it, `partnerId` co-organises it. */
export async function createRegionalEvent(
  db: Db,
  // `programmeOnly`: registrations and budget left for the test to import, as a coordinator would.
  input: { hubId: string; partnerId: string; status?: 'DRAFT' | 'PUBLISHED' | 'DONE'; programmeOnly?: boolean },
) {
  const event = await db.event.create({
    data: {
      ownerOrganisationId: input.hubId,
      title: 'Rencontres régionales de l’inclusion numérique — Occitanie',
      slug: `rencontres-occitanie-${randomUUID().slice(0, 8)}`,
      startsAt: instantAt(D1, '09:00'),
      endsAt: instantAt(D2, '13:30'),
      status: input.status ?? 'DONE',
      participantMin: 100,
      participantMax: 150,
      venueName: 'Centre des congrès',
      venueAddress: 'Toulouse',
      coOrganisers: { create: [{ organisationId: input.partnerId, status: 'ACCEPTED' }] },
    },
  });
  await seedProgramme(db, event.id);
  if (input.programmeOnly) return event;
  await seedAttendance(db, event.id);
  await seedBudget(db, event.id, input.hubId, input.partnerId);
  return event;
}

/** For the e2e journeys: the regional event's programme only, owned by the hub, to import its files into. */
export async function createRegionalProgramme(db: Db, hub: { organisation: { id: string } }) {
  const partner = await db.organisation.create({ data: { name: `Mouvement associatif Occitanie ${randomUUID().slice(0, 6)}`, kind: 'MOUVEMENT_ASSOCIATIF' } });
  const event = await createRegionalEvent(db, { hubId: hub.organisation.id, partnerId: partner.id, status: 'DONE', programmeOnly: true });
  return { id: event.id, title: event.title };
}
