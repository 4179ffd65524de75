'use client';
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { PROPOSAL_ABSTRACT_MAX, PROPOSAL_MAX_SPEAKERS, submitProposalSchema } from '@/lib/schemas/speakers';
import { submitProposalAction } from '@/lib/server/actions/proposals';

const emptySpeaker = { name: '', email: '', organisation: '' };

export function ProposalForm(props: { eventId: string; formats: { id: string; name: string }[] }) {
  const [sent, setSent] = useState(false);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: submitProposalSchema,
    action: submitProposalAction,
    defaultValues: { eventId: props.eventId, title: '', formatId: undefined, abstract: '', speakers: [emptySpeaker], constraints: '', website: '' },
    onSuccess: () => setSent(true),
  });
  const speakers = useFieldArray({ control: form.control, name: 'speakers' });
  if (sent) {
    return (
      <Alert tone="success">
        <p className="font-semibold">Merci, votre proposition est bien reçue.</p>
        <p>L’équipe d’organisation l’examinera et vous répondra à l’adresse indiquée pour la première personne.</p>
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow sm:p-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="proposition-titre" label="Titre de l’intervention" required error={errorMessage(errors.title)}>
        {(control) => <input {...control} {...form.register('title')} className={inputClass} />}
      </Field>
      <Field id="proposition-format" label="Format" required error={errorMessage(errors.formatId)}>
        {(control) => (
          <select {...control} {...form.register('formatId')} className={inputClass} defaultValue="">
            <option value="" disabled>
              Choisissez un format
            </option>
            {props.formats.map((format) => (
              <option key={format.id} value={format.id}>
                {format.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="proposition-resume"
        label="Résumé"
        required
        hint={`Ce que vous proposez, pour qui, ce que le public en retirera (${PROPOSAL_ABSTRACT_MAX} caractères au plus).`}
        error={errorMessage(errors.abstract)}
      >
        {(control) => <textarea {...control} {...form.register('abstract')} rows={6} maxLength={PROPOSAL_ABSTRACT_MAX} className={inputClass} />}
      </Field>
      <fieldset className="flex flex-col gap-3">
        <legend className="text-lg font-semibold">Personnes qui interviendront</legend>
        <p className="text-sm text-slate-700">La première personne est celle à qui l’équipe répondra.</p>
        {errorMessage(errors.speakers) ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            {errorMessage(errors.speakers)}
          </p>
        ) : null}
        {speakers.fields.map((field, index) => (
          <div key={field.id} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-3">
            <Field id={`intervenant-${index}-nom`} label={`Nom (personne ${index + 1})`} required error={errorMessage(errors.speakers?.[index]?.name)}>
              {(control) => <input {...control} {...form.register(`speakers.${index}.name`)} autoComplete={index === 0 ? 'name' : 'off'} className={inputClass} />}
            </Field>
            <Field id={`intervenant-${index}-email`} label={`E-mail (personne ${index + 1})`} required error={errorMessage(errors.speakers?.[index]?.email)}>
              {(control) => <input {...control} {...form.register(`speakers.${index}.email`)} type="email" autoComplete={index === 0 ? 'email' : 'off'} className={inputClass} />}
            </Field>
            <Field id={`intervenant-${index}-structure`} label={`Structure (personne ${index + 1})`} error={errorMessage(errors.speakers?.[index]?.organisation)}>
              {(control) => <input {...control} {...form.register(`speakers.${index}.organisation`)} className={inputClass} />}
            </Field>
            {index > 0 ? (
              <Button type="button" variant="ghost" className="self-start px-0 text-sm" onClick={() => speakers.remove(index)}>
                Retirer la personne {index + 1}
              </Button>
            ) : null}
          </div>
        ))}
        {speakers.fields.length < PROPOSAL_MAX_SPEAKERS ? (
          <Button type="button" variant="secondary" className="self-start py-1 text-sm" onClick={() => speakers.append(emptySpeaker)}>
            Ajouter une personne
          </Button>
        ) : null}
      </fieldset>
      <Field
        id="proposition-contraintes"
        label="Contraintes (facultatif)"
        hint="Disponibilités, besoins matériels, accessibilité…"
        error={errorMessage(errors.constraints)}
      >
        {(control) => <textarea {...control} {...form.register('constraints')} rows={3} className={inputClass} />}
      </Field>
      {/* Honeypot: out of sight and out of the tab order; a robot that fills it is ignored. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="website">Site web (laissez vide)</label>
        <input id="website" type="text" tabIndex={-1} autoComplete="off" {...form.register('website')} />
      </div>
      <p className="text-sm text-slate-700">
        Ces informations servent seulement à l’équipe d’organisation pour examiner votre proposition et vous répondre.
      </p>
      <Button type="submit" disabled={submitting} className="self-start">
        Envoyer la proposition
      </Button>
    </form>
  );
}
