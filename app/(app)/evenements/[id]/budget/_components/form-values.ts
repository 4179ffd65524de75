import { IN_KIND_CATEGORY, type BudgetKind } from '@/lib/domain/budget';
import { formatEurosInput, formatQuantity } from '@/lib/domain/budget/decimal-input';
import type { SaveBudgetLineInput } from '@/lib/schemas/budget';
import type { BudgetLineDto } from '@/lib/server/queries/budget';

export type LineFormValues = Required<Omit<SaveBudgetLineInput, 'lineId' | 'version'>> & Pick<SaveBudgetLineInput, 'lineId' | 'version'>;

const EMPTY = {
  subCategory: '',
  label: '',
  forecast: '',
  actual: '',
  organisationId: '',
  funderName: '',
  funderType: '',
  grantReference: '',
  grantAgreementDate: '',
  grantAmount: '',
  grantEuCofinanced: false,
  supplier: '',
  paymentReference: '',
  paymentMonth: '',
  quantity: '',
  unitPrice: '',
  personnelWho: '',
  personnelDays: '',
  personnelDailyCost: '',
  explanation: '',
  note: '',
};

/** The form's text values for a new line or an existing one (amounts written « 1 234,56 »). */
export function lineFormValues(eventId: string, kind: BudgetKind, inKind: boolean, line?: BudgetLineDto): LineFormValues {
  if (!line) return { eventId, kind, category: inKind ? IN_KIND_CATEGORY : '', ...EMPTY };
  const organisationId = line.kind === 'charge' ? line.payerOrganisationId : line.receiverOrganisationId;
  return {
    eventId,
    lineId: line.id,
    version: line.version,
    kind: line.kind,
    category: line.category,
    subCategory: line.subCategory ?? '',
    label: line.label,
    // A line not forecast keeps its blank forecast: saving it again keeps it « non prévu ».
    forecast: line.unplanned ? '' : formatEurosInput(line.forecastCents),
    actual: line.actualCents === null ? '' : formatEurosInput(line.actualCents),
    organisationId: organisationId ?? '',
    funderName: line.funderName ?? '',
    funderType: line.funderType ?? '',
    grantReference: (line.kind === 'produit' ? line.grant?.reference : null) ?? '',
    grantAgreementDate: (line.kind === 'produit' ? line.grant?.agreementDate : null) ?? '',
    grantAmount: line.kind === 'produit' && line.grant?.amountCents != null ? formatEurosInput(line.grant.amountCents) : '',
    grantEuCofinanced: line.kind === 'produit' ? (line.grant?.euCofinanced ?? false) : false,
    supplier: line.supplier ?? '',
    paymentReference: line.paymentReference ?? '',
    paymentMonth: line.paymentMonth ?? '',
    quantity: line.quantity == null ? '' : formatQuantity(line.quantity),
    unitPrice: line.unitPriceCents == null ? '' : formatEurosInput(line.unitPriceCents),
    personnelWho: line.personnel?.who ?? '',
    personnelDays: line.personnel ? formatQuantity(line.personnel.days) : '',
    personnelDailyCost: line.personnel ? formatEurosInput(line.personnel.dailyCostCents) : '',
    explanation: line.explanation ?? '',
    note: line.note ?? '',
  };
}

/** Personnel days × daily cost: salaried time, or volunteer time valued in kind. */
export function allowsPersonnel(kind: BudgetKind, category: string, subCategory: string): boolean {
  return (kind === 'charge' && category === 'personnel') || (category === IN_KIND_CATEGORY && subCategory === 'benevolat');
}
