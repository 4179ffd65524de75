import type { z } from 'zod';
import { FUNDER_TYPES, FUNDER_TYPE_LABELS, type BudgetKind } from './cerfa';
import {
  CHARGE_CATEGORY_IDS,
  CHARGE_CATEGORY_LABELS,
  IN_KIND_CATEGORY,
  PRODUIT_CATEGORY_IDS,
  PRODUIT_CATEGORY_LABELS,
  SUB_CATEGORY_IDS,
  SUB_CATEGORY_LABELS,
} from './categories';
import { parseQuantity, spreadsheetNumberToText } from './decimal-input';
import type { BudgetLineDraft } from './line';
import { parseEuros } from './money';
import { budgetLineSchema } from './schemas';
import { wallClockText, type SpreadsheetCell } from '@/lib/domain/text/spreadsheet-cells';
import { parseFrenchMonth } from '@/lib/domain/dates/months';
import { restoreNeutralised } from '@/lib/domain/text/spreadsheet-safe';
import { NO, YES, columnHeader, normaliseForMatch, type TransferColumnId, type TransferContext } from './transfer-columns';

/*
 * Une ligne d'un fichier importé → une ligne de budget validée par `budgetLineSchema`,
 * ou la liste de ses problèmes, chacun rattaché à sa colonne.
 */

/** Ce qu'une cellule peut contenir : texte (CSV), ou nombre, date, booléen (XLSX). */
export type CellValue = SpreadsheetCell;
export type TransferCells = Partial<Record<TransferColumnId, CellValue>>;

export type TransferParseResult =
  | { readonly ok: true; readonly line: BudgetLineDraft }
  | { readonly ok: false; readonly problems: readonly string[] };

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return spreadsheetNumberToText(value);
  if (typeof value === 'boolean') return value ? YES : NO;
  if (value instanceof Date) return wallClockText(value);
  return restoreNeutralised(value);
}

/** Cherche une valeur parmi des identifiants et leurs libellés, à la casse et aux accents près. */
function lookup<T extends string>(text: string, ids: readonly T[], labels: Record<T, string>): T | null {
  const wanted = normaliseForMatch(text);
  return ids.find((id) => normaliseForMatch(id) === wanted || normaliseForMatch(labels[id]) === wanted) ?? null;
}

function parseKind(text: string): BudgetKind | null {
  const wanted = normaliseForMatch(text).replace(/s$/, '');
  return wanted === 'charge' || wanted === 'produit' ? wanted : null;
}

/** Le mois « AAAA-MM » d'une cellule (date XLSX, « août-24 », « 08/2024 »…), '' si vide, `null` si illisible. */
function parseMonth(value: CellValue | undefined): string | null {
  if (value instanceof Date) return `${value.getUTCFullYear()}-${String(value.getUTCMonth() + 1).padStart(2, '0')}`;
  const text = cellText(value).trim();
  if (text === '') return '';
  return parseFrenchMonth(text);
}

type Problems = string[];

function problem(problems: Problems, column: TransferColumnId, message: string): void {
  problems.push(`« ${columnHeader(column)} » : ${message}`);
}

function money(cells: TransferCells, column: TransferColumnId, problems: Problems): number | null | undefined {
  const text = cellText(cells[column]).trim();
  if (text.length === 0) return null;
  const parsed = parseEuros(text);
  if (parsed.ok) return parsed.value;
  problem(problems, column, parsed.message);
  return undefined;
}

function quantity(cells: TransferCells, column: TransferColumnId, problems: Problems): number | null | undefined {
  const text = cellText(cells[column]).trim();
  if (text.length === 0) return null;
  const parsed = parseQuantity(text);
  if (parsed.ok) return parsed.value;
  problem(problems, column, parsed.message);
  return undefined;
}

/** Les champs de `budgetLineSchema` et la colonne du fichier où corriger chacun. */
const COLUMN_OF_FIELD: Record<string, TransferColumnId> = {
  kind: 'kind',
  category: 'category',
  subCategory: 'subCategory',
  label: 'label',
  forecastCents: 'forecast',
  actualCents: 'actual',
  unplanned: 'forecast',
  inKind: 'inKind',
  payerOrganisationId: 'organisation',
  receiverOrganisationId: 'organisation',
  funderName: 'funderName',
  funderType: 'funderType',
  personnel: 'personnelDays',
  'personnel.days': 'personnelDays',
  'personnel.dailyCostCents': 'personnelDailyCost',
  'personnel.who': 'personnelWho',
  quantity: 'quantity',
  unitPriceCents: 'unitPrice',
  explanation: 'explanation',
  supplier: 'supplier',
  paymentReference: 'paymentReference',
  paymentMonth: 'paymentMonth',
  note: 'note',
  grant: 'grantReference',
  'grant.reference': 'grantReference',
  'grant.agreementDate': 'grantAgreementDate',
  'grant.amountCents': 'grantAmount',
};

/** La date d'une convention : « AAAA-MM-JJ », « JJ/MM/AAAA » ou une date XLSX ; '' si vide, `null` si illisible. */
function parseAgreementDate(value: CellValue | undefined): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = cellText(value).trim();
  if (text === '' || /^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return french ? `${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}` : null;
}

/** Ce que la mise en page donne quand la ligne ne le dit pas : le type de la feuille, la catégorie du titre au-dessus. */
export type LineDefaults = { readonly kind?: BudgetKind; readonly category?: string | null };

