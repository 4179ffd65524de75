import { WEBINAIRE_SOURCE_CREDIT } from '../formats/sources';
import type { ChargeCategoryId, SubCategoryId } from './categories';
import type { BudgetLineDraft, ChargeLineDraft } from './line';
import { divideCents } from './money';
import { formatCount, formatEuros, plural } from '@/lib/domain/format/french';

/*
 * Coûts de référence du webinaire (TTC), proposés comme lignes prévisionnelles et ramenés
 * au nombre de participants attendus. Ce sont des ordres de grandeur, à ajuster.
 */

export const REFERENCE_COSTS_SOURCE_CREDIT = WEBINAIRE_SOURCE_CREDIT;

export type ReferenceCostBasis =
  /** Proportionnel au nombre de participants, arrondi au centime. */
  | { readonly type: 'per-person'; readonly people: number; readonly cents: number }
  /** Par lots entiers : un lot par tranche commencée de `packSize` participants. */
  | { readonly type: 'per-pack'; readonly packSize: number; readonly cents: number }
  /** Un montant fixe, quel que soit le public. */
  | { readonly type: 'fixed'; readonly cents: number; readonly quantity?: number };

export type ReferenceCost = {
  readonly id: string;
  readonly label: string;
  readonly category: ChargeCategoryId;
  readonly subCategory: SubCategoryId;
  readonly basis: ReferenceCostBasis;
  /** Le chiffre tel que le webinaire le donne. */
  readonly source: string;
};

/*
 * Choix de mise à l'échelle : repas et accueil café suivent le nombre de personnes ;
 * les flyers se commandent par lots de 500, un lot par tranche de 500 participants ;
 * la campagne de mailings vise des élus et agents, pas les participants, et le train est
 * un billet pour un intervenant : ni l'une ni l'autre ne change avec le public.
 */
export const REFERENCE_COSTS = [
  {
    id: 'repas',
    label: 'Repas',
    category: 'achats',
    subCategory: 'restauration',
    basis: { type: 'per-person', people: 100, cents: 250_000 },
    source: 'Pour nourrir 100 personnes : 2 500 € TTC.',
  },
  {
    id: 'accueil-cafe',
    label: 'Accueil café',
    category: 'achats',
    subCategory: 'restauration',
    basis: { type: 'per-person', people: 200, cents: 120_000 },
    source: 'Pour un accueil café de 200 personnes : 1 200 € TTC.',
  },
  {
    id: 'flyers',
    label: 'Impression de flyers',
    category: 'communication',
    subCategory: 'impression',
    basis: { type: 'per-pack', packSize: 500, cents: 5_000 },
    source: 'Pour 500 flyers, chez un imprimeur : 50 € TTC.',
  },
  {
    id: 'campagne-mailing',
    label: 'Campagne de deux mailings auprès de 7 500 élus et agents de collectivités',
    category: 'communication',
    subCategory: 'campagne',
    basis: { type: 'fixed', cents: 450_000 },
    source: 'Pour deux mailings auprès de 7 500 élus et agents de collectivités (Acteurs publics) : 4 500 € TTC.',
  },
  {
    id: 'train',
    label: 'Aller-retour en TGV Marseille – Lille, seconde classe',
    category: 'deplacements',
    subCategory: 'transport',
    basis: { type: 'fixed', cents: 18_800, quantity: 1 },
    source: 'Un aller-retour en TGV Marseille – Lille en seconde classe : 188 €.',
  },
] as const satisfies readonly ReferenceCost[];

export type ReferenceCostId = (typeof REFERENCE_COSTS)[number]['id'];

export type ReferenceCostSuggestion = {
  readonly referenceId: ReferenceCostId;
  readonly line: ChargeLineDraft;
};

