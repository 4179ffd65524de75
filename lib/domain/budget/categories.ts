import type { BudgetKind, CerfaCode, ChargeCerfaCode, ProduitCerfaCode } from './cerfa';

/*
 * Catégories de lignes, telles que les financeurs les lisent, et leur rubrique du compte
 * rendu financier (Cerfa 15059). Changer une règle, c'est changer une ligne de ces tables.
 */

export const CHARGE_CATEGORY_IDS = [
  'achats',
  'intervenants',
  'deplacements',
  'communication',
  'location',
  'prestations',
  'personnel',
  'autres',
  'contributions-en-nature',
] as const;
export type ChargeCategoryId = (typeof CHARGE_CATEGORY_IDS)[number];

export const PRODUIT_CATEGORY_IDS = [
  'subvention',
  'budget-interne',
  'partenariat',
  'billetterie',
  'autres',
  'contributions-en-nature',
] as const;
export type ProduitCategoryId = (typeof PRODUIT_CATEGORY_IDS)[number];

export type BudgetCategoryId = ChargeCategoryId | ProduitCategoryId;
export const BUDGET_CATEGORY_IDS = [...new Set<BudgetCategoryId>([...CHARGE_CATEGORY_IDS, ...PRODUIT_CATEGORY_IDS])];

/** Les contributions volontaires en nature (86/87) : valorisées, mais hors des totaux. */
export const IN_KIND_CATEGORY = 'contributions-en-nature' as const satisfies ChargeCategoryId & ProduitCategoryId;

export const CHARGE_CATEGORY_LABELS: Record<ChargeCategoryId, string> = {
  achats: 'Achats',
  intervenants: 'Intervenants',
  deplacements: 'Déplacements et frais de mission',
  communication: 'Communication',
  location: 'Location du lieu',
  prestations: 'Prestations (régie, sécurité, visio)',
  personnel: 'Charges de personnel',
  autres: 'Autres charges',
  'contributions-en-nature': 'Contributions volontaires en nature',
};

export const PRODUIT_CATEGORY_LABELS: Record<ProduitCategoryId, string> = {
  subvention: 'Subvention',
  'budget-interne': "Budget interne d'un co-organisateur",
  partenariat: 'Partenariat, mécénat',
  billetterie: 'Billetterie',
  autres: 'Autres produits',
  'contributions-en-nature': 'Contributions volontaires en nature',
};

/**
 * Rubrique de chaque catégorie. Choix de correspondance :
 * - prestations (régie, sécurité, visio) → 60 : le formulaire range les « prestations de
 *   services » sous Achats, et non sous 61 qui ne garde que locations, entretien, assurance ;
 * - intervenants → 62 « rémunérations intermédiaires et honoraires » ; communication → 62
 *   « publicité, publication » ; déplacements et hébergement → 62 « déplacements, missions » ;
 * - personnel → 64 : le coût journalier est un coût chargé (salaire et charges sociales) ;
 * - autres charges → 65 par défaut, ou la rubrique de leur sous-catégorie (63, 66, 67, 68) ;
 * - partenariat, mécénat → 75 (dons) ; une fondation qui subventionne va en 74 ;
 * - budget interne → ressources propres affectées au projet.
 */
export const CHARGE_CATEGORY_CERFA_CODES: Record<ChargeCategoryId, ChargeCerfaCode> = {
  achats: '60',
  intervenants: '62',
  deplacements: '62',
  communication: '62',
  location: '61',
  prestations: '60',
  personnel: '64',
  autres: '65',
  'contributions-en-nature': '86',
};

export const PRODUIT_CATEGORY_CERFA_CODES: Record<ProduitCategoryId, ProduitCerfaCode> = {
  subvention: '74',
  'budget-interne': 'ressources-propres',
  partenariat: '75',
  billetterie: '70',
  autres: '75',
  'contributions-en-nature': '87',
};

export const SUB_CATEGORY_IDS = [
  'restauration',
  'fournitures',
  'mesures-sanitaires',
  'transport',
  'hebergement',
  'repas-mission',
  'impression',
  'signaletique',
  'campagne',
  'salle',
  'materiel',
  'regie',
  'securite',
  'visio',
  'impots-taxes',
  'gestion-courante',
  'charges-financieres',
  'charges-exceptionnelles',
  'dotations',
  'ventes',
  'dotations-tarification',
  'cotisations-dons',
  'produits-financiers',
  'produits-exceptionnels',
  'reprises',
  'benevolat',
  'mise-a-disposition',
  'prestations-en-nature',
  'dons-en-nature',
] as const;
export type SubCategoryId = (typeof SUB_CATEGORY_IDS)[number];

