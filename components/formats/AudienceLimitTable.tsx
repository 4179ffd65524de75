import { MATURITY_LEVELS } from '@/lib/domain/diagnostic';
import { audienceLimitFor, isRecommendedFor, type Format } from '@/lib/domain/formats';
import { NO_AUDIENCE_LIMIT, formatAudienceLimit } from './format-text';

const cellClass = 'border border-slate-300 px-3 py-2 text-left print:border-black';

/**
 * La jauge conseillée niveau par niveau. Pour un format de la grille, le tableau dit aussi
 * à quels niveaux il est recommandé ; hors grille, la colonne n'aurait que des « Non ».
 */
export function AudienceLimitTable({ format }: { format: Format }) {
  const rows = MATURITY_LEVELS.map((level) => ({
    level,
    limit: formatAudienceLimit(audienceLimitFor(format.id, level)),
    recommended: isRecommendedFor(format.id, level),
  }));
  if (rows.every((row) => row.limit === null)) {
    return <p className="text-slate-800 print:text-black">Aucune jauge n’est conseillée pour ce format, à aucun niveau.</p>;
  }
  return (
    <table className="w-full border-collapse self-start text-sm sm:w-auto">
      <caption className="mb-2 text-left text-slate-700 print:text-black">Jauge conseillée selon le niveau de maturité</caption>
      <thead>
        <tr className="bg-slate-100 print:bg-white">
          <th scope="col" className={cellClass}>
            Niveau
          </th>
          <th scope="col" className={cellClass}>
            Jauge conseillée
          </th>
          {format.inGrid ? (
            <th scope="col" className={cellClass}>
              Format recommandé à ce niveau
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.level}>
            <th scope="row" className={`${cellClass} font-semibold`}>
              Niveau {row.level}
            </th>
            <td className={cellClass}>{row.limit ?? NO_AUDIENCE_LIMIT}</td>
            {format.inGrid ? <td className={cellClass}>{row.recommended ? 'Oui' : 'Non'}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
