import type { BudgetKind } from './cerfa';
import {
  CHARGE_CATEGORY_IDS,
  CHARGE_CATEGORY_LABELS,
  PRODUIT_CATEGORY_IDS,
  PRODUIT_CATEGORY_LABELS,
  type ChargeCategoryId,
  type ProduitCategoryId,
} from './categories';

/*
 * Un tableau de dépenses tel qu'on le met en annexe d'un bilan : des lignes de titre de catégorie
 * (« Frais de personnel », sans montant) puis les lignes de cette catégorie, des lignes « Total … »
 * ou « Sous-total », des lignes vides. Ces règles disent ce qu'est chaque ligne et à quelle
 * catégorie de Trame renvoie un titre.
 */

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** « Total », « Sous-total personnel », « TOTAL GÉNÉRAL », « Total des charges » : recalculés par Trame, ignorés. */
export function isTotalLabel(label: string): boolean {
  return /^(sous )?(total|totaux)\b/.test(plain(label)) || /^montant total\b/.test(plain(label));
}

export type LayoutRow =
  | { readonly kind: 'blank' }
  | { readonly kind: 'total' }
  /** Un libellé sans aucun montant : le titre des lignes qui suivent. */
  | { readonly kind: 'heading'; readonly label: string }
  | { readonly kind: 'line' };

export function classifyLayoutRow(input: { readonly label: string; readonly hasAmount: boolean; readonly hasOtherText: boolean }): LayoutRow {
  const label = input.label.trim();
  if (label === '' && !input.hasAmount && !input.hasOtherText) return { kind: 'blank' };
  if (isTotalLabel(label)) return { kind: 'total' };
  if (label !== '' && !input.hasAmount && !input.hasOtherText) return { kind: 'heading', label };
  return { kind: 'line' };
}

// Les mots d'un titre, du plus précis au plus général ; la première table qui reconnaît gagne.
const CHARGE_WORDS: ReadonlyArray<{ readonly category: ChargeCategoryId; readonly pattern: RegExp }> = [
  { category: 'contributions-en-nature', pattern: /\b(en nature|benevol\w*|mises? a disposition|contributions? volontaires?)\b/ },
  { category: 'personnel', pattern: /\b(personnel|salaires?|remunerations? du personnel|charges sociales|ressources humaines|rh|temps agents?)\b/ },
  { category: 'intervenants', pattern: /\b(intervenant\w*|honoraires?|conferencier\w*|animat\w*|speakers?)\b/ },
  { category: 'deplacements', pattern: /\b(deplacements?|transports?|hebergements?|missions?|voyages?|defraiements?)\b/ },
  { category: 'communication', pattern: /\b(communication|impressions?|graphisme|signaletique|publicite|promotion|goodies|supports?)\b/ },
  { category: 'location', pattern: /\b(locations?|salles?|lieux?)\b/ },
  { category: 'prestations', pattern: /\b(prestations?|regie|securite|visio\w*|technique|captation|sonorisation)\b/ },
  { category: 'achats', pattern: /\b(achats?|fournitures?|restauration|traiteur|repas|buffets?|materiel|consommables?)\b/ },
  { category: 'autres', pattern: /\b(autres?|divers)\b/ },
];

const PRODUIT_WORDS: ReadonlyArray<{ readonly category: ProduitCategoryId; readonly pattern: RegExp }> = [
  { category: 'contributions-en-nature', pattern: /\b(en nature|benevol\w*|mises? a disposition|contributions? volontaires?)\b/ },
  { category: 'budget-interne', pattern: /\b(budgets? internes?|fonds propres|ressources propres|autofinancement)\b/ },
  { category: 'subvention', pattern: /\b(subventions?|dotations?|etat|region|departement|prefecture|anct)\b/ },
  { category: 'partenariat', pattern: /\b(partenariats?|mecenat|sponsor\w*|dons?)\b/ },
  { category: 'billetterie', pattern: /\b(billetterie|inscriptions?|entrees?|ventes?)\b/ },
  { category: 'autres', pattern: /\b(autres?|divers)\b/ },
];

/**
 * La catégorie d'un titre : son libellé exact dans Trame d'abord (« Charges de personnel »), puis
 * ses mots (« Frais de personnel », « Restauration », « Frais de déplacement »). `null` : inconnu.
 */
export function categoryFromHeading(heading: string, kind: BudgetKind): ChargeCategoryId | ProduitCategoryId | null {
  const key = plain(heading);
  if (kind === 'charge') {
    const exact = CHARGE_CATEGORY_IDS.find((id) => plain(CHARGE_CATEGORY_LABELS[id]) === key || id === key);
    return exact ?? CHARGE_WORDS.find(({ pattern }) => pattern.test(key))?.category ?? null;
  }
  const exact = PRODUIT_CATEGORY_IDS.find((id) => plain(PRODUIT_CATEGORY_LABELS[id]) === key || id === key);
  return exact ?? PRODUIT_WORDS.find(({ pattern }) => pattern.test(key))?.category ?? null;
}

/** Le type des lignes d'une feuille sans colonne « Type » : « Produits », « Recettes » → produits ; sinon charges. */
export function kindOfSheet(name: string | null): BudgetKind {
  return /\b(produits?|recettes?|ressources?|financements?)\b/.test(plain(name ?? '')) ? 'produit' : 'charge';
}
