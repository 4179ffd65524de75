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
  // Calculée depuis la catégorie : écrite pour le lecteur, ignorée à l'import.
  { id: 'cerfaCode', header: 'Rubrique du compte rendu (Cerfa 15059)', type: 'text' },
] as const satisfies readonly { id: string; header: string; type: TransferColumnType }[];

export type TransferColumn = (typeof TRANSFER_COLUMNS)[number];
export type TransferColumnId = TransferColumn['id'];

/** Les colonnes sans lesquelles un fichier ne peut pas être importé. */
export const REQUIRED_TRANSFER_COLUMNS: readonly TransferColumnId[] = ['kind', 'category', 'label', 'forecast'];

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
    forecast: line.forecastCents,
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

export type HeaderMapping = {
  /** La colonne de chaque cellule de l'en-tête, `null` pour une colonne inconnue (ignorée). */
  readonly columns: readonly (TransferColumnId | null)[];
  readonly missing: readonly TransferColumnId[];
};

/** Reconnaît les colonnes par leur en-tête (ou leur identifiant), dans n'importe quel ordre. */
export function mapHeaders(headers: readonly string[]): HeaderMapping {
  const columns = headers.map((header) => {
    const wanted = normaliseForMatch(header);
    const found = TRANSFER_COLUMNS.find(
      (column) => normaliseForMatch(column.header) === wanted || normaliseForMatch(column.id) === wanted,
    );
    return found && !IGNORED_ON_IMPORT.includes(found.id) ? found.id : null;
  });
  return { columns, missing: REQUIRED_TRANSFER_COLUMNS.filter((id) => !columns.includes(id)) };
}
