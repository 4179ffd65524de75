import { textField, z } from '@/lib/schemas/zod';
import { DATE_OUT_OF_BOUNDS, isWithinDateBounds } from '@/lib/domain/dates/date-bounds';

import { BUDGET_KINDS, FUNDER_TYPES } from './cerfa';
import {
  BUDGET_CATEGORY_IDS,
  IN_KIND_CATEGORY,
  SUB_CATEGORY_IDS,
  categoryLabel,
  isChargeCategory,
  isProduitCategory,
  subCategoriesOf,
  type CategoryRef,
} from './categories';
import { EXPLANATION_REQUIRED_MESSAGE, requiresExplanation } from './gaps';
import { GRANT_REFERENCE_MAX_LENGTH, isEmptyGrant } from './grant';
import type { BudgetLineDraft } from './line';
import { MAX_AMOUNT_CENTS, multiplyCents, parseEuros, toHundredths } from './money';
import { formatEuros } from '@/lib/domain/format/french';

/*
 * Saisie d'une ligne de budget. Les montants sont des centimes entiers : la conversion
 * depuis « 1 234,56 » se fait à la frontière, avec `eurosInputSchema`.
 */

export const LABEL_MAX_LENGTH = 200;
export const TEXT_MAX_LENGTH = 2000;
const MAX_QUANTITY = 1_000_000;

function centsSchema(subject: string, missing: string) {
  return z
    .number({ error: missing })
    .int({ error: `${subject} doit être un nombre entier de centimes.` })
    .min(0, { error: `${subject} ne peut pas être négatif.` })
    .max(MAX_AMOUNT_CENTS, { error: `${subject} ne peut pas dépasser ${formatEuros(MAX_AMOUNT_CENTS)}.` });
}

/** Quantité positive, au plus deux décimales (2,5 jours). */
function decimalSchema(missing: string, invalid: string) {
  return z
    .number({ error: missing })
    .positive({ error: invalid })
    .max(MAX_QUANTITY, { error: invalid })
    .refine((value) => toHundredths(value) !== null, { error: invalid, abort: true });
}

/** Texte facultatif : nettoyé, et vide devient `null`. */
function optionalText(max: number, tooLong: string) {
  return textField()
    .trim()
    .max(max, { error: tooLong })
    .nullish()
    .transform((value) => (value ? value : null));
}

const personnelSchema = z.object(
  {
    days: decimalSchema('Indiquez le nombre de jours.', 'Le nombre de jours doit être positif, avec au plus deux décimales.'),
    dailyCostCents: centsSchema('Le coût journalier', 'Indiquez le coût journalier.'),
    who: textField({ error: 'Indiquez la personne ou l’organisation mobilisée.' })
      .trim()
      .min(1, { error: 'Indiquez la personne ou l’organisation mobilisée.' })
      .max(LABEL_MAX_LENGTH, { error: `Ce nom ne peut pas dépasser ${LABEL_MAX_LENGTH} caractères.` }),
  },
  { error: 'Détaillez le temps passé : jours, coût journalier, qui.' },
);