export const SUB_CATEGORY_LABELS: Record<SubCategoryId, string> = {
  restauration: 'Restauration (repas, café, collations)',
  fournitures: 'Fournitures et petit matériel',
  'mesures-sanitaires': 'Mesures sanitaires (gel, masques…)',
  transport: 'Transport',
  hebergement: 'Hébergement',
  'repas-mission': 'Repas en déplacement',
  impression: 'Mise en page et impression',
  signaletique: 'Signalétique, kakémonos',
  campagne: 'Campagne, mailing, publicité',
  salle: 'Salle',
  materiel: 'Matériel (mobilier, sonorisation…)',
  regie: 'Régie',
  securite: 'Sécurité',
  visio: 'Visioconférence (licence)',
  'impots-taxes': 'Impôts et taxes',
  'gestion-courante': 'Autres charges de gestion courante',
  'charges-financieres': 'Charges financières',
  'charges-exceptionnelles': 'Charges exceptionnelles',
  dotations: 'Dotations aux amortissements et provisions',
  ventes: 'Ventes (repas, publications…)',
  'dotations-tarification': 'Dotations et produits de tarification',
  'cotisations-dons': 'Cotisations, dons manuels',
  'produits-financiers': 'Produits financiers',
  'produits-exceptionnels': 'Produits exceptionnels',
  reprises: 'Reprises sur amortissements et provisions',
  benevolat: 'Bénévolat',
  'mise-a-disposition': 'Mise à disposition gratuite de locaux, biens ou services',
  'prestations-en-nature': 'Prestations en nature',
  'dons-en-nature': 'Dons en nature',
};

export const CHARGE_SUB_CATEGORIES: Record<ChargeCategoryId, readonly SubCategoryId[]> = {
  achats: ['restauration', 'fournitures', 'mesures-sanitaires'],
  intervenants: [],
  deplacements: ['transport', 'hebergement', 'repas-mission'],
  communication: ['impression', 'signaletique', 'campagne'],
  location: ['salle', 'materiel'],
  prestations: ['regie', 'securite', 'visio'],
  personnel: [],
  autres: ['impots-taxes', 'gestion-courante', 'charges-financieres', 'charges-exceptionnelles', 'dotations'],
  'contributions-en-nature': ['benevolat', 'mise-a-disposition', 'prestations-en-nature'],
};

/* Un local prêté gratuitement est, côté produits (87), une prestation en nature. */
export const PRODUIT_SUB_CATEGORIES: Record<ProduitCategoryId, readonly SubCategoryId[]> = {
  subvention: [],
  'budget-interne': [],
  partenariat: [],
  billetterie: [],
  autres: ['ventes', 'dotations-tarification', 'cotisations-dons', 'produits-financiers', 'produits-exceptionnels', 'reprises'],
  'contributions-en-nature': ['benevolat', 'prestations-en-nature', 'dons-en-nature'],
};

/** Sous-catégories qui ont leur propre rubrique : elle prime sur celle de la catégorie. */
export const SUB_CATEGORY_CERFA_CODES: Partial<Record<SubCategoryId, CerfaCode>> = {
  'impots-taxes': '63',
  'gestion-courante': '65',
  'charges-financieres': '66',
  'charges-exceptionnelles': '67',
  dotations: '68',
  ventes: '70',
  'dotations-tarification': '73',
  'cotisations-dons': '75',
  'produits-financiers': '76',
  'produits-exceptionnels': '77',
  reprises: '78',
};

/** Une catégorie rattachée à son type de ligne : le type seul dit quelles catégories valent. */
export type CategoryRef =
  | { readonly kind: 'charge'; readonly category: ChargeCategoryId }
  | { readonly kind: 'produit'; readonly category: ProduitCategoryId };

export function isChargeCategory(value: unknown): value is ChargeCategoryId {
  return CHARGE_CATEGORY_IDS.some((id) => id === value);
}

export function isProduitCategory(value: unknown): value is ProduitCategoryId {
  return PRODUIT_CATEGORY_IDS.some((id) => id === value);
}

export function isCategoryOfKind(kind: BudgetKind, category: unknown): boolean {
  return kind === 'charge' ? isChargeCategory(category) : isProduitCategory(category);
}

export function categoryLabel(ref: CategoryRef): string {
  return ref.kind === 'charge' ? CHARGE_CATEGORY_LABELS[ref.category] : PRODUIT_CATEGORY_LABELS[ref.category];
}

export function subCategoriesOf(ref: CategoryRef): readonly SubCategoryId[] {
  return ref.kind === 'charge' ? CHARGE_SUB_CATEGORIES[ref.category] : PRODUIT_SUB_CATEGORIES[ref.category];
}

/** La rubrique d'une ligne : celle de sa sous-catégorie si elle en a une, sinon celle de sa catégorie. */
export function cerfaCodeOf(ref: CategoryRef & { readonly subCategory?: SubCategoryId | null }): CerfaCode {
  const sub = ref.subCategory;
  const own = sub && subCategoriesOf(ref).includes(sub) ? SUB_CATEGORY_CERFA_CODES[sub] : undefined;
  if (own) return own;
  return ref.kind === 'charge' ? CHARGE_CATEGORY_CERFA_CODES[ref.category] : PRODUIT_CATEGORY_CERFA_CODES[ref.category];
}
