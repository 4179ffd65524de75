import { textField, z } from '@/lib/schemas/zod';
import { BUDGET_KINDS, IN_KIND_CATEGORY, REFERENCE_COSTS, budgetLineSchema, multiplyCents, parseEuros, type BudgetLineDraft } from '@/lib/domain/budget';
import { parseQuantity } from '@/lib/domain/budget/decimal-input';
import { formatCount } from '@/lib/domain/format/french';

/*
 * Saisie d'une ligne de budget dans le formulaire : des textes (« 1 234,56 », « 2,5 »), lus ici
 * puis validés par la règle du domaine (`budgetLineSchema`). Le même schéma sert au formulaire
 * (react-hook-form) et à l'action serveur ; ses erreurs visent les champs du formulaire.
 */

const text = () => textField().default('');

export const budgetLineFormFields = {
  kind: z.enum(BUDGET_KINDS, { error: 'Choisissez « charge » ou « produit ».' }),
  category: text(),
  subCategory: text(),
  label: text(),
  forecast: text(),
  actual: text(),
  /** Le co-organisateur qui paie (charge) ou reçoit (produit). */
  organisationId: text(),
  funderName: text(),
  funderType: text(),
  /** La subvention (SCDL) d'un produit : référence, date de convention, montant total accordé. */
  grantReference: text(),
  grantAgreementDate: text(),
  grantAmount: text(),
  grantEuCofinanced: z.boolean().default(false),
  supplier: text(),
  paymentReference: text(),
  paymentMonth: text(),
  quantity: text(),
  unitPrice: text(),
  personnelWho: text(),
  personnelDays: text(),
  personnelDailyCost: text(),
  explanation: text(),
  note: text(),
};

export type BudgetLineFormField = keyof typeof budgetLineFormFields;
type FormValues = { [K in BudgetLineFormField]: K extends 'kind' ? 'charge' | 'produit' : K extends 'grantEuCofinanced' ? boolean : string };

/** Le champ du formulaire où corriger chaque champ de la règle du domaine. */
const FORM_FIELD_OF: Record<string, BudgetLineFormField> = {
  forecastCents: 'forecast',
  actualCents: 'actual',
  unitPriceCents: 'unitPrice',
  payerOrganisationId: 'organisationId',
  receiverOrganisationId: 'organisationId',
  inKind: 'category',
  personnel: 'personnelDays',
  'personnel.days': 'personnelDays',
  'personnel.dailyCostCents': 'personnelDailyCost',
  'personnel.who': 'personnelWho',
  grant: 'grantReference',
  'grant.reference': 'grantReference',
  'grant.agreementDate': 'grantAgreementDate',
  'grant.amountCents': 'grantAmount',
};

/** Le montant calculé d'une ligne quand la saisie le permet : jours × coût, ou quantité × prix. */
export function derivedForecastCents(values: Pick<FormValues, 'personnelDays' | 'personnelDailyCost' | 'quantity' | 'unitPrice'>): number | null {
  const pairs: [string, string][] = [
    [values.personnelDays, values.personnelDailyCost],
    [values.quantity, values.unitPrice],
  ];
  for (const [count, price] of pairs) {
    const parsedCount = parseQuantity(count);
    const parsedPrice = parseEuros(price);
    if (parsedCount.ok && parsedPrice.ok) return multiplyCents(parsedPrice.value, parsedCount.value);
  }
  return null;
}

