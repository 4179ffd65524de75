'use client';
import type { RefObject } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ColumnMapping } from '@/lib/domain/registrations/import-columns';
import type { ImportReport, TicketDaysChoice } from '@/lib/server/imports/registration-import';
import { ImportProblems } from './ImportProblems';
import { TicketDays } from './TicketDays';
import { de } from '@/lib/domain/format/french';

const DELIMITER_LABELS: Record<string, string> = { ';': 'point-virgule', ',': 'virgule', '\t': 'tabulation' };

/** A, B, … Z, AA: the letters a spreadsheet shows above its columns. */
function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export function ImportPreview({
  report,
  pending,
  titleRef,
  onRemap,
  onTicketDays,
  onConfirm,
}: {
  report: ImportReport;
  pending: boolean;
  titleRef: RefObject<HTMLHeadingElement | null>;
  onRemap: (mapping: ColumnMapping) => void;
  onTicketDays: (choice: TicketDaysChoice) => void;
  onConfirm: () => void;
}) {
  const fieldOf = (index: number) => IMPORT_FIELDS.find((field) => report.mapping[field] === index);
  const fileFacts = [
    report.format === 'csv' ? 'CSV' : 'XLSX',
    report.encoding ? `encodage ${report.encoding}` : null,
    report.delimiter ? `séparateur ${DELIMITER_LABELS[report.delimiter] ?? report.delimiter}` : null,
    plural(report.rowCount, 'ligne', 'lignes'),
  ].filter(Boolean);

  return (
    <section aria-labelledby="import-apercu" className="flex flex-col gap-4 border-t border-slate-300 pt-4">
      <h3 id="import-apercu" ref={titleRef} tabIndex={-1} className="text-xl font-semibold">
        Aperçu {de(report.fileName)}
      </h3>
      <p className="text-slate-800">{fileFacts.join(' · ')}</p>
      <fieldset className="rounded-md border border-slate-300 p-3">
        <legend className="px-1 font-semibold">Colonnes à importer</legend>
        <p className="mb-2 text-sm text-slate-700">Le nom vient du nom complet, ou du prénom et du nom de famille.</p>
        <div className="grid gap-3 sm:grid-cols-2">
          {IMPORT_FIELDS.map((field) => (
            <div key={field} className="flex flex-col gap-1">
              <label htmlFor={`colonne-${field}`} className="font-medium">
                {IMPORT_FIELD_LABELS[field]}
              </label>
              <select
                id={`colonne-${field}`}
                value={report.mapping[field] ?? ''}
                disabled={pending}
                onChange={(event) => onRemap({ ...report.mapping, [field]: event.target.value === '' ? null : Number(event.target.value) })}
                className="rounded-md border border-slate-400 bg-white px-3 py-2"
              >
                <option value="">— Ne pas importer —</option>
                {report.headers.map((header, index) => (
                  <option key={index} value={index}>
                    Colonne {columnLetter(index)} — {header || '(sans titre)'}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </fieldset>
      <div role="region" aria-label="Premières lignes du fichier" tabIndex={0} className="relative overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="mb-1 text-left font-medium text-slate-900">Les {report.preview.length} premières lignes du fichier</caption>
          <thead>
            <tr className="border-b border-slate-300 align-bottom">
              {report.headers.map((header, index) => {
                const field = fieldOf(index);
                return (
                  <th key={index} scope="col" className="px-2 py-1 whitespace-nowrap">
                    {header || `Colonne ${columnLetter(index)}`}
                    <span className={`block text-xs font-normal ${field ? 'text-brand-800' : 'text-slate-700'}`}>
                      {field ? `→ ${IMPORT_FIELD_LABELS[field]}` : 'non importée'}
                    </span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {report.preview.map((row, rowIndex) => (
              <tr key={rowIndex} className="border-b border-slate-100">
                {row.map((cell, index) => (
                  <td key={index} className="px-2 py-1 whitespace-nowrap">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TicketDays report={report} pending={pending} onChange={onTicketDays} />
      <ImportProblems report={report} />
      {report.ready ? (
        <div className="flex flex-col gap-3 rounded-md bg-brand-50 p-4">
          <p className="font-semibold text-slate-900">
            {plural(report.toCreate, 'inscription sera créée', 'inscriptions seront créées')}, {plural(report.toUpdate, 'mise à jour', 'mises à jour')}{' '}
            (adresse déjà inscrite). Toutes sont confirmées.
          </p>
          <p className="max-w-prose text-slate-800">
            Le consentement des personnes a été recueilli par l’outil de billetterie : Trame enregistre la date de l’import comme date de consentement.
          </p>
          <Button type="button" disabled={pending} onClick={onConfirm} className="self-start">
            Confirmer l’import
          </Button>
        </div>
      ) : (
        <Alert tone="error">Rien ne sera importé tant que le fichier contient une ligne à corriger : corrigez-le puis analysez-le à nouveau.</Alert>
      )}
    </section>
  );
}
