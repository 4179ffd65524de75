// A realistic frozen bilan (2 days, 12 sessions with one cancelled, a deficit…) for the exports,
// the sharing tests, the e2e fixture and the benchmark, without waiting for computeBilan.
import type { PrismaClient } from '@/prisma/generated/client';
import { balanceOf } from '@/lib/domain/budget/balance';
import { BILAN_SNAPSHOT_VERSION, type BilanMoneyRow, type BilanProgrammeSession, type BilanSnapshot } from '@/lib/domain/bilan/types';
import { percentOf } from '@/lib/domain/registrations/percent';
import { sampleExpenses, sampleQuestionnaire } from './bilan-snapshot-parts';

type Sections = 'introduction' | 'quantitative' | 'qualitative' | 'financial' | 'annexes';
export type BilanSnapshotOverrides = Partial<Omit<BilanSnapshot, Sections>> & { [K in Sections]?: Partial<BilanSnapshot[K]> };

const DAYS = ['2027-03-11', '2027-03-12'] as const;

/** (actual − forecast) / forecast in %, one decimal, as the snapshot stores it. */
function gap(forecast: number, actual: number): number | null {
  if (forecast === 0) return null;
  return Math.round(((actual - forecast) * 1000) / forecast) / 10;
}

export function moneyRow(key: string, label: string, forecastCents: number, actualCents: number): BilanMoneyRow {
  return { key, label, forecastCents, actualCents, missingActualCount: 0, gapPercent: gap(forecastCents, actualCents) };
}

const SLOTS = [
  ['08:00', '09:00', 'Plénière d’ouverture', 'Plénière'],
  ['09:15', '10:30', 'Atelier : accompagner les démarches en ligne', 'Atelier'],
  ['09:15', '10:30', 'Table ronde : financer la médiation', 'Table ronde'],
  ['11:00', '12:00', 'Retours d’expérience des conseillers numériques', 'Retours d’expérience'],
  ['13:30', '15:00', 'Forum des structures du territoire', 'Forum'],
  ['15:30', '16:30', 'Synthèse et perspectives', 'Plénière'],
] as const;

/** Sessions of one day, Paris times written as UTC (+1 h in March): 6 a day. */
export function programmeDay(day: string, index: number, cancelledIndex: number | null = null): BilanProgrammeSession[] {
  return SLOTS.map(([start, end, title, format], slot) => ({
    startsAt: new Date(`${day}T${start}:00Z`).toISOString(),
    endsAt: new Date(`${day}T${end}:00Z`).toISOString(),
    title: index === 0 ? title : `${title} (jour ${index + 1})`,
    formatLabel: format,
    room: slot % 2 === 0 ? 'Grande salle' : 'Salle Calanques',
    speakers: slot === 0 ? ['Claire Martin', 'Yanis Benali'] : [`Intervenant·e ${index * 6 + slot + 1}`],
    cancelled: slot === cancelledIndex,
  }));
}