function toDraft(form: FormValues, ctx: z.RefinementCtx): BudgetLineDraft | typeof z.NEVER {
  let failed = false;
  const fail = (field: BudgetLineFormField, message: string) => {
    failed = true;
    ctx.addIssue({ code: 'custom', path: [field], message });
  };
  const euros = (field: Exclude<BudgetLineFormField, 'grantEuCofinanced'>): number | null => {
    if (form[field].trim() === '') return null;
    const parsed = parseEuros(form[field]);
    if (!parsed.ok) fail(field, parsed.message);
    return parsed.ok ? parsed.value : null;
  };
  const count = (field: Exclude<BudgetLineFormField, 'grantEuCofinanced'>): number | null => {
    if (form[field].trim() === '') return null;
    const parsed = parseQuantity(form[field]);
    if (!parsed.ok) fail(field, parsed.message);
    return parsed.ok ? parsed.value : null;
  };
  const derivedCents = euros('forecast') ?? (form.forecast.trim() === '' ? derivedForecastCents(form) : null);
  const actualCents = euros('actual');
  // Prévisionnel laissé vide, réalisé saisi : une dépense ou une recette non prévue, sans écart à expliquer.
  const unplanned = derivedCents === null && form.forecast.trim() === '' && actualCents !== null;
  const forecastCents = unplanned ? 0 : derivedCents;
  if (forecastCents === null && form.forecast.trim() === '') {
    fail('forecast', 'Indiquez le montant prévisionnel, ou laissez-le vide et indiquez le réalisé pour une ligne non prévue.');
  }
  const quantity = count('quantity');
  const unitPriceCents = euros('unitPrice');
  const days = count('personnelDays');
  const dailyCostCents = euros('personnelDailyCost');
  const grantAmountCents = euros('grantAmount');
  if (failed) return z.NEVER;

  const hasPersonnel = form.personnelWho.trim() !== '' || days !== null || dailyCostCents !== null;
  const organisationId = form.organisationId || null;
  const parsed = budgetLineSchema.safeParse({
    kind: form.kind,
    category: form.category,
    subCategory: form.subCategory || null,
    label: form.label,
    forecastCents,
    actualCents,
    unplanned,
    inKind: form.category === IN_KIND_CATEGORY,
    payerOrganisationId: form.kind === 'charge' ? organisationId : null,
    receiverOrganisationId: form.kind === 'produit' ? organisationId : null,
    funderName: form.funderName,
    funderType: form.funderType || null,
    grant:
      form.kind === 'produit'
        ? { reference: form.grantReference, agreementDate: form.grantAgreementDate, amountCents: grantAmountCents, euCofinanced: form.grantEuCofinanced }
        : null,
    personnel: hasPersonnel ? { days: days ?? undefined, dailyCostCents: dailyCostCents ?? undefined, who: form.personnelWho } : null,
    quantity,
    unitPriceCents,
    explanation: form.explanation,
    supplier: form.supplier,
    paymentReference: form.paymentReference,
    paymentMonth: form.paymentMonth,
    note: form.note,
  });
  if (parsed.success) return parsed.data;
  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.');
    const field = FORM_FIELD_OF[key] ?? FORM_FIELD_OF[String(issue.path[0])] ?? (String(issue.path[0] ?? 'label') as BudgetLineFormField);
    if (seen.has(field)) continue;
    seen.add(field);
    ctx.addIssue({ code: 'custom', path: [field], message: issue.message });
  }
  return z.NEVER;
}

const eventIdSchema = z.uuid({ error: 'Événement inconnu.' });
const lineIdSchema = z.uuid({ error: 'Ligne de budget inconnue.' });

const saveBudgetLineFields = z.object({
  eventId: eventIdSchema,
  lineId: lineIdSchema.optional(),
  version: z.number().int().positive().optional(),
  ...budgetLineFormFields,
});

/** Créer (sans `lineId`) ou modifier une ligne ; `version` protège d'une modification concurrente. */
export const saveBudgetLineSchema = saveBudgetLineFields.transform((input, ctx) => {
  const { eventId, lineId, version, ...form } = input;
  const line = toDraft(form, ctx);
  return { eventId, lineId, version, line: line as BudgetLineDraft };
});

/**
 * Les mêmes règles pour le formulaire, qui garde ses textes : react-hook-form transmet à l'action
 * ce que renvoie son schéma, et l'action attend la saisie, pas la ligne déjà convertie.
 */
export const budgetLineFormSchema = saveBudgetLineFields.superRefine((input, ctx) => {
  toDraft(input, ctx);
});
export type SaveBudgetLineInput = z.input<typeof saveBudgetLineSchema>;

export const deleteBudgetLineSchema = z.object({ eventId: eventIdSchema, lineId: lineIdSchema });

export const applyInternalBudgetSchema = z.object({ eventId: eventIdSchema });

const REFERENCE_COST_IDS = REFERENCE_COSTS.map((reference) => reference.id) as [
  (typeof REFERENCE_COSTS)[number]['id'],
  ...(typeof REFERENCE_COSTS)[number]['id'][],
];

export const MAX_PARTICIPANTS = 100_000;

export const addReferenceCostsSchema = z.object({
  eventId: eventIdSchema,
  participants: z
    .number({ error: 'Indiquez le nombre de participants attendus.' })
    .int({ error: 'Indiquez un nombre entier de participants.' })
    .min(1, { error: 'Indiquez au moins 1 participant.' })
    .max(MAX_PARTICIPANTS, { error: `Indiquez au plus ${formatCount(MAX_PARTICIPANTS)} participants.` }),
  referenceIds: z
    .array(z.enum(REFERENCE_COST_IDS, { error: 'Ce coût de référence n’existe pas.' }))
    .min(1, { error: 'Cochez au moins une ligne à ajouter.' }),
  payerOrganisationId: textField().default(''),
});

export const BUDGET_IMPORT_MODES = ['append', 'replace'] as const;
export const BUDGET_IMPORT_MODE_LABELS: Record<(typeof BUDGET_IMPORT_MODES)[number], string> = {
  append: 'Ajouter ces lignes au budget actuel',
  replace: 'Remplacer toutes les lignes actuelles par celles du fichier',
};

export const budgetImportRequestSchema = z.object({
  step: z.enum(['preview', 'confirm'], { error: 'Étape d’import inconnue.' }),
  mode: z.enum(BUDGET_IMPORT_MODES, { error: 'Choisissez d’ajouter ou de remplacer les lignes.' }),
});
