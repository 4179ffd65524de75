'use client';
import { Button } from '@/components/ui/Button';
import { BUDGET_KIND_LABELS } from '@/lib/domain/budget';
import type { ImportPreviewLine, ImportProblem } from '@/lib/server/imports/budget-import';
import { numClass, tableClass, tdClass, thClass } from './format';
import { formatMoney, plural } from '@/lib/domain/format/french';

function where(line: number | null, sheet: string | null): string {
  const at = line === null ? 'Fichier' : `Ligne ${line}`;
  return sheet ? `${at} (feuille ${sheet})` : at;
}

/** Every problem, with its line number, so the file can be corrected in one pass. */
export function ImportProblems({ problems }: { problems: ImportProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="flex list-disc flex-col gap-1 pl-6 text-red-900">
      {problems.map((problem) => (
        <li key={`${problem.sheet}-${problem.line}`}>
          <strong>{where(problem.line, problem.sheet)} :</strong> {problem.messages.join(' ; ')}
        </li>
      ))}
    </ul>
  );
}

export function ImportPreview(props: { lines: ImportPreviewLine[]; replace: boolean; busy: boolean; onConfirm: () => void }) {
  return (
    <div className="flex flex-col gap-3 border-t border-slate-300 pt-3">
      <div className="overflow-x-auto">
        <table className={tableClass}>
          <caption className="mb-2 text-left font-semibold">
            Aperçu : {plural(props.lines.length, { one: 'ligne prête', other: 'lignes prêtes' })} à importer
          </caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>Ligne du fichier</th>
              <th scope="col" className={thClass}>Type</th>
              <th scope="col" className={thClass}>Catégorie</th>
              <th scope="col" className={thClass}>Libellé</th>
              <th scope="col" className={`${thClass} text-right`}>Prévisionnel</th>
              <th scope="col" className={`${thClass} text-right`}>Réalisé</th>
            </tr>
          </thead>
          <tbody>
            {props.lines.map((line) => (
              <tr key={`${line.sheet}-${line.line}`}>
                <td className={tdClass}>{where(line.line, line.sheet)}</td>
                <td className={tdClass}>{BUDGET_KIND_LABELS[line.kind]}</td>
                <td className={tdClass}>{line.category}</td>
                <th scope="row" className={`${tdClass} font-medium`}>{line.label}</th>
                <td className={`${tdClass} ${numClass}`}>{line.unplanned ? 'non prévu' : formatMoney(line.forecastCents)}</td>
                <td className={`${tdClass} ${numClass}`}>{formatMoney(line.actualCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.replace ? (
        <p className="font-medium text-red-900">Les lignes actuelles du budget seront supprimées et remplacées par celles-ci.</p>
      ) : null}
      <Button type="button" disabled={props.busy} className="self-start" onClick={props.onConfirm}>
        Confirmer l’import
      </Button>
    </div>
  );
}
