// The outcome of the demo's past event ('Rencontre NEC locale — Marseille'): registrations with
// attendance, budget actuals, audience totals and questionnaire answers, so its bilan has real figures.
// Shared by the demo seed, the integration tests and the e2e tests. No real person: demo names only.
import { createHash, randomUUID } from 'node:crypto';
import type { PrismaClient } from '@/prisma/generated/client';
import { DEFAULT_QUESTIONS } from '@/lib/domain/questionnaire/defaults';

type Db = Pick<
  PrismaClient,
  'event' | 'eventAudience' | 'registration' | 'attendance' | 'budgetLine' | 'session' | 'questionnaire' | 'questionnaireInvitation' | 'questionnaireResponse'
>;

const CATEGORIES = ['CONSEILLER_NUMERIQUE', 'CONSEILLER_NUMERIQUE', 'MEDIATEUR', 'AGENT_COLLECTIVITE', 'ASSOCIATION', 'ELU', 'BENEVOLE', 'CONSEILLER_NUMERIQUE'] as const;
const tokenHash = () => createHash('sha256').update(randomUUID()).digest('hex');

/**
 * 40 registrations made in advance (36 confirmed: 30 present, 3 excused, 3 absent; 2 waiting; 2
 * cancelled), 2 walk-ins and 2 speakers present, all on `date`.
 */
async function seedAttendance(db: Db, eventId: string, date: string, consentAt: Date) {
  const people = Array.from({ length: 44 }, (_, index) => {
    const status = index >= 36 && index < 38 ? 'WAITING' : index >= 38 && index < 40 ? 'CANCELLED' : 'CONFIRMED';
    return {
      id: randomUUID(),
      eventId,
      email: `participant.nec${index + 1}@demo.trame.fr`,
      name: `Participant·e démo ${index + 1}`,
      category: CATEGORIES[index % CATEGORIES.length] ?? 'AUTRE',
      status: status as 'CONFIRMED' | 'WAITING' | 'CANCELLED',
      tokenHash: tokenHash(),
      consentAt,
      registeredAt: new Date(consentAt.getTime() + index * 3_600_000),
      isWalkIn: index === 40 || index === 41,
      isSpeaker: index === 42 || index === 43,
      source: index === 40 || index === 41 ? 'sur-place' : 'formulaire',
    };
  });
  await db.registration.createMany({ data: people });
  const attendance = people.flatMap((person, index) => {
    if (index >= 36 && index < 40) return [];
    const status = index < 30 || index >= 40 ? 'PRESENT' : index < 33 ? 'EXCUSED' : 'ABSENT';
    return [{ registrationId: person.id, date, status: status as 'PRESENT' | 'EXCUSED' | 'ABSENT' }];
  });
  await db.attendance.createMany({ data: attendance });
  return people.filter((person, index) => index < 30 || (index >= 40 && index < 42));
}

async function seedBudget(db: Db, eventId: string) {
  const line = (position: number, fields: { kind: 'CHARGE' | 'PRODUIT'; category: string; label: string; forecastCents: number; actualCents: number | null } & Record<string, unknown>) => ({
    eventId,
    position,
    ...fields,
  });
  await db.budgetLine.createMany({
    data: [
      line(0, { kind: 'CHARGE', category: 'location', label: 'Location de la salle', forecastCents: 80_000, actualCents: 80_000, supplier: 'Cité des associations', paymentReference: 'MDT-2026-114', paymentMonth: '2026-10' }),
      line(1, {
        kind: 'CHARGE',
        category: 'achats',
        label: 'Traiteur (café et déjeuner)',
        forecastCents: 120_000,
        actualCents: 145_000,
        supplier: 'Les Cuisines solidaires',
        paymentReference: 'MDT-2026-121',
        paymentMonth: '2026-10',
        explanation: 'Plus de participant·es que prévu au déjeuner, et deux personnes venues sur place.',
      }),
      line(2, { kind: 'CHARGE', category: 'communication', label: 'Impression des affiches', forecastCents: 30_000, actualCents: 28_000, supplier: 'Imprimerie du Port', paymentReference: 'MDT-2026-098', paymentMonth: '2026-09' }),
      line(3, { kind: 'CHARGE', category: 'deplacements', label: 'Déplacements des intervenant·es', forecastCents: 40_000, actualCents: 35_000, paymentReference: 'NDF-2026-31', paymentMonth: '2026-11' }),
      line(4, { kind: 'CHARGE', category: 'personnel', label: 'Coordination du hub', forecastCents: 50_000, actualCents: 50_000, personnelDaysHundredths: 200, personnelDailyCostCents: 25_000, personnelWho: 'Hub numérique inclusif Sud' }),
      line(5, { kind: 'PRODUIT', category: 'subvention', label: 'Subvention du Département', forecastCents: 200_000, actualCents: 200_000, funderName: 'Département des Bouches-du-Rhône', funderType: 'departement' }),
      line(6, { kind: 'PRODUIT', category: 'budget-interne', label: 'Fonds propres du hub', forecastCents: 120_000, actualCents: 138_000 , explanation: 'Le hub a couvert le surcoût du traiteur.' }),
      line(7, { kind: 'CHARGE', category: 'contributions-en-nature', label: 'Bénévolat à l’accueil', forecastCents: 30_000, actualCents: 30_000, inKind: true }),
      line(8, { kind: 'PRODUIT', category: 'contributions-en-nature', label: 'Bénévolat à l’accueil', forecastCents: 30_000, actualCents: 30_000, inKind: true }),
    ],
  });
}

