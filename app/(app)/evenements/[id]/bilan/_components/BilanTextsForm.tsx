'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { bilanTextsFormSchema, type BilanTextsFormInput } from '@/lib/schemas/bilan';
import { saveBilanTextsAction } from '@/lib/server/actions/bilan';
import { HALF_DAY_RULE_TEXT } from '@/lib/domain/bilan/programme-figures';
import type { SharedVersion } from './BilanEditor';
import { FormText } from './TextArea';

/** The texts only people can write, and the staff figures Trame cannot know. */
export function BilanTextsForm({ defaults, shared, computedHalfDays }: { defaults: BilanTextsFormInput; shared: SharedVersion; computedHalfDays: number }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, submitting } = useActionForm({
    schema: bilanTextsFormSchema,
    action: (input: BilanTextsFormInput) => saveBilanTextsAction({ ...input, version: shared.current() }),
    defaultValues: defaults,
    onSuccess: (data) => {
      shared.update(data.version);
      setSaved(true);
      router.refresh();
    },
  });
  const text = (name: keyof BilanTextsFormInput, label: string, hint?: string, rows?: number) => (
    <FormText form={form as never} name={name} id={`bilan-${name}`} label={label} hint={hint} rows={rows} />
  );
  const count = (name: keyof BilanTextsFormInput, label: string) => (
    <FormText form={form as never} name={name} id={`bilan-${name}`} label={label} numeric />
  );
  return (
    <form onSubmit={onSubmit} noValidate onChange={() => setSaved(false)} className="flex flex-col gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {text('introduction', 'Introduction', 'Le contexte, les intentions et ce qui a changé par rapport au plan.', 5)}
      {text('analysis', 'Analyse', 'Ce que disent les chiffres et les réponses au questionnaire.', 6)}
      <fieldset className="grid gap-3 md:grid-cols-3">
        <legend className="mb-2 font-semibold">Enseignements (un élément par ligne)</legend>
        {text('keep', 'À garder', undefined, 5)}
        {text('improve', 'À améliorer', undefined, 5)}
        {text('consider', 'À envisager la prochaine fois', undefined, 5)}
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="mb-2 font-semibold">Équipe mobilisée (laisser vide si inconnu)</legend>
        {count('staffEventPeople', 'Personnes pendant l’événement')}
        {count('staffEventHours', 'Heures pendant l’événement')}
        {count('staffPrepPeople', 'Personnes en préparation')}
        {count('staffPrepDays', 'Jours de préparation')}
      </fieldset>
      <fieldset className="grid gap-3 md:grid-cols-[auto_1fr]">
        <legend className="mb-2 font-semibold">Demi-journées</legend>
        <p className="text-sm text-slate-700 md:col-span-2">
          {HALF_DAY_RULE_TEXT} Selon cette règle : {computedHalfDays}. Pour retenir un autre chiffre, indiquez-le avec sa raison ; les deux figurent dans le bilan.
        </p>
        {count('halfDaysOverride', 'Nombre retenu (vide : celui de la règle)')}
        {text('halfDaysReason', 'Raison', undefined, 2)}
      </fieldset>
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={submitting}>
          {submitting ? 'Enregistrement…' : 'Enregistrer les textes'}
        </Button>
        {saved ? <Alert tone="success">Textes enregistrés : l’aperçu est à jour.</Alert> : null}
      </div>
    </form>
  );
}