/** La subvention d'un produit (grant.ts) : les champs du schéma SCDL retenus, tous facultatifs. */
const grantSchema = z.object({
  reference: optionalText(GRANT_REFERENCE_MAX_LENGTH, `La référence de la convention ne peut pas dépasser ${GRANT_REFERENCE_MAX_LENGTH} caractères.`),
  agreementDate: textField()
    .trim()
    .regex(/^(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$/, { error: 'Indiquez la date de la convention au format AAAA-MM-JJ.', abort: true })
    .refine((day) => day === '' || isWithinDateBounds(day), { error: DATE_OUT_OF_BOUNDS })
    .nullish()
    .transform((value) => (value ? value : null)),
  amountCents: centsSchema('Le montant accordé', 'Indiquez le montant accordé, ou laissez-le vide.')
    .nullish()
    .transform((value) => value ?? null),
  euCofinanced: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});

const budgetLineFieldsSchema = z.object({
  kind: z.enum(BUDGET_KINDS, { error: 'Choisissez « charge » ou « produit ».' }),
  category: z.enum(BUDGET_CATEGORY_IDS, { error: 'Choisissez une catégorie.' }),
  subCategory: z
    .enum(SUB_CATEGORY_IDS, { error: 'Choisissez une sous-catégorie de la liste.' })
    .nullish()
    .transform((value) => value ?? null),
  label: textField({ error: 'Indiquez un libellé.' })
    .trim()
    .min(1, { error: 'Indiquez un libellé.', abort: true })
    .max(LABEL_MAX_LENGTH, { error: `Le libellé ne peut pas dépasser ${LABEL_MAX_LENGTH} caractères.` }),
  forecastCents: centsSchema('Le montant prévisionnel', 'Indiquez le montant prévisionnel.'),
  actualCents: centsSchema('Le montant réalisé', 'Indiquez le montant réalisé, ou laissez-le vide.').nullable(),
  unplanned: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  inKind: z.boolean({ error: 'Précisez s’il s’agit d’une contribution en nature.' }),
  payerOrganisationId: optionalText(LABEL_MAX_LENGTH, 'Identifiant de co-organisateur invalide.'),
  receiverOrganisationId: optionalText(LABEL_MAX_LENGTH, 'Identifiant de co-organisateur invalide.'),
  funderName: optionalText(LABEL_MAX_LENGTH, `Le nom du financeur ne peut pas dépasser ${LABEL_MAX_LENGTH} caractères.`),
  funderType: z
    .enum(FUNDER_TYPES, { error: 'Choisissez un type de financeur de la liste.' })
    .nullish()
    .transform((value) => value ?? null),
  grant: grantSchema.nullish().transform((value) => (value && !isEmptyGrant(value) ? value : null)),
  personnel: personnelSchema.nullish().transform((value) => value ?? null),
  quantity: decimalSchema('Indiquez la quantité.', 'La quantité doit être positive, avec au plus deux décimales.')
    .nullish()
    .transform((value) => value ?? null),
  unitPriceCents: centsSchema('Le prix unitaire', 'Indiquez le prix unitaire.')
    .nullish()
    .transform((value) => value ?? null),
  explanation: optionalText(TEXT_MAX_LENGTH, `L’explication ne peut pas dépasser ${TEXT_MAX_LENGTH} caractères.`),
  supplier: optionalText(LABEL_MAX_LENGTH, `Le fournisseur ne peut pas dépasser ${LABEL_MAX_LENGTH} caractères.`),
  paymentReference: optionalText(100, 'La référence de paiement ne peut pas dépasser 100 caractères.'),
  paymentMonth: textField()
    .trim()
    .regex(/^(\d{4}-(0[1-9]|1[0-2]))?$/, { error: 'Indiquez le mois de paiement au format AAAA-MM.', abort: true })
    .refine((month) => month === '' || isWithinDateBounds(month), { error: DATE_OUT_OF_BOUNDS })
    .nullish()
    .transform((value) => (value ? value : null)),
  note: optionalText(TEXT_MAX_LENGTH, `La note ne peut pas dépasser ${TEXT_MAX_LENGTH} caractères.`),
});

type BudgetLineFieldsOutput = z.output<typeof budgetLineFieldsSchema>;
type Issue = { readonly path: keyof BudgetLineFieldsOutput; readonly message: string };

/** Règles entre champs ; chaque erreur vise le champ à corriger. */
function budgetLineIssues(line: BudgetLineFieldsOutput): Issue[] {
  const issues: Issue[] = [];
  const ref = toCategoryRef(line);
  if (!ref) {
    const kindLabel = line.kind === 'charge' ? 'une charge' : 'un produit';
    return [{ path: 'category', message: `Cette catégorie n’existe pas pour ${kindLabel}.` }];
  }
  if (line.subCategory && !subCategoriesOf(ref).includes(line.subCategory)) {
    issues.push({ path: 'subCategory', message: `Cette sous-catégorie ne va pas avec « ${categoryLabel(ref)} ».` });
  }
  const inKindCategory = line.category === IN_KIND_CATEGORY;
  if (line.inKind && !inKindCategory) {
    issues.push({
      path: 'category',
      message: 'Une contribution en nature se classe dans « Contributions volontaires en nature ».',
    });
  }
  if (!line.inKind && inKindCategory) {
    issues.push({ path: 'inKind', message: 'Cette catégorie ne contient que des contributions en nature : cochez la case.' });
  }
  const isSubsidy = line.kind === 'produit' && line.category === 'subvention';
  if (isSubsidy && !line.funderName) {
    issues.push({ path: 'funderName', message: 'Indiquez le financeur de cette subvention.' });
  }
  if (isSubsidy && !line.funderType) {
    issues.push({ path: 'funderType', message: 'Indiquez le type de financeur (État, région, département…).' });
  }
  if (!isSubsidy && line.funderType) {
    issues.push({ path: 'funderType', message: 'Le type de financeur ne concerne que les subventions.' });
  }
  if (line.grant && (line.kind !== 'produit' || line.inKind)) {
    issues.push({ path: 'grant', message: 'Seule une recette en argent peut porter les références d’une subvention.' });
  }
  if (line.grant && line.kind === 'produit' && !line.funderName) {
    issues.push({ path: 'funderName', message: 'Indiquez le financeur qui a accordé cette subvention.' });
  }
  if (line.grant?.amountCents != null && line.grant.amountCents < (line.actualCents ?? line.forecastCents)) {
    issues.push({ path: 'grant', message: 'Le montant total accordé ne peut pas être inférieur au montant de cette ligne.' });
  }
  if (line.kind === 'produit' && line.payerOrganisationId) {
    issues.push({ path: 'payerOrganisationId', message: 'Un produit est reçu, pas payé : indiquez qui le reçoit.' });
  }
  if (line.kind === 'charge' && line.receiverOrganisationId) {
    issues.push({ path: 'receiverOrganisationId', message: 'Une charge est payée, pas reçue : indiquez qui la paie.' });
  }
  if (line.kind === 'produit' && line.category === 'budget-interne' && !line.receiverOrganisationId) {
    issues.push({ path: 'receiverOrganisationId', message: 'Indiquez le co-organisateur dont c’est le budget interne.' });
  }
  if (line.unplanned && line.forecastCents !== 0) {
    issues.push({ path: 'forecastCents', message: 'Une ligne non prévue n’a pas de montant prévisionnel.' });
  }
  if (line.unplanned && line.actualCents === null) {
    issues.push({ path: 'actualCents', message: 'Indiquez le montant réalisé d’une ligne non prévue, ou son prévisionnel.' });
  }
  if (!line.unplanned) issues.push(...amountIssues(line));
  if (requiresExplanation(line) && !line.explanation) {
    issues.push({ path: 'explanation', message: EXPLANATION_REQUIRED_MESSAGE });
  }
  return issues;
}

/** Personnel et quantité × prix unitaire : le prévisionnel en découle exactement. */
function amountIssues(line: BudgetLineFieldsOutput): Issue[] {
  const issues: Issue[] = [];
  const personnelAllowed =
    (line.kind === 'charge' && line.category === 'personnel') ||
    (line.category === IN_KIND_CATEGORY && line.subCategory === 'benevolat');
  if (line.kind === 'charge' && line.category === 'personnel' && !line.personnel) {
    issues.push({ path: 'personnel', message: 'Détaillez le temps passé : jours, coût journalier, qui.' });
  }
  if (line.personnel && !personnelAllowed) {
    issues.push({ path: 'personnel', message: 'Le détail en jours ne vaut que pour le personnel ou le bénévolat.' });
  }
  if (line.personnel && personnelAllowed) {
    const expected = safeAmount(line.personnel.dailyCostCents, line.personnel.days);
    if (expected !== null && line.forecastCents !== expected) {
      issues.push({
        path: 'forecastCents',
        message: `Le prévisionnel doit égaler jours × coût journalier, soit ${formatEuros(expected)}.`,
      });
    }
  }
  if ((line.quantity === null) !== (line.unitPriceCents === null)) {
    const path = line.quantity === null ? 'quantity' : 'unitPriceCents';
    issues.push({ path, message: 'Indiquez à la fois la quantité et le prix unitaire, ou aucun des deux.' });
  }
  if (line.quantity !== null && line.unitPriceCents !== null) {
    const expected = safeAmount(line.unitPriceCents, line.quantity);
    if (expected !== null && line.forecastCents !== expected) {
      issues.push({
        path: 'forecastCents',
        message: `Le prévisionnel doit égaler quantité × prix unitaire, soit ${formatEuros(expected)}.`,
      });
    }
  }
  return issues;
}

/**
 * zod 4 lance les règles entre champs même quand un champ a échoué à une règle simple
 * (montant négatif, fraction de centime) : on ne calcule que sur des valeurs valides.
 */
function safeAmount(unitCents: number, quantity: number): number | null {
  if (!Number.isSafeInteger(unitCents) || unitCents < 0 || toHundredths(quantity) === null) return null;
  return multiplyCents(unitCents, quantity);
}

function toCategoryRef(line: BudgetLineFieldsOutput): CategoryRef | null {
  if (line.kind === 'charge' && isChargeCategory(line.category)) return { kind: line.kind, category: line.category };
  if (line.kind === 'produit' && isProduitCategory(line.category)) return { kind: line.kind, category: line.category };
  return null;
}

/** Une ligne de budget saisie (formulaire, import), sans identifiant. */
export const budgetLineSchema = budgetLineFieldsSchema
  .superRefine((line, ctx) => {
    for (const issue of budgetLineIssues(line)) {
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
    }
  })
  .transform((line, ctx): BudgetLineDraft => {
    const ref = toCategoryRef(line);
    if (ref) return { ...line, ...ref };
    // Inatteignable : superRefine a déjà refusé la catégorie.
    ctx.addIssue({ code: 'custom', path: ['category'], message: 'Choisissez une catégorie.' });
    return z.NEVER;
  });

export type BudgetLineInput = z.input<typeof budgetLineSchema>;

/** Montant saisi en euros (« 1 234,56 ») → centimes, avec les messages de `parseEuros`. */
export const eurosInputSchema = textField({ error: 'Indiquez un montant.' }).transform((text, ctx) => {
  const parsed = parseEuros(text);
  if (parsed.ok) return parsed.value;
  ctx.addIssue({ code: 'custom', message: parsed.message });
  return z.NEVER;
});
