import type { BilanInput, BilanRegistrationInput, BilanSessionInput } from '@/lib/domain/bilan/input';
import type { BudgetLine } from '@/lib/domain/budget/line';

/** 2026-03-12 and 13 are winter days: Paris = UTC+1. */
export const at = (day: string, parisTime: string) => {
  const [hour, minute] = parisTime.split(':').map(Number);
  return new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), (hour ?? 0) - 1, minute ?? 0));
};

export const D1 = '2026-03-12';
export const D2 = '2026-03-13';

export function session(overrides: Partial<BilanSessionInput> & Pick<BilanSessionInput, 'id'>): BilanSessionInput {
  return {
    title: `Session ${overrides.id}`,
    formatId: 'atelier',
    customFormat: null,
    startsAt: at(D1, '09:30'),
    endsAt: at(D1, '10:30'),
    dayDate: D1,
    room: 'Salle A',
    speakerIds: [],
    cancelled: false,
    cancelReason: null,
    countsAsContent: null,
    ...overrides,
  };
}

export function registration(overrides: Partial<BilanRegistrationInput> & Pick<BilanRegistrationInput, 'id'>): BilanRegistrationInput {
  return { audienceCategory: 'CONSEILLER_NUMERIQUE', status: 'confirmed', isSpeaker: false, isWalkIn: false, days: null, ...overrides };
}

export function charge(overrides: Partial<BudgetLine> & { id: string }): BudgetLine {
  return { kind: 'charge', category: 'achats', label: `Charge ${overrides.id}`, forecastCents: 10_000, actualCents: 10_000, inKind: false, ...overrides } as BudgetLine;
}

export function produit(overrides: Partial<BudgetLine> & { id: string }): BudgetLine {
  return { kind: 'produit', category: 'subvention', label: `Produit ${overrides.id}`, forecastCents: 10_000, actualCents: 10_000, inKind: false, ...overrides } as BudgetLine;
}

export function buildInput(overrides: Partial<BilanInput> = {}): BilanInput {
  return {
    event: {
      id: 'event-1',
      title: 'Rencontre test',
      startsAt: at(D1, '09:00'),
      endsAt: at(D2, '17:00'),
      mode: 'PRESENTIEL',
      venueName: 'Tiers-lieu',
      venueAddress: '1 rue du Port, Marseille',
      territoryName: 'Bouches-du-Rhône',
      themes: ['Inclusion numérique'],
      level: 2,
      objective: 'Se rencontrer',
      participantMin: 4,
      participantMax: 10,
    },
    organisers: [{ id: 'org-1', name: 'Hub Sud', role: 'owner' }],
    days: [
      { date: D1, startsAt: at(D1, '09:00'), endsAt: at(D1, '17:00') },
      { date: D2, startsAt: at(D2, '09:00'), endsAt: at(D2, '12:00') },
    ],
    sessions: [],
    speakers: [],
    registrations: [],
    attendance: [],
    audiences: [],
    budgetLines: [],
    texts: null,
    questionnaire: null,
    now: new Date('2026-04-01T10:00:00Z'),
    ...overrides,
  };
}
