'use client';
import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import { errorMessage } from '@/components/forms/use-action-form';
import { Field, inputClass } from '@/components/ui/Field';
import { formatDay } from '@/lib/domain/dates';
import { listAudienceCategories } from '@/lib/domain/registrations/audience-categories';
import type { UpdateParticipantInput } from '@/lib/schemas/participant-record';

export type SessionOption = { id: string; title: string; when: string; seat: string | null };
export type ParticipantFieldValues = Omit<UpdateParticipantInput, 'registrationId'>;

/** Details, days, sessions and needs: the same fields to add someone or to change their registration. */
export function ParticipantFields(props: { form: UseFormReturn<ParticipantFieldValues>; idPrefix: string; days: readonly string[]; sessions: readonly SessionOption[] }) {
  const { form, idPrefix: p } = props;
  const errors = form.formState.errors as FieldErrors<ParticipantFieldValues>;
  const chosenDays = form.watch('days') ?? [];
  const chosenSessions = form.watch('sessionIds') ?? [];
  const toggle = (list: readonly string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((item) => item !== value));
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${p}-name`} label="Nom et prénom" error={errorMessage(errors.name)} required>
          {(control) => <input {...control} {...form.register('name')} type="text" autoComplete="off" className={inputClass} />}
        </Field>
        <Field id={`${p}-email`} label="Adresse e-mail" hint="Facultative : sans adresse, la personne ne reçoit aucun courriel." error={errorMessage(errors.email)}>
          {(control) => <input {...control} {...form.register('email')} type="email" autoComplete="off" className={inputClass} />}
        </Field>
        <Field id={`${p}-organisation`} label="Structure" hint="Facultative." error={errorMessage(errors.organisation)}>
          {(control) => <input {...control} {...form.register('organisation')} type="text" autoComplete="off" className={inputClass} />}
        </Field>
        <Field id={`${p}-category`} label="Catégorie de public" error={errorMessage(errors.category)} required>
          {(control) => (
            <select {...control} {...form.register('category')} className={inputClass}>
              <option value="" disabled>
                Choisir…
              </option>
              {listAudienceCategories().map((category) => (
                <option key={category.id} value={category.id}>
                  {category.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" {...form.register('isSpeaker')} className="h-5 w-5" />
        Intervenant·e (compté·e à part des participant·es dans le bilan)
      </label>
      <Field
        id={`${p}-needs`}
        label="Besoins particuliers"
        hint="Accessibilité, alimentation, interprétation… Facultatif."
        error={errorMessage(errors.accessibilityNeeds)}
      >
        {(control) => <textarea {...control} {...form.register('accessibilityNeeds')} rows={2} className={inputClass} />}
      </Field>
      {props.days.length > 1 ? (
        <fieldset className="flex flex-col gap-1" aria-describedby={errors.days ? `${p}-days-error` : undefined}>
          <legend className="font-medium">Jours de présence prévus</legend>
          {props.days.map((day) => (
            <label key={day} className="flex items-center gap-2">
              <input
                type="checkbox"
                className="h-5 w-5"
                checked={chosenDays.includes(day)}
                onChange={(e) => form.setValue('days', toggle(chosenDays, day, e.target.checked), { shouldDirty: true })}
              />
              {formatDay(day)}
            </label>
          ))}
          <p id={`${p}-days-error`} aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
            {errorMessage(errors.days)}
          </p>
        </fieldset>
      ) : null}
      {props.sessions.length > 0 ? (
        <fieldset className="flex flex-col gap-1" aria-describedby={errors.sessionIds ? `${p}-sessions-error` : undefined}>
          <legend className="font-medium">Séances sur inscription</legend>
          {props.sessions.map((session) => (
            <label key={session.id} className="flex items-start gap-2">
              <input
                type="checkbox"
                className="mt-1 h-5 w-5"
                checked={chosenSessions.includes(session.id)}
                onChange={(e) => form.setValue('sessionIds', toggle(chosenSessions, session.id, e.target.checked), { shouldDirty: true })}
              />
              <span>
                {session.title} <span className="text-slate-700">({session.when}{session.seat ? ` — ${session.seat}` : ''})</span>
              </span>
            </label>
          ))}
          <p id={`${p}-sessions-error`} aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
            {errorMessage(errors.sessionIds)}
          </p>
        </fieldset>
      ) : null}
    </>
  );
}
