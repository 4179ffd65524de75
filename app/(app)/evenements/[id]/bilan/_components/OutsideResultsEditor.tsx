'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useFieldArray } from 'react-hook-form';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { describeSource, OUTSIDE_SECTION_TITLE, OUTSIDE_SOURCE_SUGGESTIONS, type OutsideSource } from '@/lib/domain/bilan/outside-results';
import { plural } from '@/lib/domain/format/french';
import { formatQuotes, OUTSIDE_IMPORT_SOURCE_DEFAULT, OUTSIDE_MAX_SCORES, outsideResultFormSchema, type OutsideResultFormInput } from '@/lib/schemas/outside-results';
import { deleteOutsideResultAction, saveOutsideResultAction } from '@/lib/server/actions/outside-results';

type StoredSource = OutsideSource & { id: string };
type ScaleQuestion = { id: string; label: string };

const sectionClass = 'flex flex-col gap-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200';
const decimal = (value: number) => String(value).replace('.', ',');

function formValues(eventId: string, source: StoredSource | null): OutsideResultFormInput {
  if (!source) return { eventId, resultId: '', sourceLabel: '', responseCount: '', scores: [], quotes: '', quotesConsented: false };
  return {
    eventId,
    resultId: source.id,
    sourceLabel: source.sourceLabel,
    responseCount: String(source.responseCount),
    scores: source.scores.map((score) => ({ questionId: score.questionId ?? '', label: score.label, answers: String(score.answers), average: decimal(score.average) })),
    quotes: formatQuotes(source.quotes),
    // Stored quotes were kept with their authors' consent.
    quotesConsented: source.quotes.length > 0,
  };
}

/**
 * « Résultats recueillis hors Trame » (issue 15.15): a paper questionnaire, an external online form…
 * typed here or imported from a file of answers. Each source is marked as such in the bilan.
 */
