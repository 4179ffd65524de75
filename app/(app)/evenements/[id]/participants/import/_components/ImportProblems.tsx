import type { ImportReport } from '@/lib/server/imports/registration-import';
import { plural } from '@/lib/domain/format/french';

/** Every blocking problem with its line, then the warnings that do not block the import. */
export function ImportProblems({ report }: { report: ImportReport }) {
  const more = (listed: number, total: number) => (total > listed ? <li>… et {total - listed} de plus.</li> : null);
  return (
    <>
      {report.mappingProblems.length > 0 ? (
        <div role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
          <h4 className="font-semibold">Colonnes à choisir</h4>
          <ul className="list-disc pl-5">
            {report.mappingProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {report.errorCount > 0 ? (
        <div className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
          <h4 className="font-semibold">
            {plural(report.errorCount, { one: 'problème', other: 'problèmes' })} à corriger dans le fichier
          </h4>
          <ul className="list-disc pl-5">
            {report.errors.map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
            {more(report.errors.length, report.errorCount)}
          </ul>
        </div>
      ) : null}
      {report.warningCount > 0 ? (
        <div className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 text-slate-900">
          <h4 className="font-semibold">
            {plural(report.warningCount, { one: 'avertissement', other: 'avertissements' })} (l’import reste possible)
          </h4>
          <ul className="list-disc pl-5">
            {report.warnings.map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
            {more(report.warnings.length, report.warningCount)}
          </ul>
        </div>
      ) : null}
    </>
  );
}
