import { gapsByCategory, type BudgetLine } from '@/lib/domain/budget';
import { ChargesChart } from './ChargesChart';
import { formatGap, numClass, tableClass, tdClass, thClass } from './format';
import { formatMoney } from '@/lib/domain/format/french';

/** The chart of charges by category, and the same figures as a table (what screen readers read). */
export function ChargesByCategory({ lines }: { lines: readonly BudgetLine[] }) {
  const categories = gapsByCategory(lines).charges;
  return (
    <section aria-labelledby="graphique-title" className="flex flex-col gap-3">
      <h2 id="graphique-title" className="text-2xl font-semibold">
        Charges par catégorie : prévu et réalisé
      </h2>
      {categories.length === 0 ? (
        <p className="text-slate-700">Le graphique apparaîtra avec les premières charges.</p>
      ) : (
        <div className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow">
          <ChargesChart
            data={categories.map((category) => ({
              label: category.label,
              forecast: category.forecastCents,
              actual: category.actualCents,
            }))}
          />
          <div className="overflow-x-auto">
            <table className={tableClass}>
              <caption className="mb-2 text-left font-semibold">Données du graphique : charges par catégorie</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Catégorie</th>
                  <th scope="col" className={`${thClass} text-right`}>Prévisionnel</th>
                  <th scope="col" className={`${thClass} text-right`}>Réalisé</th>
                  <th scope="col" className={`${thClass} text-right`}>Écart</th>
                </tr>
              </thead>
              <tbody>
                {categories.map((category) => (
                  <tr key={category.category}>
                    <th scope="row" className={`${tdClass} font-medium`}>{category.label}</th>
                    <td className={`${tdClass} ${numClass}`}>{formatMoney(category.forecastCents)}</td>
                    <td className={`${tdClass} ${numClass}`}>
                      {category.missingActualCount === category.lineCount ? '—' : formatMoney(category.actualCents)}
                    </td>
                    <td className={`${tdClass} ${numClass}`}>{formatGap(category.gapCents, category.gapPercent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
