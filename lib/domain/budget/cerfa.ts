/*
 * Les rubriques du compte rendu financier de subvention (Cerfa n° 15059), dans l'ordre
 * du formulaire. Les financeurs lisent le budget avec ces codes : chaque catégorie de
 * Trame y est rattachée (voir categories.ts).
 */

export const BUDGET_KINDS = ['charge', 'produit'] as const;
export type BudgetKind = (typeof BUDGET_KINDS)[number];

export const BUDGET_KIND_LABELS: Record<BudgetKind, string> = {
  charge: 'Charge',
  produit: 'Produit',
};

export const CHARGE_CERFA_CODES = ['60', '61', '62', '63', '64', '65', '66', '67', '68', '86'] as const;
export type ChargeCerfaCode = (typeof CHARGE_CERFA_CODES)[number];

/**
 * « Ressources propres affectées au projet » n'a pas de numéro de compte : le formulaire
 * la présente à part, avant les contributions en nature. C'est là que va le budget
 * interne des co-organisateurs.
 */
export const PRODUIT_CERFA_CODES = ['70', '73', '74', '75', '76', '77', '78', 'ressources-propres', '87'] as const;
export type ProduitCerfaCode = (typeof PRODUIT_CERFA_CODES)[number];

export type CerfaCode = ChargeCerfaCode | ProduitCerfaCode;

export const CERFA_CODE_LABELS: Record<CerfaCode, string> = {
  '60': '60 – Achats',
  '61': '61 – Services extérieurs',
  '62': '62 – Autres services extérieurs',
  '63': '63 – Impôts et taxes',
  '64': '64 – Charges de personnel',
  '65': '65 – Autres charges de gestion courante',
  '66': '66 – Charges financières',
  '67': '67 – Charges exceptionnelles',
  '68': '68 – Dotations aux amortissements et provisions',
  '86': '86 – Emplois des contributions volontaires en nature',
  '70': '70 – Ventes de produits finis, de marchandises, prestations de services',
  '73': '73 – Dotations et produits de tarification',
  '74': "74 – Subventions d'exploitation",
  '75': '75 – Autres produits de gestion courante',
  '76': '76 – Produits financiers',
  '77': '77 – Produits exceptionnels',
  '78': '78 – Reprises sur amortissements et provisions',
  'ressources-propres': 'Ressources propres affectées au projet',
  '87': '87 – Contributions volontaires en nature',
};

/**
 * Types de financeurs, tels que la rubrique 74 les détaille. « Organismes sociaux » et
 * « Autres établissements publics » viennent du formulaire : CAF et caisses de retraite
 * financent souvent l'inclusion numérique. L'ANCT, opérateur de l'État, va avec l'État.
 */
export const FUNDER_TYPES = [
  'etat',
  'region',
  'departement',
  'epci',
  'commune',
  'organismes-sociaux',
  'fonds-europeens',
  'autres-etablissements-publics',
  'fondations-aides-privees',
] as const;
export type FunderType = (typeof FUNDER_TYPES)[number];

export const FUNDER_TYPE_LABELS: Record<FunderType, string> = {
  etat: 'État (ministères, ANCT…)',
  region: 'Région',
  departement: 'Département',
  epci: 'Intercommunalité (EPCI)',
  commune: 'Commune',
  'organismes-sociaux': 'Organismes sociaux (CAF, caisses de retraite…)',
  'fonds-europeens': 'Fonds européens (FSE, FEDER…)',
  'autres-etablissements-publics': 'Autres établissements publics',
  'fondations-aides-privees': 'Fondations et aides privées',
};

export function isFunderType(value: unknown): value is FunderType {
  return FUNDER_TYPES.some((type) => type === value);
}
