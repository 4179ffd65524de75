'use client';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { DayChoices } from '@/components/registrations/DayChoices';
import { ParticipantFields } from '@/components/registrations/ParticipantFields';
import { SessionChoices, type SessionChoice } from '@/components/registrations/SessionChoices';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { receiptSearch, registerSchema } from '@/lib/schemas/registration';
import { registerAction } from '@/lib/server/actions/registrations';

export function RegistrationForm(props: { eventId: string; slug: string; days: string[]; sessions: SessionChoice[]; consent: ReactNode; mailSent: boolean }) {
  const router = useRouter();
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: registerSchema,
    action: registerAction,
    defaultValues: {
      eventId: props.eventId,
      name: '',
      email: '',
      organisation: '',
      category: '' as never,
      accessibilityNeeds: '',
      sessionIds: [],
      // Every day ticked: most people come to the whole event. A one-day event sends none.
      days: props.days.length > 1 ? props.days : undefined,
      consent: false,
      website: '',
    },
    onSuccess: (outcome) => {
      if (outcome.status === 'CANCELLED') return;
      const sessions = outcome.sessions.flatMap((s) => (s.status === 'CANCELLED' ? [] : [{ ...s, status: s.status }]));
      router.push(`/e/${encodeURIComponent(props.slug)}/inscription/confirmation?${receiptSearch({ ...outcome, status: outcome.status, sessions })}`);
    },
  });
  const consentError = errorMessage(errors.consent);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6 rounded-lg bg-white p-4 shadow sm:p-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <ParticipantFields register={form.register} errors={errors} withEmail />
      <DayChoices control={form.control} days={props.days} error={errorMessage(errors.days)} />
      <SessionChoices control={form.control} sessions={props.sessions} mailSent={props.mailSent} error={errorMessage(errors.sessionIds)} />
      {/* Honeypot: out of sight and out of the tab order; a robot that fills it is ignored. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="website">Site web (laissez vide)</label>
        <input id="website" type="text" tabIndex={-1} autoComplete="off" {...form.register('website')} />
      </div>
      <section className="flex flex-col gap-3" aria-label="Consentement">
        {props.consent}
        <div className="flex flex-col gap-1">
          <label className="flex items-start gap-3">
            <input
              type="checkbox"
              className="mt-1 h-5 w-5 shrink-0"
              aria-describedby={`consent-text${consentError ? ' consent-error' : ''}`}
              aria-invalid={consentError ? true : undefined}
              {...form.register('consent')}
            />
            <span>
              J’accepte que mes données soient utilisées comme indiqué ci-dessus.
              <span aria-hidden="true" className="text-accent-600">
                {' '}
                *
              </span>
            </span>
          </label>
          <p id="consent-error" aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
            {consentError}
          </p>
        </div>
      </section>
      <Button type="submit" disabled={submitting} className="w-full sm:w-auto sm:self-start">
        {submitting ? 'Inscription en cours…' : 'Je m’inscris'}
      </Button>
    </form>
  );
}
