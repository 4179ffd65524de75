import { CERFA_CODE_LABELS, BUDGET_KIND_LABELS, FUNDER_TYPE_LABELS } from './cerfa';
import { SUB_CATEGORY_LABELS, categoryLabel, cerfaCodeOf } from './categories';
import type { BudgetLineDraft } from './line';

/*
 * Les colonnes des fichiers CSV et XLSX du budget, dans l'ordre du fichier. L'export et
 * l'import partagent cette table : ce qui sort se relit à l'identique.
 */

export type TransferColumnType = 'text' | 'money' | 'quantity';

export const TRANSFER_COLUMNS = [
  { id: 'kind', header: 'Type', type: 'text' },
  { id: 'category', header: 'Catégorie', type: 'text' },
  { id: 'subCategory', header: 'Sous-catégorie', type: 'text' },
  { id: 'label', header: 'Libellé', type: 'text' },
  { id: 'forecast', header: 'Prévisionnel (€)', type: 'money' },
  { id: 'actual', header: 'Réalisé (€)', type: 'money' },
  { id: 'inKind', header: 'En nature', type: 'text' },
  { id: 'organisation', header: 'Co-organisateur (payeur ou bénéficiaire)', type: 'text' },
  { id: 'supplier', header: 'Fournisseur', type: 'text' },
  { id: 'funderName', header: 'Financeur', type: 'text' },
  { id: 'funderType', header: 'Type de financeur', type: 'text' },
  { id: 'paymentReference', header: 'Référence de paiement (n° de mandat)', type: 'text' },
  { id: 'paymentMonth', header: 'Mois de paiement (AAAA-MM)', type: 'text' },
  { id: 'quantity', header: 'Quantité', type: 'quantity' },
  { id: 'unitPrice', header: 'Prix unitaire (€)', type: 'money' },
  { id: 'personnelWho', header: 'Personnel : personne ou organisation', type: 'text' },
  { id: 'personnelDays', header: 'Personnel : jours', type: 'quantity' },
  { id: 'personnelDailyCost', header: 'Personnel : coût journalier (€)', type: 'money' },
  { id: 'explanation', header: 'Explication de l’écart', type: 'text' },
  { id: 'note', header: 'Note', type: 'text' },
  // La subvention d'un produit (grant.ts, schéma SCDL « subventions »).
  { id: 'grantReference', header: 'Subvention : référence de la convention', type: 'text' },
  { id: 'grantAgreementDate', header: 'Subvention : date de la convention (AAAA-MM-JJ)', type: 'text' },
  { id: 'grantAmount', header: 'Subvention : montant accordé (€)', type: 'money' },
  { id: 'grantEuCofinanced', header: 'Subvention : cofinancement européen', type: 'text' },
  // Calculée depuis la catégorie : écrite pour le lecteur, ignorée à l'import.
  { id: 'cerfaCode', header: 'Rubrique du compte rendu (Cerfa 15059)', type: 'text' },
] as const satisfies readonly { id: string; header: string; type: TransferColumnType }[];

export type TransferColumn = (typeof TRANSFER_COLUMNS)[number];
export type TransferColumnId = TransferColumn['id'];

/**
 * Les colonnes sans lesquelles un fichier ne peut pas être importé : le libellé, et un montant
 * (prévisionnel ou réalisé). Le type vient sinon du nom de la feuille, la catégorie des lignes de
 * titre (voir transfer-layout.ts).
 */
export const REQUIRED_TRANSFER_COLUMNS: readonly TransferColumnId[] = ['label'];
export const AMOUNT_TRANSFER_COLUMNS: readonly TransferColumnId[] = ['forecast', 'actual'];

/**
 * Les autres en-têtes reconnus, tels qu'on les trouve dans un tableau de dépenses fait à la main
 * ou l'annexe d'un bilan (sans « (€) », « en € », « TTC »).
 */
export const TRANSFER_ALIASES: Partial<Record<TransferColumnId, readonly string[]>> = {
  kind: ['type de ligne', 'nature'],
  category: ['catégorie', 'rubrique', 'catégorie de dépense', 'type de dépense', 'poste budgétaire'],
  label: ['libellé', 'intitulé', 'désignation', 'poste', 'poste de dépense', 'dépense', 'dépenses', 'description', 'objet', 'charges', 'produits'],
  forecast: ['prévisionnel', 'prévu', 'budget prévisionnel', 'montant prévisionnel', 'montant prévu', 'budget', 'bp'],
  actual: ['réalisé', 'montant réalisé', 'réel', 'montant réel', 'dépensé', 'montant', 'montant payé', 'coût réel', 'réalisation'],
  organisation: ['co-organisateur', 'payeur', 'payé par', 'porté par', 'financé par'],
  supplier: ['fournisseur', 'prestataire', 'bénéficiaire du paiement'],
  paymentReference: ['référence', 'référence de paiement', 'n° de mandat', 'numéro de mandat', 'mandat', 'n° de facture', 'facture'],
  paymentMonth: ['mois de paiement', 'mois', 'date de paiement', 'date du paiement', 'date de la dépense', 'date', 'période'],
  personnelWho: ['personne', 'agent', 'qui'],
  personnelDays: ['jours', 'nombre de jours', 'nb de jours', 'nb jours'],
  personnelDailyCost: ['coût journalier', 'coût jour', 'coût par jour', 'tarif journalier'],
  explanation: ['explication', 'explication de l’écart', 'justification de l’écart', 'justification'],
  note: ['note', 'commentaire', 'commentaires', 'observations', 'remarques'],
};