export function cellsToBudgetLine(cells: TransferCells, context: TransferContext, defaults: LineDefaults = {}): TransferParseResult {
  const problems: Problems = [];
  const written = (column: TransferColumnId) => cellText(cells[column]).trim();
  const text = (column: TransferColumnId) => {
    const value = written(column);
    if (value !== '') return value;
    if (column === 'kind' && defaults.kind) return defaults.kind;
    if (column === 'category' && defaults.category) return defaults.category;
    return value;
  };

  const kind = parseKind(text('kind'));
  if (!kind) problem(problems, 'kind', 'indiquez « Charge » ou « Produit ».');
  const categoryText = text('category');
  const category = kind
    ? kind === 'charge'
      ? lookup(categoryText, CHARGE_CATEGORY_IDS, CHARGE_CATEGORY_LABELS)
      : lookup(categoryText, PRODUIT_CATEGORY_IDS, PRODUIT_CATEGORY_LABELS)
    : null;
  if (kind && !category && categoryText === '') {
    problem(problems, 'category', 'catégorie manquante : remplissez la colonne, ou placez au-dessus une ligne de titre de catégorie (« Frais de personnel », « Communication »…) sans montant.');
  } else if (kind && !category) {
    problem(problems, 'category', `catégorie inconnue pour ${kind === 'charge' ? 'une charge' : 'un produit'} : « ${categoryText} ».`);
  }
  const subCategoryText = text('subCategory');
  const subCategory = subCategoryText ? lookup(subCategoryText, SUB_CATEGORY_IDS, SUB_CATEGORY_LABELS) : null;
  if (subCategoryText && !subCategory) problem(problems, 'subCategory', `sous-catégorie inconnue : « ${subCategoryText} ».`);
  const funderTypeText = text('funderType');
  const funderType = funderTypeText ? lookup(funderTypeText, FUNDER_TYPES, FUNDER_TYPE_LABELS) : null;
  if (funderTypeText && !funderType) problem(problems, 'funderType', `type de financeur inconnu : « ${funderTypeText} ».`);

  const inKindText = normaliseForMatch(text('inKind'));
  const inKind = inKindText === '' ? category === IN_KIND_CATEGORY : inKindText === YES ? true : inKindText === NO ? false : null;
  if (inKind === null) problem(problems, 'inKind', 'indiquez « oui » ou « non ».');

  const organisationName = text('organisation');
  const organisation = organisationName
    ? context.organisations.find((candidate) => normaliseForMatch(candidate.name) === normaliseForMatch(organisationName))
    : undefined;
  if (organisationName && !organisation) {
    problem(problems, 'organisation', `« ${organisationName} » n’organise pas cet événement.`);
  }

  const forecastCents = money(cells, 'forecast', problems);
  const actualCents = money(cells, 'actual', problems);
  const unitPriceCents = money(cells, 'unitPrice', problems);
  const dailyCostCents = money(cells, 'personnelDailyCost', problems);
  const quantityValue = quantity(cells, 'quantity', problems);
  const days = quantity(cells, 'personnelDays', problems);
  // Prévisionnel vide et réalisé connu : une ligne non prévue, sans écart à expliquer.
  const unplanned = forecastCents === null && actualCents !== null && actualCents !== undefined;
  if (forecastCents === null && actualCents === null) {
    problem(problems, 'forecast', 'indiquez le montant prévisionnel, ou le réalisé seul pour une ligne non prévue.');
  }
  const paymentMonth = parseMonth(cells.paymentMonth);
  if (paymentMonth === null) {
    problem(problems, 'paymentMonth', `mois illisible « ${cellText(cells.paymentMonth).trim()} » : écrivez par exemple 2024-08, 08/2024, août 2024 ou août-24.`);
  }
  const grantAmountCents = money(cells, 'grantAmount', problems);
  const agreementDate = parseAgreementDate(cells.grantAgreementDate);
  if (agreementDate === null) {
    problem(problems, 'grantAgreementDate', `date illisible « ${cellText(cells.grantAgreementDate).trim()} » : écrivez par exemple 2027-02-15 ou 15/02/2027.`);
  }
  const euText = normaliseForMatch(text('grantEuCofinanced'));
  const euCofinanced = euText === '' || euText === NO ? false : euText === YES ? true : null;
  if (euCofinanced === null) problem(problems, 'grantEuCofinanced', 'indiquez « oui » ou « non ».');
  if (problems.length > 0) return { ok: false, problems };

  const who = text('personnelWho');
  const hasPersonnel = who !== '' || days !== null || dailyCostCents !== null;
  const input = {
    kind,
    category,
    subCategory,
    label: text('label'),
    forecastCents: unplanned ? 0 : forecastCents,
    actualCents,
    unplanned,
    inKind,
    payerOrganisationId: kind === 'charge' ? (organisation?.id ?? null) : null,
    receiverOrganisationId: kind === 'produit' ? (organisation?.id ?? null) : null,
    funderName: text('funderName'),
    funderType,
    grant: kind === 'produit' ? { reference: text('grantReference'), agreementDate, amountCents: grantAmountCents, euCofinanced } : null,
    personnel: hasPersonnel ? { days: days ?? undefined, dailyCostCents: dailyCostCents ?? undefined, who } : null,
    quantity: quantityValue,
    unitPriceCents,
    explanation: text('explanation'),
    supplier: text('supplier'),
    paymentReference: text('paymentReference'),
    paymentMonth,
    note: text('note'),
  };
  const parsed = budgetLineSchema.safeParse(input);
  if (parsed.success) return { ok: true, line: parsed.data };
  return { ok: false, problems: issuesToProblems(parsed.error) };
}

function issuesToProblems(error: z.ZodError): string[] {
  const problems: Problems = [];
  for (const issue of error.issues) {
    const key = issue.path.join('.');
    const column = COLUMN_OF_FIELD[key] ?? COLUMN_OF_FIELD[String(issue.path[0])];
    if (column) problem(problems, column, issue.message);
    else problems.push(issue.message);
  }
  return [...new Set(problems)];
}
