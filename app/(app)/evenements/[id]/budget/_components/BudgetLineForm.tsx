'use client';
import { useEffect, useId, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { parseEuros, requiresExplanation, type BudgetKind } from '@/lib/domain/budget';
import { formatEurosInput } from '@/lib/domain/budget/decimal-input';
import { budgetLineFormSchema, derivedForecastCents } from '@/lib/schemas/budget';
import { saveBudgetLineAction } from '@/lib/server/actions/budget-lines';
import type { BudgetLineDto, BudgetOrganiser } from '@/lib/server/queries/budget';
import { allowsPersonnel, lineFormValues } from './form-values';
import { AmountFields, CategoryFields, DetailFields, GrantFields, PaymentFields } from './LineFormFields';

export type LineFormProps = {
  eventId: string;
  kind: BudgetKind;
  inKind: boolean;
  organisers: BudgetOrganiser[];
  line?: BudgetLineDto;
  onDone: (message: string) => void;
  onCancel: () => void;
};

const cents = (text: string | undefined) => {
  const parsed = parseEuros(text ?? '');
  return parsed.ok ? parsed.value : null;
};

/** Add or edit one line; the same zod schema checks it here and on the server. */
export function BudgetLineForm(props: LineFormProps) {
  const prefix = useId();
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: budgetLineFormSchema,
    action: saveBudgetLineAction,
    defaultValues: lineFormValues(props.eventId, props.kind, props.inKind, props.line),
    onSuccess: (saved) => props.onDone(`Ligne « ${saved.label} » enregistrée.`),
  });
  const [category = '', subCategory = '', forecast, actual, quantity = '', unitPrice = '', personnelDays = '', personnelDailyCost = ''] = useWatch({
    control: form.control,
    name: ['category', 'subCategory', 'forecast', 'actual', 'quantity', 'unitPrice', 'personnelDays', 'personnelDailyCost'],
  });
  const personnel = allowsPersonnel(props.kind, category, subCategory);
  const derived = personnel
    ? derivedForecastCents({ personnelDays, personnelDailyCost, quantity: '', unitPrice: '' })
    : derivedForecastCents({ personnelDays: '', personnelDailyCost: '', quantity, unitPrice });

  // The forecast follows days × daily cost or quantity × unit price: it cannot disagree with them.
  useEffect(() => {
    if (derived !== null && cents(form.getValues('forecast')) !== derived) {
      form.setValue('forecast', formatEurosInput(derived), { shouldValidate: form.formState.isSubmitted });
    }
  }, [derived, form]);

  // Fields that no longer apply after a change of category are emptied, not sent hidden.
  const previousCategory = useRef(`${category}/${subCategory}`);
  useEffect(() => {
    const current = `${category}/${subCategory}`;
    if (previousCategory.current === current) return;
    previousCategory.current = current;
    const clear = (...names: ('personnelWho' | 'personnelDays' | 'personnelDailyCost' | 'quantity' | 'unitPrice' | 'funderType' | 'funderName')[]) =>
      names.forEach((name) => form.setValue(name, ''));
    if (personnel) clear('quantity', 'unitPrice');
    else clear('personnelWho', 'personnelDays', 'personnelDailyCost');
    if (category !== 'subvention') clear('funderType');
    if (category === 'budget-interne') clear('funderName');
  }, [category, subCategory, personnel, form]);

  const forecastCents = cents(forecast);
  const actualCents = actual?.trim() ? cents(actual) : null;
  const explanationRequired = forecastCents !== null && requiresExplanation({ forecastCents, actualCents });
  const fieldProps = { form, errors, prefix, kind: props.kind, inKind: props.inKind, category, organisers: props.organisers };
  const title = props.line ? `Modifier « ${props.line.label} »` : props.kind === 'charge' ? 'Nouvelle charge' : 'Nouveau produit';

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${prefix}-title`} className="flex flex-col gap-3 rounded-md border border-slate-300 bg-slate-50 p-3">
      <h3 id={`${prefix}-title`} className="text-base font-semibold">
        {title}
      </h3>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <CategoryFields {...fieldProps} subCategory={subCategory} />
      {props.kind === 'produit' && !props.inKind && category !== 'budget-interne' ? <GrantFields {...fieldProps} /> : null}
      <DetailFields {...fieldProps} personnel={personnel} />
      <AmountFields {...fieldProps} derived={derived !== null} explanationRequired={explanationRequired} />
      <PaymentFields {...fieldProps} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={submitting}>
          Enregistrer la ligne
        </Button>
        <Button type="button" variant="secondary" onClick={props.onCancel}>
          Annuler
        </Button>
      </div>
    </form>
  );
}