export const IGNORED_ON_IMPORT: readonly TransferColumnId[] = ['cerfaCode'];

export function columnHeader(id: TransferColumnId): string {
  return TRANSFER_COLUMNS.find((column) => column.id === id)?.header ?? id;
}

export type TransferOrganisation = { readonly id: string; readonly name: string };
export type TransferContext = { readonly organisations: readonly TransferOrganisation[] };

/** Texte brut (neutralisé par l'écrivain), centimes pour les montants, nombre pour les quantités. */
export type TransferValue = string | number | null;

export const YES = 'oui';
export const NO = 'non';

/** Une ligne de budget, colonne par colonne, avant mise en forme CSV ou XLSX. */
export function lineToTransferValues(line: BudgetLineDraft, context: TransferContext): Record<TransferColumnId, TransferValue> {
  const organisationId = line.kind === 'charge' ? line.payerOrganisationId : line.receiverOrganisationId;
  const organisation = context.organisations.find((candidate) => candidate.id === organisationId);
  return {
    kind: BUDGET_KIND_LABELS[line.kind],
    category: categoryLabel(line),
    subCategory: line.subCategory ? SUB_CATEGORY_LABELS[line.subCategory] : '',
    label: line.label,
    // Une ligne non prévue garde sa case vide : relue, elle reste non prévue.
    forecast: line.unplanned ? null : line.forecastCents,
    actual: line.actualCents,
    inKind: line.inKind ? YES : NO,
    organisation: organisation?.name ?? '',
    supplier: line.supplier ?? '',
    funderName: line.funderName ?? '',
    funderType: line.funderType ? FUNDER_TYPE_LABELS[line.funderType] : '',
    paymentReference: line.paymentReference ?? '',
    paymentMonth: line.paymentMonth ?? '',
    quantity: line.quantity ?? null,
    unitPrice: line.unitPriceCents ?? null,
    personnelWho: line.personnel?.who ?? '',
    personnelDays: line.personnel?.days ?? null,
    personnelDailyCost: line.personnel?.dailyCostCents ?? null,
    explanation: line.explanation ?? '',
    note: line.note ?? '',
    grantReference: line.grant?.reference ?? '',
    grantAgreementDate: line.grant?.agreementDate ?? '',
    grantAmount: line.grant?.amountCents ?? null,
    grantEuCofinanced: line.grant ? (line.grant.euCofinanced ? YES : NO) : '',
    cerfaCode: CERFA_CODE_LABELS[cerfaCodeOf(line)],
  };
}

/** Pour comparer des en-têtes saisis à la main : casse, accents, apostrophes et espaces ignorés. */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('fr-FR');
}

/** Un en-tête sans unité : « Réalisé (€) », « Montant TTC », « Prévu en € » → « réalisé », « montant », « prévu ». */
function headerKey(text: string): string {
  return normaliseForMatch(text)
    .replace(/\((€|eur|euros?|en €|ttc|ht|aaaa-mm)\)/g, ' ')
    .replace(/\s(en )?(€|euros?|ttc|ht)$/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type HeaderMapping = {
  /** La colonne de chaque cellule de l'en-tête, `null` pour une colonne inconnue (ignorée). */
  readonly columns: readonly (TransferColumnId | null)[];
  /** Le libellé s'il manque ; « forecast » et « actual » quand aucun montant n'est là. */
  readonly missing: readonly TransferColumnId[];
};

/**
 * Reconnaît les colonnes par leur en-tête exact (ou identifiant), puis par un autre nom usuel,
 * dans n'importe quel ordre ; une colonne n'est prise qu'une fois (la première).
 */
export function mapHeaders(headers: readonly string[]): HeaderMapping {
  const keys = headers.map(headerKey);
  const taken = new Set<TransferColumnId>();
  const columns: (TransferColumnId | null)[] = keys.map((key) => {
    const found = TRANSFER_COLUMNS.find((column) => headerKey(column.header) === key || normaliseForMatch(column.id) === key);
    if (!found) return null;
    taken.add(found.id);
    return IGNORED_ON_IMPORT.includes(found.id) ? null : found.id;
  });
  keys.forEach((key, index) => {
    if (columns[index] !== null || key === '') return;
    if (TRANSFER_COLUMNS.some((column) => headerKey(column.header) === key)) return;
    const alias = TRANSFER_COLUMNS.find(
      (column) => !taken.has(column.id) && (TRANSFER_ALIASES[column.id] ?? []).some((name) => headerKey(name) === key),
    );
    if (alias) {
      taken.add(alias.id);
      columns[index] = alias.id;
    }
  });
  const missing = REQUIRED_TRANSFER_COLUMNS.filter((id) => !columns.includes(id));
  if (!AMOUNT_TRANSFER_COLUMNS.some((id) => columns.includes(id))) missing.push(...AMOUNT_TRANSFER_COLUMNS);
  return { columns, missing };
}
