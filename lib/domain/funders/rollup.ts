import { weightedAverage, type AverageWithAnswers } from '@/lib/domain/bilan/outside-results';
import { costPerParticipant } from '@/lib/domain/comparison/events';
import { percentOf } from '@/lib/domain/registrations/percent';
import type { FunderEventFacts, GrantOnEvent } from './facts';

/*
 * Le cumul d'un tableau de bord de financeur. Règles :
 * - les effectifs et les centimes s'additionnent en entiers ;
 * - un taux cumulé se calcule sur les sommes (Σ absent·es ÷ Σ attendu·es), jamais en moyennant les
 *   taux de chaque événement : un événement de 300 personnes pèse plus qu'un de 20 ;
 * - la satisfaction est une moyenne pondérée par le nombre de réponses (au dixième) ;
 * - le coût par participant·e cumulé = Σ charges réalisées ÷ Σ présent·es des événements dont le
 *   bilan donne ce coût, arrondi au centime ;
 * - un chiffre sans dénominateur vaut `null` (jamais 0) : « non disponible ».
 */

export type FunderEventRow = FunderEventFacts & {
  readonly noShowRate: number | null;
  readonly audienceShare: number | null;
  readonly funderSharePercent: number | null;
};

export type FunderTotals = {
  readonly events: number;
  readonly hubs: number;
  readonly participants: number;
  readonly noShowRate: number | null;
  readonly audienceShare: number | null;
  readonly satisfaction: AverageWithAnswers;
  readonly costPerParticipantCents: number | null;
  readonly produitsCents: number;
  readonly funderCents: number;
  readonly funderSharePercent: number | null;
  readonly womenShare: number | null;
};

export type GrantGroup = {
  /** `null` : les apports de ce financeur sans référence de convention. */
  readonly key: string | null;
  readonly reference: string | null;
  readonly agreementDate: string | null;
  readonly amountCents: number | null;
  readonly euCofinanced: boolean;
  readonly events: ReadonlyArray<{ readonly versionId: string; readonly title: string; readonly hubName: string; readonly eventCents: number; readonly participants: number }>;
  readonly eventCents: number;
  readonly participants: number;
  /** Σ affecté ÷ montant accordé, en % ; `null` sans montant. */
  readonly consumedPercent: number | null;
};

const sum = <T>(items: readonly T[], value: (item: T) => number) => items.reduce((total, item) => total + value(item), 0);

export function eventRow(facts: FunderEventFacts): FunderEventRow {
  return {
    ...facts,
    noShowRate: percentOf(facts.noShow, facts.expected),
    audienceShare: facts.audience ? percentOf(facts.audience.present, facts.audience.territoryTotal) : null,
    funderSharePercent: facts.produitsCents === null || facts.funderCents === null ? null : percentOf(facts.funderCents, facts.produitsCents),
  };
}

export function funderTotals(events: readonly FunderEventFacts[]): FunderTotals {
  const withAudience = events.flatMap((event) => (event.audience ? [event.audience] : []));
  const withCost = events.filter((event) => event.costPerParticipantCents !== null && event.participants > 0);
  const withProduits = events.filter((event) => event.produitsCents !== null);
  const produitsCents = sum(withProduits, (event) => event.produitsCents ?? 0);
  const funderCents = sum(withProduits, (event) => event.funderCents ?? 0);
  return {
    events: events.length,
    hubs: new Set(events.map((event) => event.hubId)).size,
    participants: sum(events, (event) => event.participants),
    noShowRate: percentOf(sum(events, (event) => event.noShow), sum(events, (event) => event.expected)),
    audienceShare: withAudience.length === 0 ? null : percentOf(sum(withAudience, (a) => a.present), sum(withAudience, (a) => a.territoryTotal)),
    satisfaction: weightedAverage(events.map((event) => event.satisfaction)),
    costPerParticipantCents:
      withCost.length === 0 ? null : costPerParticipant(sum(withCost, (event) => event.chargesActualCents), sum(withCost, (event) => event.participants)),
    produitsCents,
    funderCents,
    funderSharePercent: withProduits.length === 0 ? null : percentOf(funderCents, produitsCents),
    womenShare: percentOf(sum(events, (event) => event.speakers.women), sum(events, (event) => event.speakers.declared)),
  };
}

/**
 * Les événements regroupés par subvention de ce financeur (même référence, même financeur), les
 * conventions datées d'abord ; les apports sans référence forment un dernier groupe. Un événement
 * sans aucun apport de ce financeur n'apparaît dans aucun groupe.
 */
export function grantGroups(events: readonly FunderEventFacts[]): GrantGroup[] {
  type Member = { event: FunderEventFacts; cents: number };
  const groups = new Map<string | null, { first: GrantOnEvent | null; members: Map<string, Member> }>();
  const add = (key: string | null, first: GrantOnEvent | null, event: FunderEventFacts, cents: number) => {
    const group = groups.get(key) ?? { first, members: new Map<string, Member>() };
    const member = group.members.get(event.versionId) ?? { event, cents: 0 };
    member.cents += cents;
    group.members.set(event.versionId, member);
    groups.set(key, group);
  };
  for (const event of events) {
    const referenced = event.grants.filter((grant) => grant.key !== null);
    for (const grant of referenced) add(grant.key, grant, event, grant.eventCents);
    // The rest of this funder's produits on the event (lines without a convention reference).
    const rest = (event.funderCents ?? 0) - sum(referenced, (grant) => grant.eventCents);
    if (rest > 0) add(null, null, event, rest);
  }
  return [...groups.entries()]
    .map(([key, group]): GrantGroup => {
      const members = [...group.members.values()].sort((a, b) => a.event.startsAt.localeCompare(b.event.startsAt) || a.event.title.localeCompare(b.event.title, 'fr'));
      const eventCents = sum(members, (member) => member.cents);
      const first = group.first;
      const amountCents = first?.amountCents ?? null;
      return {
        key,
        reference: first?.reference ?? null,
        agreementDate: first?.agreementDate ?? null,
        amountCents,
        euCofinanced: first?.euCofinanced ?? false,
        events: members.map((member) => ({
          versionId: member.event.versionId,
          title: member.event.title,
          hubName: member.event.hubName,
          eventCents: member.cents,
          participants: member.event.participants,
        })),
        eventCents,
        participants: sum(members, (member) => member.event.participants),
        consumedPercent: amountCents === null ? null : percentOf(eventCents, amountCents),
      };
    })
    .sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === null ? 1 : -1;
      return (a.agreementDate ?? '9999').localeCompare(b.agreementDate ?? '9999') || (a.reference ?? '').localeCompare(b.reference ?? '', 'fr');
    });
}

export type MonthTotals = { readonly month: string; readonly totals: FunderTotals };

/**
 * Les mêmes cumuls mois par mois (mois de début de l'événement, à Paris, `parisMonth` fourni par
 * l'appelant), du plus ancien au plus récent ; un mois sans événement n'apparaît pas.
 */
export function monthlyTotals(events: readonly FunderEventFacts[], parisMonth: (iso: string) => string): MonthTotals[] {
  const byMonth = new Map<string, FunderEventFacts[]>();
  for (const event of events) {
    const month = parisMonth(event.startsAt);
    byMonth.set(month, [...(byMonth.get(month) ?? []), event]);
  }
  return [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, inMonth]) => ({ month, totals: funderTotals(inMonth) }));
}