export function OutsideResultsEditor({ eventId, sources, questions }: { eventId: string; sources: readonly StoredSource[]; questions: readonly ScaleQuestion[] }) {
  const [editing, setEditing] = useState<StoredSource | 'new' | null>(null);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <section aria-labelledby="hors-trame-title" className={sectionClass}>
      <h2 id="hors-trame-title" className="text-2xl font-semibold">
        {OUTSIDE_SECTION_TITLE}
      </h2>
      <p className="max-w-3xl text-slate-700">
        Un questionnaire papier, un formulaire en ligne externe, des avis à chaud recueillis sur place : reportez ici le nombre de réponses,
        les moyennes des questions notées de 1 à 5 et les citations dont les auteur·rices ont donné leur accord. Le bilan les marque « recueilli
        hors Trame » et, quand le questionnaire de Trame a aussi des réponses, montre les deux et un chiffre combiné.
      </p>
      {message ? <Alert tone="success">{message}</Alert> : null}
      {sources.length > 0 ? (
        <ul className="flex flex-col gap-2">
          {sources.map((source) => (
            <li key={source.id} className="flex flex-wrap items-center gap-3">
              <span>{describeSource(source)}</span>
              <Button type="button" variant="ghost" onClick={() => setEditing(source)}>
                Modifier<span className="sr-only"> {source.sourceLabel}</span>
              </Button>
              <Button
                type="button"
                variant="ghost"
                disabled={pending}
                onClick={() =>
                  startTransition(async () => {
                    const result = await deleteOutsideResultAction({ eventId, resultId: source.id });
                    setMessage(result.ok ? `Source « ${source.sourceLabel} » supprimée.` : result.error);
                    if (editing !== 'new' && editing?.id === source.id) setEditing(null);
                    router.refresh();
                  })
                }
              >
                Supprimer<span className="sr-only"> {source.sourceLabel}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="italic text-slate-700">Aucun résultat recueilli hors Trame.</p>
      )}
      {editing ? (
        <OutsideResultForm
          key={editing === 'new' ? 'new' : editing.id}
          defaults={formValues(eventId, editing === 'new' ? null : editing)}
          questions={questions}
          onDone={(text) => {
            setEditing(null);
            setMessage(text);
            router.refresh();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <Button type="button" variant="secondary" className="self-start" onClick={() => setEditing('new')}>
          Saisir des résultats recueillis hors Trame
        </Button>
      )}
      <OutsideImportForm
        eventId={eventId}
        onDone={(text) => {
          setMessage(text);
          router.refresh();
        }}
      />
    </section>
  );
}

function OutsideResultForm({
  defaults,
  questions,
  onDone,
  onCancel,
}: {
  defaults: OutsideResultFormInput;
  questions: readonly ScaleQuestion[];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: outsideResultFormSchema,
    action: saveOutsideResultAction,
    defaultValues: defaults,
    onSuccess: () => onDone('Résultats recueillis hors Trame enregistrés.'),
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'scores' });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 rounded-md border border-slate-300 p-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <datalist id="outside-source-suggestions">
        {OUTSIDE_SOURCE_SUGGESTIONS.map((label) => (
          <option key={label} value={label} />
        ))}
      </datalist>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="outside-source" label="Source" hint="Par exemple : questionnaire papier, formulaire en ligne externe." error={errorMessage(errors.sourceLabel)} required>
          {(control) => <input {...control} {...form.register('sourceLabel')} list="outside-source-suggestions" className={inputClass} />}
        </Field>
        <Field id="outside-responses" label="Nombre de réponses recueillies" error={errorMessage(errors.responseCount)} required>
          {(control) => <input {...control} {...form.register('responseCount')} inputMode="numeric" className={inputClass} />}
        </Field>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">Questions notées de 1 à 5</legend>
        {fields.map((field, index) => (
          <div key={field.id} className="grid items-start gap-3 sm:grid-cols-[1fr_2fr_auto_auto_auto]">
            <Field id={`outside-score-${index}-question`} label={`Question ${index + 1} : même question que Trame`} error={errorMessage(errors.scores?.[index]?.questionId)}>
              {(control) => (
                <select
                  {...control}
                  {...form.register(`scores.${index}.questionId`, {
                    onChange: (event: { target: { value: string } }) => {
                      const match = questions.find((question) => question.id === event.target.value);
                      if (match && form.getValues(`scores.${index}.label`) === '') form.setValue(`scores.${index}.label`, match.label);
                    },
                  })}
                  className={inputClass}
                >
                  <option value="">Aucune (question propre à cette source)</option>
                  {questions.map((question) => (
                    <option key={question.id} value={question.id}>
                      {question.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={`outside-score-${index}-label`} label={`Question ${index + 1} : intitulé`} error={errorMessage(errors.scores?.[index]?.label)} required>
              {(control) => <input {...control} {...form.register(`scores.${index}.label`)} className={inputClass} />}
            </Field>
            <Field id={`outside-score-${index}-answers`} label="Réponses" error={errorMessage(errors.scores?.[index]?.answers)} required>
              {(control) => <input {...control} {...form.register(`scores.${index}.answers`)} inputMode="numeric" className={`${inputClass} w-24`} />}
            </Field>
            <Field id={`outside-score-${index}-average`} label="Moyenne sur 5" error={errorMessage(errors.scores?.[index]?.average)} required>
              {(control) => <input {...control} {...form.register(`scores.${index}.average`)} inputMode="decimal" className={`${inputClass} w-24`} />}
            </Field>
            <Button type="button" variant="ghost" className="sm:mt-7" onClick={() => remove(index)}>
              Retirer<span className="sr-only"> la question {index + 1}</span>
            </Button>
          </div>
        ))}
        {fields.length < OUTSIDE_MAX_SCORES ? (
          <Button type="button" variant="secondary" className="self-start" onClick={() => append({ questionId: '', label: '', answers: '', average: '' })}>
            Ajouter une question notée
          </Button>
        ) : null}
      </fieldset>
      <Field
        id="outside-quotes"
        label="Citations"
        hint="Une par ligne ; pour nommer son auteur·rice, ajoutez « — Prénom » à la fin."
        error={errorMessage(errors.quotes)}
      >
        {(control) => <textarea {...control} {...form.register('quotes')} rows={4} className={inputClass} />}
      </Field>
      <div className="flex flex-col gap-1">
        <label className="flex items-start gap-2">
          <input type="checkbox" {...form.register('quotesConsented')} className="mt-1 h-4 w-4 shrink-0 accent-brand-700" aria-describedby="outside-consent-error" />
          <span>Chaque auteur·rice de ces citations a donné son accord pour qu’elle figure dans le bilan.</span>
        </label>
        <p id="outside-consent-error" aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
          {errorMessage(errors.quotesConsented)}
        </p>
      </div>
      <div className="flex gap-3">
        <Button type="submit" disabled={submitting}>
          Enregistrer
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          Annuler
        </Button>
      </div>
    </form>
  );
}

type ImportAnswer =
  | { ok: true; responseCount: number; scores: number; quotes: number; ignoredColumns: string[]; warnings: string[] }
  | { ok: false; error: string; problems?: Array<{ line: number; message: string }> };

/** A file of answers, one row per respondent: sent to the import route (files over 1 MB do not fit a server action). */
function OutsideImportForm({ eventId, onDone }: { eventId: string; onDone: (message: string) => void }) {
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [sending, setSending] = useState(false);
  return (
    <form
      className="flex flex-col gap-3 rounded-md border border-slate-300 p-4"
      onSubmit={async (event) => {
        event.preventDefault();
        const body = new FormData(event.currentTarget);
        setSending(true);
        try {
          const response = await fetch(`/evenements/${eventId}/bilan/hors-trame/import`, { method: 'POST', body });
          const result = (await response.json()) as ImportAnswer;
          setAnswer(result);
          if (result.ok) onDone('Fichier de réponses importé.');
        } catch {
          setAnswer({ ok: false, error: 'L’envoi a échoué : vérifiez votre connexion et réessayez.' });
        } finally {
          setSending(false);
        }
      }}
    >
      <h3 className="text-lg font-semibold">Importer un fichier de réponses (.csv ou .xlsx)</h3>
      <p className="max-w-3xl text-sm text-slate-700">
        Une ligne par personne, une colonne par question. Les colonnes de notes de 1 à 5 sont moyennées (une colonne qui porte l’intitulé
        d’une question de Trame lui est rapprochée) ; une colonne « Citation » ou « Avis à chaud » donne les citations, reprises seulement
        quand la colonne « Consentement » dit « oui » ; « Prénom » ou « Auteur » les signe. Les colonnes d’horodatage, d’e-mail et de texte
        libre sont ignorées. Une seule erreur et rien n’est importé.
      </p>
      {answer && !answer.ok ? (
        <Alert tone="error">
          <p>{answer.error}</p>
          {answer.problems && answer.problems.length > 0 ? (
            <ul className="ml-5 list-disc">
              {answer.problems.map((problem, index) => (
                <li key={index}>
                  Ligne {problem.line} : {problem.message}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {answer && answer.ok ? (
        <Alert tone="success">
          <p>
            {plural(answer.responseCount, { one: 'réponse importée', other: 'réponses importées' })},{' '}
            {plural(answer.scores, { one: 'question notée', other: 'questions notées' })}, {plural(answer.quotes, { one: 'citation', other: 'citations' })}.
            {answer.ignoredColumns.length > 0 ? ` Colonnes ignorées : ${answer.ignoredColumns.join(', ')}.` : ''}
          </p>
          {answer.warnings.map((warning, index) => (
            <p key={index}>{warning}</p>
          ))}
        </Alert>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="outside-import-source" label="Source" required>
          {(control) => <input {...control} name="sourceLabel" defaultValue={OUTSIDE_IMPORT_SOURCE_DEFAULT} list="outside-source-suggestions-import" required maxLength={80} className={inputClass} />}
        </Field>
        <Field id="outside-import-file" label="Fichier de réponses" required>
          {(control) => <input {...control} name="file" type="file" accept=".csv,.xlsx,text/csv" required className={inputClass} />}
        </Field>
      </div>
      <datalist id="outside-source-suggestions-import">
        {OUTSIDE_SOURCE_SUGGESTIONS.map((label) => (
          <option key={label} value={label} />
        ))}
      </datalist>
      <Button type="submit" disabled={sending} className="self-start">
        Importer les réponses
      </Button>
    </form>
  );
}
