import { FUNDER_TYPE_LABELS, funderShares, type BudgetLine } from '@/lib/domain/budget';
import { numClass, tableClass, tdClass, thClass } from './format';
import { formatMoney, formatPercent } from '@/lib/domain/format/french';

/** Each funder's share of the produits: what funders look for first. */
export function FunderShares({ lines }: { lines: readonly BudgetLine[] }) {
  const shares = funderShares(lines);
  return (
    <section aria-labelledby="financeurs-title" className="flex flex-col gap-3">
      <h2 id="financeurs-title" className="text-2xl font-semibold">
        Part des financeurs
      </h2>
      {shares.length === 0 ? (
        <p className="text-slate-700">Aucun financeur nommé pour l’instant : indiquez-le sur les lignes de subvention ou de mécénat.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white p-4 shadow">
          <table className={tableClass}>
            <caption className="mb-2 text-left font-semibold">Part de chaque financeur dans le total des produits</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Financeur</th>
                <th scope="col" className={`${thClass} text-right`}>Prévisionnel</th>
                <th scope="col" className={`${thClass} text-right`}>Part prévue</th>
                <th scope="col" className={`${thClass} text-right`}>Réalisé</th>
                <th scope="col" className={`${thClass} text-right`}>Part réalisée</th>
              </tr>
            </thead>
            <tbody>
              {shares.map((share) => (
                <tr key={share.funderName}>
                  <th scope="row" className={`${tdClass} font-medium`}>
                    {share.funderName}
                    {share.funderType ? <span className="block font-normal text-slate-700">{FUNDER_TYPE_LABELS[share.funderType]}</span> : null}
                  </th>
                  <td className={`${tdClass} ${numClass}`}>{formatMoney(share.forecastCents)}</td>
                  <td className={`${tdClass} ${numClass}`}>{formatPercent(share.forecastSharePercent)}</td>
                  <td className={`${tdClass} ${numClass}`}>{formatMoney(share.actualCents)}</td>
                  <td className={`${tdClass} ${numClass}`}>{formatPercent(share.actualSharePercent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
