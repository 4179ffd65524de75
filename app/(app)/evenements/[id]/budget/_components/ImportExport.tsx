'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { SPREADSHEET_ACCEPT, SPREADSHEET_MAX_BYTES, SPREADSHEET_TOO_LARGE } from '@/lib/domain/files/spreadsheet';
import { BUDGET_IMPORT_MODES, BUDGET_IMPORT_MODE_LABELS } from '@/lib/schemas/budget';
import type { ImportPreviewLine, ImportProblem } from '@/lib/server/imports/budget-import';
import { ImportPreview, ImportProblems } from './ImportPreview';

type Mode = (typeof BUDGET_IMPORT_MODES)[number];
type Answer = { ok: true; lines?: ImportPreviewLine[]; count?: number } | { ok: false; error: string; problems?: ImportProblem[] };

export function ImportExport({ eventId, canEdit }: { eventId: string; canEdit: boolean }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<Mode>('append');
  const [preview, setPreview] = useState<ImportPreviewLine[] | null>(null);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const base = `/evenements/${eventId}/budget`;

  async function send(step: 'preview' | 'confirm'): Promise<Answer | null> {
    setError(null);
    setProblems([]);
    setStatus('');
    const refusal = !file
      ? 'Choisissez un fichier .csv ou .xlsx à importer.'
      : !/\.(csv|xlsx)$/i.test(file.name)
        ? 'Choisissez un fichier .csv ou .xlsx.'
        : file.size > SPREADSHEET_MAX_BYTES
          ? SPREADSHEET_TOO_LARGE
          : null;
    if (refusal || !file) {
      setError(refusal);
      return null;
    }
    const body = new FormData();
    body.set('step', step);
    body.set('mode', mode);
    body.set('file', file);
    setBusy(true);
    try {
      const response = await fetch(`${base}/import`, { method: 'POST', body });
      const answer = (await response.json()) as Answer;
      if (!answer.ok) {
        setError(answer.error);
        setProblems(answer.problems ?? []);
        setPreview(null);
      }
      return answer;
    } catch {
      setError('L’import n’a pas pu aboutir. Vérifiez votre connexion et réessayez.');
      return null;
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="import-export-title" className="flex flex-col gap-3">
      <h2 id="import-export-title" className="text-2xl font-semibold">
        Exporter et importer
      </h2>
      <p className="flex flex-wrap gap-3">
        <a href={`${base}/export.csv`} download className="rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
          Télécharger en CSV (Excel)
        </a>
        <a href={`${base}/export.xlsx`} download className="rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
          Télécharger en XLSX
        </a>
      </p>
      {canEdit ? (
        <form
          noValidate
          className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow"
          onSubmit={async (event) => {
            event.preventDefault();
            const answer = await send('preview');
            if (answer?.ok) setPreview(answer.lines ?? []);
          }}
        >
          <p className="text-slate-700">
            Importez un fichier aux mêmes colonnes que l’export, ou le tableau des dépenses de votre bilan (CSV séparé par des
            points-virgules ou des virgules, ou XLSX ; 2 Mo au plus) : une colonne de libellé (Libellé, Poste…), un prévisionnel et/ou
            un réalisé ; une ligne de titre sans montant (« Frais de personnel ») donne la catégorie des lignes qui la suivent, les
            lignes « Total » sont ignorées, un prévisionnel vide avec un réalisé fait une ligne « non prévu », les mois s’écrivent
            2024-08, 08/2024, août 2024 ou août-24. Chaque ligne est vérifiée et tous les problèmes sont listés ; si une seule est à
            corriger, rien n’est importé.
          </p>
          <Field id="budget-import-file" label="Fichier à importer" hint="Formats acceptés : .csv, .xlsx">
            {(control) => (
              <input
                {...control}
                type="file"
                accept={SPREADSHEET_ACCEPT}
                className={inputClass}
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  setPreview(null);
                  setProblems([]);
                  setError(null);
                }}
              />
            )}
          </Field>
          <fieldset>
            <legend className="mb-1 font-semibold">Lignes actuelles du budget</legend>
            {BUDGET_IMPORT_MODES.map((value) => (
              <label key={value} className="flex items-center gap-2">
                <input type="radio" name="budget-import-mode" value={value} checked={mode === value} onChange={() => setMode(value)} className="h-4 w-4" />
                {BUDGET_IMPORT_MODE_LABELS[value]}
              </label>
            ))}
          </fieldset>
          {error ? <Alert tone="error">{error}</Alert> : null}
          <ImportProblems problems={problems} />
          {status ? <Alert tone="success">{status}</Alert> : null}
          <Button type="submit" variant="secondary" disabled={busy} className="self-start">
            Vérifier le fichier
          </Button>
          {preview ? (
            <ImportPreview
              lines={preview}
              replace={mode === 'replace'}
              busy={busy}
              onConfirm={async () => {
                const answer = await send('confirm');
                if (!answer?.ok) return;
                setPreview(null);
                setStatus(`${answer.count ?? 0} ligne${(answer.count ?? 0) > 1 ? 's importées' : ' importée'}.`);
                router.refresh();
              }}
            />
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
