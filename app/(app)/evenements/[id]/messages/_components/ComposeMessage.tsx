'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { plural } from '@/lib/domain/format/french';
import { SEGMENT_KINDS, SEGMENT_LABELS, SEGMENT_PARAMETER, segmentKey } from '@/lib/domain/messages/segments';
import { groupMessageSchema, segmentOf, type GroupMessageFormValues } from '@/lib/schemas/group-message';
import { previewGroupMessageAction, sendGroupMessageAction, sendTestGroupMessageAction } from '@/lib/server/actions/group-messages';

type Option = { value: string; label: string };
type Preview = { recipientName: string; subject: string; text: string } | null;
type Props = {
  eventId: string;
  counts: Record<string, number>;
  sessions: Array<{ id: string; label: string }>;
  days: Option[];
  placeholders: Array<{ key: string; label: string }>;
};

/** Compose, count live, preview for one recipient, try on oneself, then send (after a confirmation step). */
export function ComposeMessage(props: Props) {
  const router = useRouter();
  const [preview, setPreview] = useState<{ count: number; preview: Preview } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: groupMessageSchema,
    action: sendGroupMessageAction,
    defaultValues: { eventId: props.eventId, segment: 'confirmed', sessionId: props.sessions[0]?.id ?? '', day: props.days[0]?.value ?? '', subject: '', body: '' },
    onSuccess: (sent) => router.push(`/evenements/${props.eventId}/messages/${sent.id}`),
  });
  const [sideError, setSideError] = useState<string | null>(null);
  const values = form.watch();
  const parameter = SEGMENT_PARAMETER[values.segment];
  const count = props.counts[segmentKey(segmentOf(values))] ?? 0;

  /** Preview and trial run the same checks as the send, through their own action. */
  const side = (action: typeof previewGroupMessageAction | typeof sendTestGroupMessageAction, done: (data: never) => void) =>
    form.handleSubmit(async (input: GroupMessageFormValues) => {
      setSideError(null);
      setNotice(null);
      const result = await action(input);
      if (result.ok) done(result.data as never);
      else setSideError(result.error);
    });

  const showPreview = side(previewGroupMessageAction, (data: { count: number; preview: Preview }) => setPreview(data));
  const sendTest = side(sendTestGroupMessageAction, (data: { to: string }) => setNotice(`Essai mis en file pour ${data.to}.`));

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow sm:p-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {sideError ? <Alert tone="error">{sideError}</Alert> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <Field id="segment" label="Destinataires" error={errorMessage(errors.segment)}>
        {(control) => (
          <select {...control} className={inputClass} {...form.register('segment', { onChange: () => setConfirming(false) })}>
            {SEGMENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {SEGMENT_LABELS[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {parameter === 'session' ? (
        <Field id="sessionId" label="Séance" error={errorMessage(errors.sessionId)}>
          {(control) => (
            <select {...control} className={inputClass} {...form.register('sessionId')}>
              {props.sessions.map((session) => (
                <option key={session.id} value={session.id}>
                  {session.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {parameter === 'day' ? (
        <Field id="day" label="Journée" error={errorMessage(errors.day)}>
          {(control) => (
            <select {...control} className={inputClass} {...form.register('day')}>
              {props.days.map((day) => (
                <option key={day.value} value={day.value}>
                  {day.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <p aria-live="polite" className="font-medium">
        {count === 0 ? 'Personne dans ce groupe pour le moment.' : `${plural(count, { one: 'personne recevra', other: 'personnes recevront' })} ce message.`}
      </p>
      <Field id="subject" label="Objet" required error={errorMessage(errors.subject)}>
        {(control) => <input {...control} className={inputClass} {...form.register('subject')} />}
      </Field>
      <Field
        id="body"
        label="Message"
        required
        hint={`Champs remplacés pour chaque personne : ${props.placeholders.map((p) => `{{${p.key}}} (${p.label.toLowerCase()})`).join(', ')}.`}
        error={errorMessage(errors.body)}
      >
        {(control) => <textarea {...control} rows={10} className={inputClass} {...form.register('body')} />}
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="secondary" onClick={() => void showPreview()}>
          Aperçu
        </Button>
        <Button type="button" variant="secondary" onClick={() => void sendTest()}>
          M’envoyer un essai
        </Button>
        {confirming ? null : (
          <Button type="button" disabled={count === 0} onClick={() => setConfirming(true)}>
            Envoyer…
          </Button>
        )}
      </div>
      {confirming ? (
        <div className="flex flex-col gap-2 rounded-md border border-brand-600 bg-brand-50 p-3">
          <p>L’envoi ne peut pas être annulé.</p>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={submitting}>
              {submitting ? 'Envoi…' : `Confirmer l’envoi à ${plural(count, { one: 'personne', other: 'personnes' })}`}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              Annuler
            </Button>
          </div>
        </div>
      ) : null}
      {preview ? (
        <section aria-labelledby="preview-title" className="flex flex-col gap-2 rounded-md border border-slate-300 p-3">
          <h3 id="preview-title" className="text-lg font-semibold">
            Aperçu
          </h3>
          {preview.preview ? (
            <>
              <p className="text-sm text-slate-700">
                Tel que le lira {preview.preview.recipientName} ({plural(preview.count, { one: 'destinataire', other: 'destinataires' })}).
              </p>
              <p>
                <span className="font-medium">Objet :</span> {preview.preview.subject}
              </p>
              <pre className="overflow-x-auto rounded bg-slate-50 p-3 font-sans text-sm whitespace-pre-wrap break-words">{preview.preview.text}</pre>
            </>
          ) : (
            <p>Personne dans ce groupe : il n’y a rien à prévisualiser.</p>
          )}
        </section>
      ) : null}
    </form>
  );
}