export function sampleBilanSnapshot(overrides: BilanSnapshotOverrides = {}): BilanSnapshot {
  const charges = [
    moneyRow('prestations', 'Prestations (régie, sécurité, visio)', 300_000, 342_000),
    moneyRow('location', 'Location du lieu', 250_000, 250_000),
    moneyRow('intervenants', 'Intervenants', 180_000, 165_000),
    moneyRow('deplacements', 'Déplacements et frais de mission', 90_000, 112_050),
    moneyRow('communication', 'Communication', 60_000, 48_000),
    moneyRow('personnel', 'Charges de personnel', 420_000, 455_000),
  ];
  const produits = [
    moneyRow('subvention', 'Subvention', 800_000, 800_000),
    moneyRow('budget-interne', 'Budget interne d’un co-organisateur', 400_000, 420_000),
    moneyRow('partenariat', 'Partenariat, mécénat', 100_000, 60_000),
  ];
  const sum = (rows: BilanMoneyRow[], key: 'forecastCents' | 'actualCents') => rows.reduce((total, row) => total + row[key], 0);
  const totals = {
    chargesForecastCents: sum(charges, 'forecastCents'),
    chargesActualCents: sum(charges, 'actualCents'),
    produitsForecastCents: sum(produits, 'forecastCents'),
    produitsActualCents: sum(produits, 'actualCents'),
  };
  const balance = balanceOf(totals.chargesActualCents, totals.produitsActualCents);
  const cerfaRow = (code: string, label: string, rows: BilanMoneyRow[]) => ({ ...moneyRow(code, label, sum(rows, 'forecastCents'), sum(rows, 'actualCents')), code, rows });
  const pick = (rows: BilanMoneyRow[], ...keys: string[]) => rows.filter((row) => keys.includes(row.key));
  const base: BilanSnapshot = {
    snapshotVersion: BILAN_SNAPSHOT_VERSION,
    computedAt: '2027-03-30T14:00:00.000Z',
    eventId: '00000000-0000-4000-8000-000000000000',
    introduction: {
      title: 'Rencontre régionale de l’inclusion numérique — Provence',
      organisers: [
        { id: 'org-hub', name: 'Hub du Sud numérique', role: 'owner' },
        { id: 'org-asso', name: 'Association Récré', role: 'co-organiser' },
      ],
      startsAt: '2027-03-11T07:00:00.000Z',
      endsAt: '2027-03-12T16:30:00.000Z',
      days: [...DAYS],
      mode: 'PRESENTIEL',
      venueName: 'Cité des associations',
      venueAddress: '93 La Canebière, 13001 Marseille',
      territoryName: 'Bouches-du-Rhône',
      themes: ['Accès aux droits', 'Médiation numérique'],
      level: 2,
      objective: 'Outiller les acteurs de la médiation numérique du département et renforcer leur réseau.',
      text: 'Deux journées pour réunir les conseillers numériques, les agents d’accueil et les élus du département.',
      cancelledSessions: [{ title: 'Synthèse et perspectives (jour 2)', day: DAYS[1], reason: 'Intervenante malade' }],
    },
    quantitative: {
      halfDays: 4,
      sessionsHeld: 11,
      sessionsCancelled: 1,
      sessionsByFormat: [
        { formatId: 'pleniere', formatLabel: 'Plénière', held: 3, cancelled: 1 },
        { formatId: 'atelier', formatLabel: 'Atelier', held: 2, cancelled: 0 },
        { formatId: 'table-ronde', formatLabel: 'Table ronde', held: 2, cancelled: 0 },
        { formatId: 'retex', formatLabel: 'Retours d’expérience', held: 2, cancelled: 0 },
        { formatId: 'forum', formatLabel: 'Forum', held: 2, cancelled: 0 },
      ],
      contentMinutes: 990,
      speakers: { total: 18, local: 12, national: 6, women: 10, men: 7, otherOrUndeclared: 1, declared: 17, womenShare: percentOf(10, 17) },
      staff: { eventPeople: 9, eventHours: 126, prepPeople: 4, prepDays: 22 },
      participants: { total: 1234, registered: 1225, walkIns: 9, objectiveMin: 1200, objectiveMax: 1500, objectiveReached: percentOf(1234, 1200) },
      perDay: [
        { day: DAYS[0], expected: 1120, present: 1104, walkIns: 6, excused: 4, noShow: 18, noShowRate: percentOf(18, 1120) },
        { day: DAYS[1], expected: 1110, present: 1088, walkIns: 3, excused: 5, noShow: 20, noShowRate: percentOf(20, 1110) },
      ],
      audiences: [
        { category: 'conseiller-numerique', label: 'Conseillers numériques', present: 146, territoryTotal: 180, share: percentOf(146, 180) },
        { category: 'agent-collectivite', label: 'Agents de collectivité', present: 530, territoryTotal: null, share: null },
        { category: 'elu', label: 'Élu·es', present: 58, territoryTotal: 119, share: percentOf(58, 119) },
        { category: 'association', label: 'Associations', present: 500, territoryTotal: null, share: null },
      ],
    },
    qualitative: {
      questionnaire: sampleQuestionnaire(),
      analysis: 'Une satisfaction élevée ; les ateliers ont été jugés trop courts et la seconde journée moins suivie.',
      keep: ['Le forum des structures', 'Les ateliers en petits groupes'],
      improve: ['Allonger les ateliers', 'Mieux signaler les salles'],
      consider: ['Une demi-journée dédiée aux élus'],
      evaluation: {
        why: 'Mesurer la montée en compétences et la mise en réseau.',
        who: 'Participants, intervenants et équipe d’organisation.',
        how: 'Questionnaire à J+1, émargement par demi-journée, débriefing d’équipe.',
        what: 'Satisfaction, présence par public, contacts noués.',
        review: 'Le cadre a tenu ; le suivi des contacts noués reste à outiller.',
      },
    },
    financial: {
      charges,
      produits,
      personnel: { forecastCents: 420_000, actualCents: 455_000 },
      totals,
      inKind: { chargesCents: 150_000, produitsCents: 150_000 },
      balance: { differenceCents: balance.differenceCents, status: balance.status, label: balance.label },
      costPerParticipantCents: Math.round(totals.chargesActualCents / 1234),
      cerfa: {
        charges: [
          cerfaRow('60', '60 – Achats', pick(charges, 'prestations')),
          cerfaRow('61', '61 – Services extérieurs', pick(charges, 'location')),
          cerfaRow('62', '62 – Autres services extérieurs', pick(charges, 'intervenants', 'deplacements', 'communication')),
          cerfaRow('64', '64 – Charges de personnel', pick(charges, 'personnel')),
        ],
        produits: [
          cerfaRow('74', '74 – Subventions d’exploitation', pick(produits, 'subvention')),
          cerfaRow('75', '75 – Autres produits de gestion courante', pick(produits, 'partenariat')),
          cerfaRow('ressources-propres', 'Ressources propres affectées au projet', pick(produits, 'budget-interne')),
        ],
      },
      gaps: [
        { kind: 'charge', label: 'Déplacements et frais de mission', forecastCents: 90_000, actualCents: 112_050, gapPercent: gap(90_000, 112_050), explanation: 'Deux intervenants venus de Paris en plus.' },
        { kind: 'charge', label: 'Communication', forecastCents: 60_000, actualCents: 48_000, gapPercent: gap(60_000, 48_000), explanation: null },
        { kind: 'produit', label: 'Partenariat, mécénat', forecastCents: 100_000, actualCents: 60_000, gapPercent: gap(100_000, 60_000), explanation: 'Un mécène s’est retiré en janvier.' },
      ],
    },
    annexes: {
      programme: [
        { day: DAYS[0], sessions: programmeDay(DAYS[0], 0) },
        { day: DAYS[1], sessions: programmeDay(DAYS[1], 1, 5) },
      ],
      expenses: sampleExpenses(),
    },
  };
  return {
    ...base,
    ...overrides,
    introduction: { ...base.introduction, ...overrides.introduction },
    quantitative: { ...base.quantitative, ...overrides.quantitative },
    qualitative: { ...base.qualitative, ...overrides.qualitative },
    financial: { ...base.financial, ...overrides.financial },
    annexes: { ...base.annexes, ...overrides.annexes },
  };
}

type Db = Pick<PrismaClient, 'bilanVersion'>;

/** A validated, frozen version of an event's bilan. */
export function createBilanVersion(db: Db, input: { eventId: string; validatedById: string; snapshot?: BilanSnapshot; number?: number; validatedAt?: Date }) {
  const snapshot = input.snapshot ?? sampleBilanSnapshot({ eventId: input.eventId });
  return db.bilanVersion.create({
    data: {
      eventId: input.eventId,
      validatedById: input.validatedById,
      number: input.number ?? 1,
      snapshot: snapshot as object,
      ...(input.validatedAt ? { validatedAt: input.validatedAt } : {}),
    },
    select: { id: true, eventId: true, number: true, validatedAt: true },
  });
}
