'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { allowedDecisions, PROPOSAL_DECISION_LABELS, type ProposalStatus } from '@/lib/domain/speakers/call';
import { decideProposalSchema, DECISION_MESSAGE_MAX } from '@/lib/schemas/speakers';
import { decideProposalAction } from '@/lib/server/actions/proposals';

/** Accept, decline or keep for later, with an optional message to the proposer (sent through the outbox). */
export function DecisionForm(props: { eventId: string; proposal: { id: string; title: string; status: ProposalStatus } }) {
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const choices = allowedDecisions(props.proposal.status);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: decideProposalSchema,
    action: decideProposalAction,
    defaultValues: { eventId: props.eventId, proposalId: props.proposal.id, decision: choices[0], message: '' },
    onSuccess: (outcome) => {
      setDone(
        outcome.unchanged
          ? 'Rien n’a changé : cette proposition était déjà dans cet état.'
          : outcome.sessionId
            ? 'Proposition retenue : sa séance est au programme, en brouillon.'
            : 'Décision enregistrée.',
      );
      form.reset({ eventId: props.eventId, proposalId: props.proposal.id, decision: choices[0], message: '' });
      router.refresh();
    },
  });
  const id = (field: string) => `decision-${props.proposal.id}-${field}`;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      <fieldset>
        <legend className="font-medium">Décision sur « {props.proposal.title} »</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {choices.map((decision) => (
            <label key={decision} className="flex items-center gap-2">
              <input type="radio" value={decision} {...form.register('decision')} className="h-4 w-4 accent-brand-700" />
              {PROPOSAL_DECISION_LABELS[decision]}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        id={id('message')}
        label="Message à la personne qui a proposé (facultatif)"
        hint={`Envoyé par courriel avec la décision ; sans message, rien n’est envoyé (${DECISION_MESSAGE_MAX} caractères au plus).`}
        error={errorMessage(errors.message)}
      >
        {(control) => <textarea {...control} {...form.register('message')} rows={3} className={inputClass} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={submitting} className="self-start">
        Enregistrer la décision
      </Button>
    </form>
  );
}