/** Les coûts de référence ramenés à `participants` personnes attendues, en lignes prévisionnelles. */
export function suggestReferenceCostLines(participants: number): ReferenceCostSuggestion[] {
  if (!Number.isSafeInteger(participants) || participants < 1) {
    throw new RangeError(`suggestReferenceCostLines : nombre de participants invalide (${participants}).`);
  }
  return REFERENCE_COSTS.map((reference) => ({
    referenceId: reference.id,
    line: {
      kind: 'charge',
      category: reference.category,
      subCategory: reference.subCategory,
      inKind: false,
      actualCents: null,
      ...scale(reference, participants),
      note: `${reference.source} ${REFERENCE_COSTS_SOURCE_CREDIT}.`,
    },
  }));
}

type Scaled = Pick<ChargeLineDraft, 'label' | 'forecastCents' | 'quantity' | 'unitPriceCents'>;

function scale(reference: ReferenceCost, participants: number): Scaled {
  const { basis } = reference;
  switch (basis.type) {
    case 'per-person': {
      const forecastCents = divideCents(basis.cents * participants, basis.people);
      const label = `${reference.label} (${plural(participants, { one: 'personne', other: 'personnes' })})`;
      // Quantité × prix unitaire seulement quand le prix par personne tombe juste au centime.
      if (basis.cents % basis.people !== 0) return { label, forecastCents };
      return { label, forecastCents, quantity: participants, unitPriceCents: basis.cents / basis.people };
    }
    case 'per-pack': {
      const packs = Math.ceil(participants / basis.packSize);
      return {
        label: `${reference.label} (${formatCount(packs * basis.packSize)} exemplaires)`,
        forecastCents: packs * basis.cents,
        quantity: packs,
        unitPriceCents: basis.cents,
      };
    }
    case 'fixed':
      return basis.quantity === undefined
        ? { label: reference.label, forecastCents: basis.cents }
        : { label: reference.label, forecastCents: basis.cents * basis.quantity, quantity: basis.quantity, unitPriceCents: basis.cents };
  }
}

/**
 * Les coûts de référence déjà au budget : une charge de la même catégorie dont le libellé est celui
 * de la suggestion (« Repas (80 personnes) », quel que soit le nombre), ou dont la note cite sa
 * source. Ajouter les coûts cochés saute ceux-là : un second clic n'ajoute rien.
 */
export function referenceCostsInBudget(
  lines: readonly Pick<BudgetLineDraft, 'kind' | 'category' | 'label' | 'note'>[],
): ReferenceCostId[] {
  return REFERENCE_COSTS.filter((reference) =>
    lines.some(
      (line) =>
        line.kind === 'charge' &&
        line.category === reference.category &&
        (line.label === reference.label || line.label.startsWith(`${reference.label} (`) || (line.note ?? '').startsWith(reference.source)),
    ),
  ).map((reference) => reference.id);
}

/** Ce que dit le formulaire après l'ajout : les lignes ajoutées, et celles sautées parce que déjà au budget. */
export function referenceCostsAddedMessage(created: number, skipped: readonly string[]): string {
  const labels = REFERENCE_COSTS.filter((reference) => skipped.includes(reference.id)).map((reference) => reference.label);
  if (created === 0) return `Rien n’a été ajouté : déjà au prévisionnel (${labels.join(', ')}).`;
  const added = `${plural(created, { one: 'ligne ajoutée', other: 'lignes ajoutées' })} au prévisionnel des charges.`;
  return labels.length === 0 ? added : `${added} Déjà au prévisionnel, pas ajouté une seconde fois : ${labels.join(', ')}.`;
}

/** Le prix unitaire lisible d'un coût de référence, pour l'afficher à côté de la suggestion. */
export function describeReferenceCost(reference: ReferenceCost): string {
  const { basis } = reference;
  switch (basis.type) {
    case 'per-person':
      return `${formatEuros(basis.cents)} pour ${formatCount(basis.people)} personnes`;
    case 'per-pack':
      return `${formatEuros(basis.cents)} le lot de ${formatCount(basis.packSize)}`;
    case 'fixed':
      return formatEuros(basis.cents);
  }
}
