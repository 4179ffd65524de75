'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { DayChoices } from '@/components/registrations/DayChoices';
import { ParticipantFields } from '@/components/registrations/ParticipantFields';
import { SessionChoices, type SessionChoice } from '@/components/registrations/SessionChoices';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { updateRegistrationSchema } from '@/lib/schemas/registration';
import { updateRegistrationAction } from '@/lib/server/actions/registrations';

type Defaults = { name: string; organisation: string; category: string; accessibilityNeeds: string; sessionIds: string[]; days?: string[] };

export function UpdateRegistrationForm(props: { token: string; defaults: Defaults; eventDays: string[]; sessions: SessionChoice[]; mailSent: boolean }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: updateRegistrationSchema,
    action: updateRegistrationAction,
    defaultValues: { token: props.token, ...props.defaults, category: props.defaults.category as never },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <section aria-labelledby="update-title" className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow sm:p-6">
      <h2 id="update-title" className="text-xl font-semibold">
        Modifier mon inscription
      </h2>
      <form onSubmit={(event) => (setSaved(false), onSubmit(event))} noValidate className="flex flex-col gap-6">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        {saved ? <Alert tone="success">Vos modifications sont enregistrées.</Alert> : null}
        <ParticipantFields register={form.register} errors={errors} withEmail={false} />
        <DayChoices control={form.control} days={props.eventDays} error={errorMessage(errors.days)} />
        <SessionChoices control={form.control} sessions={props.sessions} mailSent={props.mailSent} error={errorMessage(errors.sessionIds)} />
        <Button type="submit" disabled={submitting} className="w-full sm:w-auto sm:self-start">
          Enregistrer les modifications
        </Button>
      </form>
    </section>
  );
}
