'use client';
import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { inputClass } from '@/components/ui/Field';
import { mappingFromHeaders, mappingToHeaders, type ColumnMapping, type ImportSource } from '@/lib/domain/registrations/import-columns';
import { IMPORT_ACCEPT, IMPORT_MAX_BYTES } from '@/lib/schemas/registration-import';
import type { ImportOutcome } from '@/lib/server/actions/registration-import';
import type { ImportReport, TicketDaysChoice } from '@/lib/server/imports/registration-import';
import { ImportPreview } from './ImportPreview';
import { loadSavedMapping, saveMapping } from './mapping-memory';
import { sendImport } from './send-import';
import { ticketDaysOf } from './TicketDays';
import { plural } from '@/lib/domain/format/french';

type Done = { created: number; updated: number };

/** Upload → preview and column mapping → confirmation. Each step re-reads the file on the server. */
export function ImportWizard({ eventId, sources }: { eventId: string; sources: ReadonlyArray<{ id: ImportSource; label: string }> }) {
  const [source, setSource] = useState<ImportSource | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const previewTitle = useRef<HTMLHeadingElement>(null);
  const doneMessage = useRef<HTMLDivElement>(null);
  // Focus moves once React has shown the new step: a fresh object per request re-runs the effect.
  const [focusRequest, setFocusRequest] = useState<{ target: 'preview' | 'done' } | null>(null);
  useEffect(() => {
    if (focusRequest?.target === 'preview') previewTitle.current?.focus();
    if (focusRequest?.target === 'done') doneMessage.current?.focus();
  }, [focusRequest]);

  async function run<T>(step: 'apercu' | 'confirmer', mapping: ColumnMapping | null, ticketDays: TicketDaysChoice | null = null): Promise<T | null> {
    if (!source || !file) return null;
    setPending(true);
    setError(null);
    const result = await sendImport<T>({ eventId, step, source, file, mapping, ticketDays });
    setPending(false);
    if (!result.ok) setError(result.error);
    return result.ok ? result.data : null;
  }

  async function analyse() {
    setDone(null);
    setReport(null);
    if (!source) return setError('Choisissez la provenance du fichier.');
    if (!file) return setError('Choisissez un fichier .csv ou .xlsx.');
    if (file.size > IMPORT_MAX_BYTES) return setError('Le fichier dépasse 2 Mo : découpez-le en plusieurs fichiers.');
    let analysed = await run<ImportReport>('apercu', null);
    // The columns chosen last time for this source, when the new file has them.
    const saved = analysed ? loadSavedMapping(source) : null;
    if (analysed && saved) {
      const remembered = mappingFromHeaders(saved, analysed.headers, source);
      if (JSON.stringify(remembered) !== JSON.stringify(analysed.mapping)) analysed = (await run<ImportReport>('apercu', remembered)) ?? analysed;
    }
    setReport(analysed);
    if (analysed) setFocusRequest({ target: 'preview' });
  }

  // The days chosen for each ticket stay when another column is chosen.
  async function remap(mapping: ColumnMapping, ticketDays: TicketDaysChoice | null = report ? ticketDaysOf(report) : null) {
    const analysed = await run<ImportReport>('apercu', mapping, ticketDays);
    if (analysed) setReport(analysed);
  }

  async function confirm() {
    if (!report || !source) return;
    const outcome = await run<ImportOutcome>('confirmer', report.mapping, ticketDaysOf(report));
    if (!outcome) return;
    setReport(outcome.report);
    if (!outcome.written) return setError('Rien n’a été importé : corrigez les lignes signalées puis analysez à nouveau le fichier.');
    saveMapping(source, mappingToHeaders(report.mapping, report.headers));
    setDone(outcome.written);
    setReport(null);
    setFocusRequest({ target: 'done' });
  }

  return (
    <div className="flex flex-col gap-5">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void analyse();
        }}
        className="flex flex-col gap-4"
      >
        <fieldset>
          <legend className="font-medium">
            Provenance du fichier<span aria-hidden="true" className="text-accent-600"> *</span>
          </legend>
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
            {sources.map((option) => (
              <label key={option.id} className="flex min-h-11 items-center gap-2">
                <input type="radio" name="source" checked={source === option.id} onChange={() => {
                    setSource(option.id);
                    setReport(null);
                  }} className="h-5 w-5 accent-brand-700" />
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="font-medium">
            Fichier<span aria-hidden="true" className="text-accent-600"> *</span>
          </label>
          <p id="import-file-hint" className="text-sm text-slate-700">
            CSV (séparé par des points-virgules ou des virgules, en UTF-8 ou Windows-1252) ou XLSX, 2 Mo au plus. La première ligne contient les titres des colonnes.
          </p>
          <input
            id="import-file"
            type="file"
            accept={IMPORT_ACCEPT}
            aria-describedby="import-file-hint"
            onChange={(event) => {
              // A preview belongs to one file: another file needs its own before it can be imported.
              setFile(event.target.files?.[0] ?? null);
              setReport(null);
            }}
            className={inputClass}
          />
        </div>
        <Button type="submit" disabled={pending} className="self-start">
          Analyser le fichier
        </Button>
      </form>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {done ? (
        <div ref={doneMessage} tabIndex={-1}>
          <Alert tone="success">
            Import terminé : {plural(done.created, { one: 'inscription créée', other: 'inscriptions créées' })}, {done.updated} mise
            {done.updated > 1 ? 's' : ''} à jour. Les colonnes choisies sont retenues dans ce navigateur pour le prochain import de cette source.
          </Alert>
        </div>
      ) : null}
      {report ? <ImportPreview report={report} pending={pending} titleRef={previewTitle} onRemap={(mapping) => void remap(mapping)} onTicketDays={(days) => void remap(report.mapping, days)} onConfirm={confirm} /> : null}
    </div>
  );
}