// Not everyone writes a comment: six distinct ones, as people answer.
const COMMENTS = [
  { keep: 'Le tour de table du matin', improve: 'Plus de temps pour les ateliers' },
  { keep: 'La démo des outils de la médiation', improve: 'Une salle moins bruyante' },
  { keep: 'Rencontrer les autres conseillers du département', improve: '' },
  { keep: 'Le format court des interventions', improve: 'Annoncer le programme plus tôt' },
  { keep: '', improve: 'Un temps d’échange sur les financements' },
  { keep: 'L’accueil et le café', improve: '' },
];
const VERBATIMS = [
  { text: 'Je repars avec trois contacts et une carte des lieux de médiation de mon quartier.', selected: true },
  { text: 'Enfin un moment pour se parler entre structures du département.', selected: true },
  { text: 'Très utile, à refaire au printemps.', selected: false },
];

/** 15 anonymous responses among the 32 invited present participants; 3 quotable verbatims, 2 selected. */
async function seedQuestionnaire(db: Db, eventId: string, date: string, present: ReadonlyArray<{ id: string }>) {
  const sessions = await db.session.findMany({ where: { eventId, status: 'PLANNED' }, select: { id: true }, orderBy: { startsAt: 'asc' } });
  const questionnaire = await db.questionnaire.create({
    data: { eventId, questions: DEFAULT_QUESTIONS.map((q) => ({ ...q })), sendOn: '2026-10-09', reminderOn: '2026-10-14', closesOn: '2026-10-23', sentAt: new Date(`${date}T16:00:00Z`) },
  });
  await db.questionnaireInvitation.createMany({
    data: present.map((person, index) => ({
      questionnaireId: questionnaire.id,
      registrationId: person.id,
      tokenHash: tokenHash(),
      sentAt: new Date('2026-10-09T07:00:00Z'),
      answeredAt: index < 15 ? new Date('2026-10-10T08:00:00Z') : null,
    })),
  });
  await db.questionnaireResponse.createMany({
    data: Array.from({ length: 15 }, (_, index) => {
      const comment = COMMENTS[index];
      const verbatim = index < VERBATIMS.length ? VERBATIMS[index] : undefined;
      return {
        questionnaireId: questionnaire.id,
        answers: {
          overall: [5, 4, 4, 5, 3][index % 5] ?? 4,
          content: [4, 4, 5, 3, 4][index % 5] ?? 4,
          organisation: [5, 5, 4, 4, 3][index % 5] ?? 4,
          sessions: Object.fromEntries(sessions.map((session, rank) => [session.id, [5, 4, 4, 3, 5][(index + rank * 2) % 5] ?? 4])),
          again: index % 4 === 3 ? 'Peut-être' : 'Oui',
          ...(comment?.keep ? { keep: comment.keep } : {}),
          ...(comment?.improve ? { improve: comment.improve } : {}),
        },
        verbatim: verbatim?.text ?? (index === 5 ? 'Un avis que je préfère garder pour moi.' : null),
        verbatimConsent: verbatim !== undefined,
        verbatimSelected: verbatim?.selected ?? false,
        submittedOn: '2026-10-10',
      };
    }),
  });
}

export async function seedNecMarseilleOutcome(db: Db, input: { eventId: string; date?: string }) {
  const date = input.date ?? '2026-10-08';
  await db.event.update({
    where: { id: input.eventId },
    data: { participantMin: 30, participantMax: 50, level: 2, objective: 'Faire se rencontrer les actrices et acteurs de l’inclusion numérique du département.' },
  });
  await db.eventAudience.createMany({
    data: [
      { eventId: input.eventId, category: 'CONSEILLER_NUMERIQUE', territoryTotal: 120 },
      { eventId: input.eventId, category: 'MEDIATEUR', territoryTotal: 60 },
      { eventId: input.eventId, category: 'ELU', territoryTotal: null },
    ],
    skipDuplicates: true,
  });
  const present = await seedAttendance(db, input.eventId, date, new Date('2026-09-01T08:00:00Z'));
  await seedBudget(db, input.eventId);
  await seedQuestionnaire(db, input.eventId, date, present);
}
