'use client';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import {
  REFERENCE_COSTS,
  REFERENCE_COSTS_SOURCE_CREDIT,
  describeReferenceCost,
  referenceCostsAddedMessage,
  suggestReferenceCostLines,
  type ReferenceCostId,
} from '@/lib/domain/budget';
import { MAX_PARTICIPANTS, addReferenceCostsSchema } from '@/lib/schemas/budget';
import { addReferenceCostLinesAction } from '@/lib/server/actions/budget-suggestions';
import type { BudgetOrganiser } from '@/lib/server/queries/budget';
import { formatEuros } from '@/lib/domain/format/french';

const PROPOSED: readonly ReferenceCostId[] = ['repas', 'accueil-cafe', 'flyers'];

/**
 * The webinar's reference costs, scaled to the expected participants, added as forecast lines. Those
 * already in the budget (`present`) are said so and not ticked; the boxes are unticked once added.
 */
export function ReferenceCosts(props: { eventId: string; organisers: BudgetOrganiser[]; defaultParticipants: number; present: readonly ReferenceCostId[] }) {
  const [done, setDone] = useState('');
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: addReferenceCostsSchema,
    action: addReferenceCostLinesAction,
    defaultValues: {
      eventId: props.eventId,
      participants: props.defaultParticipants,
      referenceIds: PROPOSED.filter((id) => !props.present.includes(id)),
      payerOrganisationId: props.organisers[0]?.id ?? '',
    },
    onSuccess: (data) => {
      setDone(referenceCostsAddedMessage(data.created, data.skipped));
      form.setValue('referenceIds', []);
    },
  });
  const participants = useWatch({ control: form.control, name: 'participants' });
  const count = Number.isSafeInteger(participants) && participants >= 1 && participants <= MAX_PARTICIPANTS ? participants : null;
  const suggestions = count ? suggestReferenceCostLines(count) : [];
  return (
    <section aria-labelledby="reference-title" className="flex flex-col gap-3">
      <h2 id="reference-title" className="text-2xl font-semibold">
        Coûts de référence
      </h2>
      <p className="max-w-3xl text-slate-700">
        Des ordres de grandeur TTC pour démarrer un prévisionnel, ramenés au nombre de participants attendus. Ajustez-les ensuite
        avec vos devis. <span className="italic">{REFERENCE_COSTS_SOURCE_CREDIT}.</span>
      </p>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <div className="grid gap-x-3 sm:grid-cols-2">
          <Field id="reference-participants" label="Participants attendus" error={errorMessage(errors.participants)} required>
            {(control) => (
              <input {...control} {...form.register('participants', { valueAsNumber: true })} type="number" min={1} max={MAX_PARTICIPANTS} step={1} className={inputClass} />
            )}
          </Field>
          <Field id="reference-payer" label="Payé par" error={errorMessage(errors.payerOrganisationId)}>
            {(control) => (
              <select {...control} {...form.register('payerOrganisationId')} className={inputClass}>
                <option value="">Non précisé</option>
                {props.organisers.map((organiser) => (
                  <option key={organiser.id} value={organiser.id}>{organiser.name}</option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset aria-describedby={errors.referenceIds ? 'reference-ids-error' : undefined}>
          <legend className="mb-2 font-semibold">Lignes proposées</legend>
          <ul className="flex flex-col gap-2">
            {REFERENCE_COSTS.map((reference) => {
              const suggestion = suggestions.find((s) => s.referenceId === reference.id);
              return (
                <li key={reference.id} className="flex items-start gap-2">
                  <input id={`reference-${reference.id}`} type="checkbox" value={reference.id} {...form.register('referenceIds')} className="mt-1 h-5 w-5" />
                  <label htmlFor={`reference-${reference.id}`} className="flex flex-col">
                    <span className="font-medium">
                      {suggestion ? `${suggestion.line.label} : ${formatEuros(suggestion.line.forecastCents)}` : reference.label}
                    </span>
                    {props.present.includes(reference.id) ? <span className="text-sm font-semibold text-slate-800">Déjà au prévisionnel</span> : null}
                    <span className="text-sm text-slate-700">Référence : {describeReferenceCost(reference)}. {reference.source}</span>
                  </label>
                </li>
              );
            })}
          </ul>
          <p id="reference-ids-error" aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
            {errorMessage(errors.referenceIds)}
          </p>
        </fieldset>
        <p role="status" className="text-sm font-medium text-green-800">{done}</p>
        <Button type="submit" disabled={submitting} className="self-start">
          Ajouter les lignes cochées au prévisionnel
        </Button>
      </form>
    </section>
  );
}
