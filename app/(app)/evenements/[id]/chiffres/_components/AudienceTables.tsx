import type { RegistrationFigures } from '@/lib/server/queries/registration-figures';
import { formatPercent } from '@/lib/domain/format/french';

/** Who registered and who came, by audience category; and how much of each target audience came. */
export function AudienceTables({ figures }: { figures: RegistrationFigures }) {
  const { registeredByAudience: registered, presentByAudience: present } = figures;
  return (
    <>
      <section aria-labelledby="publics" className="rounded-lg bg-white p-4 shadow sm:p-6">
        <h3 id="publics" className="mb-3 text-xl font-semibold">
          Par catégorie de public
        </h3>
        <div role="region" aria-label="Répartition par catégorie (tableau)" tabIndex={0} className="relative overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">Inscrit·es et présent·es par catégorie de public</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">Catégorie</th>
                <th scope="col" className="py-2 pr-3">Inscrit·es</th>
                <th scope="col" className="py-2 pr-3">Part</th>
                <th scope="col" className="py-2 pr-3">Présent·es</th>
                <th scope="col" className="py-2">Part</th>
              </tr>
            </thead>
            <tbody>
              {registered.rows.map((row, index) => (
                <tr key={row.category} className="border-b border-slate-100">
                  <th scope="row" className="py-2 pr-3 font-medium">{row.label}</th>
                  <td className="py-2 pr-3">{row.count}</td>
                  <td className="py-2 pr-3">{formatPercent(row.percent)}</td>
                  <td className="py-2 pr-3">{present.rows[index]?.count ?? 0}</td>
                  <td className="py-2">{formatPercent(present.rows[index]?.percent ?? null)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="font-semibold">
                <th scope="row" className="py-2 pr-3">Total</th>
                <td className="py-2 pr-3">{registered.total}</td>
                <td className="py-2 pr-3" />
                <td className="py-2 pr-3">{present.total}</td>
                <td className="py-2" />
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
      <section aria-labelledby="couverture" className="rounded-lg bg-white p-4 shadow sm:p-6">
        <h3 id="couverture" className="mb-1 text-xl font-semibold">
          Couverture des publics cibles
        </h3>
        {figures.coverage.length === 0 ? (
          <p className="text-slate-800">Aucun public cible n’est renseigné pour cet événement (effectif du territoire par catégorie).</p>
        ) : (
          <div role="region" aria-label="Couverture des publics cibles (tableau)" tabIndex={0} className="relative overflow-x-auto">
            <table className="w-full text-left">
              <caption className="mb-2 text-left text-slate-800">Présent·es au moins un jour, rapporté·es à l’effectif du territoire.</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">Public cible</th>
                  <th scope="col" className="py-2 pr-3">Présent·es</th>
                  <th scope="col" className="py-2 pr-3">Effectif du territoire</th>
                  <th scope="col" className="py-2">Couverture</th>
                </tr>
              </thead>
              <tbody>
                {figures.coverage.map((row) => (
                  <tr key={row.category} className="border-b border-slate-100">
                    <th scope="row" className="py-2 pr-3 font-medium">{row.label}</th>
                    <td className="py-2 pr-3">{row.presentCount}</td>
                    <td className="py-2 pr-3">{row.territoryTotal ?? 'non renseigné'}</td>
                    <td className="py-2">{formatPercent(row.percent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
