'use client';
import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import { errorMessage } from '@/components/forms/use-action-form';
import { Field, inputClass } from '@/components/ui/Field';
import {
  CHARGE_CATEGORY_IDS,
  CHARGE_CATEGORY_LABELS,
  FUNDER_TYPES,
  FUNDER_TYPE_LABELS,
  IN_KIND_CATEGORY,
  PRODUIT_CATEGORY_IDS,
  PRODUIT_CATEGORY_LABELS,
  SUB_CATEGORY_LABELS,
  isChargeCategory,
  isProduitCategory,
  subCategoriesOf,
  type BudgetKind,
} from '@/lib/domain/budget';
import type { BudgetLineFormField, SaveBudgetLineInput } from '@/lib/schemas/budget';
import { GRANT_LABELS } from '@/lib/domain/budget/grant';
import { OUTSIDE_CO_ORGANISER_SUFFIX } from '@/lib/domain/events/co-organisers';
import type { BudgetOrganiser } from '@/lib/server/queries/budget';
import { formatPercent } from '@/lib/domain/format/french';
import { EXPLANATION_THRESHOLD_PERCENT } from '@/lib/domain/budget/gaps';

const EXPLANATION_THRESHOLD = formatPercent(EXPLANATION_THRESHOLD_PERCENT);

type FieldsProps = {
  form: UseFormReturn<SaveBudgetLineInput, unknown, unknown>;
  errors: FieldErrors<SaveBudgetLineInput>;
  prefix: string;
  kind: BudgetKind;
  inKind: boolean;
  category: string;
  organisers: BudgetOrganiser[];
};

type InputProps = FieldsProps & { name: Exclude<BudgetLineFormField, 'grantEuCofinanced'>; label: string; hint?: string; required?: boolean; inputMode?: 'decimal' | 'text'; type?: string; readOnly?: boolean; wide?: boolean };

function TextInput({ form, errors, prefix, name, label, hint, required, inputMode, type = 'text', readOnly, wide }: InputProps) {
  return (
    <div className={wide ? 'sm:col-span-2' : undefined}>
      <Field id={`${prefix}-${name}`} label={label} hint={hint} error={errorMessage(errors[name])} required={required}>
        {(control) => (
          <input {...control} {...form.register(name)} type={type} inputMode={inputMode} readOnly={readOnly} className={`${inputClass} read-only:bg-slate-100`} />
        )}
      </Field>
    </div>
  );
}

function subCategoryOptions(kind: BudgetKind, category: string) {
  if (kind === 'charge' && isChargeCategory(category)) return subCategoriesOf({ kind, category });
  if (kind === 'produit' && isProduitCategory(category)) return subCategoriesOf({ kind, category });
  return [];
}

