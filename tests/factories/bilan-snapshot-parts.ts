// Questionnaire summary and expense lines of the sample bilan (see bilan-snapshot.ts).
import type { BilanExpense } from '@/lib/domain/bilan/types';
import type { QuestionnaireSummary } from '@/lib/domain/questionnaire/types';

export function sampleQuestionnaire(): QuestionnaireSummary {
  return {
    invited: 1234,
    responses: 547,
    responseRate: 44.3,
    overallSatisfaction: 4.3,
    questions: [
      { id: 'overall', kind: 'scale', label: 'Globalement, êtes-vous satisfait·e de l’événement ?', answers: 547, average: 4.3, distribution: [5, 12, 60, 201, 269] },
      { id: 'content', kind: 'scale', label: 'Le contenu des séances', answers: 540, average: 4.1, distribution: [8, 20, 70, 230, 212] },
      {
        id: 'sessions',
        kind: 'session-scale',
        label: 'Les séances auxquelles vous avez participé',
        sessions: [
          { sessionId: 's1', title: 'Plénière d’ouverture', answers: 410, average: 3.9 },
          { sessionId: 's2', title: 'Atelier : accompagner les démarches en ligne', answers: 188, average: 4.6 },
          { sessionId: 's5', title: 'Forum des structures du territoire', answers: 0, average: null },
        ],
      },
      {
        id: 'again',
        kind: 'choice',
        label: 'Reviendriez-vous ?',
        answers: 530,
        options: [
          { label: 'Oui', count: 402, percent: 75.8 },
          { label: 'Peut-être', count: 110, percent: 20.8 },
          { label: 'Non', count: 18, percent: 3.4 },
        ],
      },
      { id: 'keep', kind: 'text', label: 'Ce qu’il faut garder', texts: ['Le forum', 'Les échanges entre pairs'] },
      { id: 'improve', kind: 'text', label: 'Ce qu’il faut améliorer', texts: ['La signalétique', 'Des ateliers plus longs'] },
      { id: 'verbatim', kind: 'verbatim', label: 'Un mot pour le bilan', answers: 96, consented: 71 },
    ],
    selectedVerbatims: [
      'J’ai enfin rencontré les autres conseillers du département : on s’appelle déjà.',
      'Un atelier très concret, je repars avec des outils pour mon accueil.',
    ],
  };
}

const expense = (category: string, label: string, supplier: string | null, ref: string | null, month: string | null, amountCents: number, isActual = true): BilanExpense => ({
  category,
  label,
  supplier,
  paymentReference: ref,
  paymentMonth: month,
  amountCents,
  isActual,
});

export function sampleExpenses(): BilanExpense[] {
  return [
    expense('Prestations (régie, sécurité, visio)', 'Régie son et lumière', 'Sonorisation Provence', 'FAC-2027-031', '2027-03', 212_000),
    expense('Prestations (régie, sécurité, visio)', 'Traiteur, deux déjeuners', 'Traiteur du Panier', 'FAC-2027-029', '2027-03', 130_000),
    expense('Location du lieu', 'Location de la Cité des associations', 'Ville de Marseille', 'TIT-5521', '2027-02', 250_000),
    expense('Intervenants', 'Honoraires des intervenants', null, 'VIR-0311', '2027-03', 165_000),
    expense('Déplacements et frais de mission', 'Trains des intervenants nationaux', 'SNCF Voyageurs', 'CB-0222', '2027-02', 82_050),
    expense('Déplacements et frais de mission', 'Hôtel, deux nuits', 'Hôtel du Vieux-Port', 'FAC-H-118', '2027-03', 30_000),
    expense('Communication', 'Impression des programmes', 'Imprimerie Phocéenne', 'FAC-7781', '2027-02', 48_000),
    expense('Charges de personnel', 'Chargée de projet, 25 jours', null, null, '2027-03', 455_000),
  ];
}
