'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { indicatorValuesFormSchema } from '@/lib/schemas/indicators';
import { saveIndicatorValuesAction } from '@/lib/server/actions/indicators';
import type { IndicatorStage, IndicatorView } from '@/lib/server/queries/indicators';

const STATUS_TEXT = { met: 'Seuil atteint', 'not-met': 'Seuil non atteint', pending: 'À lire plus tard' } as const;

function ComputedIndicator({ indicator }: { indicator: IndicatorView }) {
  const status = indicator.computed?.status;
  return (
    <div className="flex flex-col gap-1 rounded-md border border-slate-300 p-3">
      <p className="font-medium">{indicator.label}</p>
      <p className="text-sm text-slate-700">
        {indicator.channelLabel} · <span className="font-semibold">calculé par Trame</span>
      </p>
      {indicator.computed ? (
        indicator.computed.lines.map((line) => <p key={line}>{line}</p>)
      ) : (
        <p className="text-slate-800">{indicator.unavailable}</p>
      )}
      {indicator.thresholdLabel ? <p className="text-sm text-slate-800">Seuil du webinaire : {indicator.thresholdLabel}</p> : null}
      {status ? (
        <p className={`self-start rounded px-1.5 py-0.5 text-sm font-semibold ${status === 'met' ? 'bg-green-50 text-green-800' : status === 'not-met' ? 'bg-red-50 text-red-800' : 'bg-slate-100 text-slate-900'}`}>
          {STATUS_TEXT[status]}
        </p>
      ) : null}
    </div>
  );
}

function toText(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}

/** The webinar's indicators, stage by stage: hand-entered ones as fields, Trame's own as read-only figures. */
export function IndicatorsForm({ eventId, stages }: { eventId: string; stages: IndicatorStage[] }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const manual = stages.flatMap((stage) => stage.indicators.filter((indicator) => indicator.source === 'manual'));
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: indicatorValuesFormSchema,
    action: saveIndicatorValuesAction,
    defaultValues: { eventId, ...Object.fromEntries(manual.map((indicator) => [indicator.id, toText(indicator.value)])) },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" onChange={() => setSaved(false)}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {stages.map((stage) => (
        <fieldset key={stage.stage} className="rounded-lg bg-white p-5 shadow">
          <legend className="sr-only">{stage.label}</legend>
          <h3 aria-hidden="true" className="text-xl font-semibold">
            {stage.label}
          </h3>
          <p className="mb-3 text-slate-700">{stage.question}</p>
          {stage.indicators.length === 0 ? (
            <p className="text-slate-800">
              Pas de chiffre à suivre à cette étape : le webinaire recommande plutôt des gestes — automatiser les envois, nettoyer
              sa base de contacts, s’abonner aux bons groupes.
            </p>
          ) : (
            <div className="grid gap-3 md:grid-cols-2">
              {stage.indicators.map((indicator) =>
                indicator.source === 'computed' ? (
                  <ComputedIndicator key={indicator.id} indicator={indicator} />
                ) : (
                  <Field
                    key={indicator.id}
                    id={`indicateur-${indicator.id}`}
                    label={`${indicator.label}${indicator.unit === 'percent' ? ' (%)' : ''}`}
                    hint={`${indicator.channelLabel} · saisi à la main`}
                    error={errorMessage(errors[indicator.id])}
                  >
                    {(control) => (
                      <input {...control} {...form.register(indicator.id)} type="text" inputMode="decimal" className={`${inputClass} max-w-40`} />
                    )}
                  </Field>
                ),
              )}
            </div>
          )}
        </fieldset>
      ))}
      {saved ? <Alert tone="success">Données enregistrées.</Alert> : null}
      <Button type="submit" disabled={submitting} className="self-start">
        Enregistrer les données
      </Button>
    </form>
  );
}