export function CategoryFields(props: FieldsProps & { subCategory: string }) {
  const { form, errors, prefix, kind, category } = props;
  const ids = (kind === 'charge' ? CHARGE_CATEGORY_IDS : PRODUIT_CATEGORY_IDS).filter((id) => id !== IN_KIND_CATEGORY);
  const labels: Record<string, string> = kind === 'charge' ? CHARGE_CATEGORY_LABELS : PRODUIT_CATEGORY_LABELS;
  const subs = subCategoryOptions(kind, category);
  const organisationLabel = kind === 'charge' ? 'Payé par' : 'Reçu par';
  return (
    <div className="grid gap-x-3 sm:grid-cols-2">
      {props.inKind ? null : (
        <Field id={`${prefix}-category`} label="Catégorie" error={errorMessage(errors.category)} required>
          {(control) => (
            <select {...control} {...form.register('category')} className={inputClass}>
              <option value="">Choisir une catégorie</option>
              {ids.map((id) => (
                <option key={id} value={id}>{labels[id]}</option>
              ))}
            </select>
          )}
        </Field>
      )}
      {subs.length > 0 ? (
        <Field id={`${prefix}-subCategory`} label={props.inKind ? 'Nature de la contribution' : 'Sous-catégorie'} error={errorMessage(errors.subCategory)}>
          {(control) => (
            <select {...control} {...form.register('subCategory')} className={inputClass}>
              <option value="">Non précisée</option>
              {subs.map((id) => (
                <option key={id} value={id}>{SUB_CATEGORY_LABELS[id]}</option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <TextInput {...props} name="label" label="Libellé" required wide />
      <Field id={`${prefix}-organisationId`} label={organisationLabel} hint="Le co-organisateur qui porte la ligne." error={errorMessage(errors.organisationId)} required={category === 'budget-interne'}>
        {(control) => (
          <select {...control} {...form.register('organisationId')} className={inputClass}>
            <option value="">Non précisé</option>
            {props.organisers.map((organiser) => (
              <option key={organiser.id} value={organiser.id}>{organiser.outsideTrame ? `${organiser.name}${OUTSIDE_CO_ORGANISER_SUFFIX}` : organiser.name}</option>
            ))}
          </select>
        )}
      </Field>
      {kind === 'produit' && category !== 'budget-interne' ? (
        <TextInput {...props} name="funderName" label={category === 'subvention' ? 'Financeur' : 'Financeur ou mécène'} required={category === 'subvention'} />
      ) : null}
      {kind === 'produit' && category === 'subvention' ? (
        <Field id={`${prefix}-funderType`} label="Type de financeur" error={errorMessage(errors.funderType)} required>
          {(control) => (
            <select {...control} {...form.register('funderType')} className={inputClass}>
              <option value="">Choisir un type</option>
              {FUNDER_TYPES.map((type) => (
                <option key={type} value={type}>{FUNDER_TYPE_LABELS[type]}</option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
    </div>
  );
}

export function DetailFields(props: FieldsProps & { personnel: boolean }) {
  if (props.personnel) {
    // Salaried time must be detailed; volunteer time valued in kind may be.
    const required = props.kind === 'charge' && props.category === 'personnel';
    return (
      <fieldset className="grid gap-x-3 rounded-md border border-slate-300 p-3 sm:grid-cols-3">
        <legend className="px-1 font-semibold">Temps passé{required ? '' : ' (facultatif)'}</legend>
        <TextInput {...props} name="personnelWho" label="Personne ou organisation" required={required} />
        <TextInput {...props} name="personnelDays" label="Jours" hint="Par exemple 2,5" inputMode="decimal" required={required} />
        <TextInput {...props} name="personnelDailyCost" label="Coût journalier (€)" hint={required ? 'Salaire chargé' : 'Valeur d’une journée'} inputMode="decimal" required={required} />
      </fieldset>
    );
  }
  return (
    <fieldset className="grid gap-x-3 rounded-md border border-slate-300 p-3 sm:grid-cols-2">
      <legend className="px-1 font-semibold">Quantité × prix unitaire (facultatif)</legend>
      <TextInput {...props} name="quantity" label="Quantité" hint="Par exemple 80 repas" inputMode="decimal" />
      <TextInput {...props} name="unitPrice" label="Prix unitaire (€)" hint="Par exemple 25,50" inputMode="decimal" />
    </fieldset>
  );
}

export function AmountFields(props: FieldsProps & { derived: boolean; explanationRequired: boolean }) {
  return (
    <div className="grid gap-x-3 sm:grid-cols-2">
      <TextInput {...props} name="forecast" label="Prévisionnel (€)" hint={props.derived ? 'Calculé à partir du détail ci-dessus.' : 'Par exemple 1 234,56. Vide avec un réalisé : ligne non prévue.'} inputMode="decimal" readOnly={props.derived} />
      <TextInput {...props} name="actual" label="Réalisé (€)" hint="Laissez vide tant qu’il n’est pas connu." inputMode="decimal" />
      <div className="sm:col-span-2">
        <Field
          id={`${props.prefix}-explanation`}
          label="Explication de l’écart"
          hint={`${props.explanationRequired ? 'Obligatoire : le' : 'Demandée quand le'} réalisé s’écarte de plus de ${EXPLANATION_THRESHOLD} du prévisionnel.`}
          error={errorMessage(props.errors.explanation)}
          required={props.explanationRequired}
        >
          {(control) => <textarea {...control} {...props.form.register('explanation')} rows={2} className={inputClass} />}
        </Field>
      </div>
    </div>
  );
}

export function PaymentFields(props: FieldsProps) {
  return (
    <div className="grid gap-x-3 sm:grid-cols-2">
      {props.kind === 'charge' ? <TextInput {...props} name="supplier" label="Fournisseur" /> : null}
      <TextInput {...props} name="paymentReference" label="Référence de paiement (n° de mandat)" />
      <TextInput {...props} name="paymentMonth" label="Mois de paiement" hint="Format AAAA-MM, par exemple 2027-02" type="month" />
      <TextInput {...props} name="note" label="Note" wide />
    </div>
  );
}

/** The grant's references (SCDL « subventions »), for a produit paid in money: what the funder files it under. */
export function GrantFields(props: FieldsProps) {
  const { form, prefix } = props;
  return (
    <fieldset className="grid gap-x-3 rounded-md border border-slate-300 p-3 sm:grid-cols-3">
      <legend className="px-1 font-semibold">Références de la subvention (facultatif)</legend>
      <TextInput {...props} name="grantReference" label={GRANT_LABELS.reference} hint="Par exemple CONV-2027-014" />
      <TextInput {...props} name="grantAgreementDate" label={GRANT_LABELS.agreementDate} type="date" />
      <TextInput {...props} name="grantAmount" label={`${GRANT_LABELS.amount} (€)`} hint="Toute la convention, pas seulement cet événement" inputMode="decimal" />
      <div className="flex items-center gap-2 sm:col-span-3">
        <input id={`${prefix}-grantEuCofinanced`} type="checkbox" {...form.register('grantEuCofinanced')} className="h-5 w-5" />
        <label htmlFor={`${prefix}-grantEuCofinanced`}>{GRANT_LABELS.euCofinanced} (FSE+, FEDER…)</label>
      </div>
    </fieldset>
  );
}
