import type { Metadata } from 'next';
import Link from 'next/link';
import { requireViewer } from '@/lib/server/authz';
import { pageError } from '@/lib/server/page-data';
import { getFunderDashboard } from '@/lib/server/queries/funder-dashboard';
import { pickFilterParams } from '@/lib/schemas/funder-dashboard';
import { LevelBeforeAfter } from '@/components/rollup/LevelBeforeAfter';
import { FunderCharts } from './_components/FunderCharts';
import { FunderFilters } from './_components/FunderFilters';
import { FunderEventsTable, FunderGrantsTable, FunderTotalsList } from './_components/FunderTables';

export const metadata: Metadata = { title: 'Tableau de bord des financements' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FunderDashboardPage({ searchParams }: Props) {
  const params = await searchParams;
  const viewer = await requireViewer();
  // A hub's member is refused (403): this page exists for funder organisations only.
  const dashboard = await getFunderDashboard(viewer, params).catch(pageError);
  const raw = pickFilterParams(params);
  const query = new URLSearchParams(Object.entries(raw).flatMap(([key, value]) => (value ? [[key, value]] : []))).toString();
  const exportHref = (fichier: 'csv' | 'xlsx') => `/financeur/export?${query ? `${query}&` : ''}fichier=${fichier}`;
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <p className="text-slate-700">{dashboard.funderName}</p>
        <h1 className="text-3xl font-bold">Tableau de bord des financements</h1>
        <p className="text-slate-700">
          Les bilans validés que les structures vous ont partagés, toutes structures réunies : pour chaque événement, la dernière version
          partagée. Un partage retiré disparaît d’ici.{' '}
          <Link href="/" className="text-brand-700 underline underline-offset-4">
            Liste des bilans partagés
          </Link>
        </p>
      </header>
      {dashboard.sharedCount === 0 ? (
        <section aria-labelledby="empty-title" className="rounded-lg bg-white p-6 shadow">
          <h2 id="empty-title" className="mb-2 text-xl font-semibold">
            Aucun bilan partagé pour le moment
          </h2>
          <p className="mb-2">
            Aucune structure n’a encore partagé de bilan avec {dashboard.funderName}. Ce tableau se remplit à mesure que les structures que vous
            financez vous partagent leurs bilans.
          </p>
          <p>
            Pour partager, une structure valide le bilan de son événement (onglet « Bilan »), ouvre la version validée et choisit votre
            structure dans « Partager avec un financeur » : donnez-lui le nom exact de votre structure et votre SIRET pour qu’elle vous
            reconnaisse. Pour que vos subventions soient regroupées ici, demandez-lui d’indiquer votre nom et la référence de la convention sur
            la ligne de produit correspondante de son budget.
          </p>
        </section>
      ) : (
        <>
          <FunderFilters options={dashboard.options} values={raw} />
          {dashboard.errors.length > 0 ? (
            <div role="alert" className="rounded-lg border border-red-700 bg-red-50 p-4 text-red-800">
              <p className="font-semibold">Ces filtres ne peuvent pas s’appliquer :</p>
              <ul className="list-disc pl-6">
                {dashboard.errors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            </div>
          ) : dashboard.rows.length === 0 ? (
            <p className="rounded-lg bg-white p-6 shadow">Aucun bilan partagé ne correspond à ces filtres.</p>
          ) : (
            <>
              <p className="flex flex-wrap gap-4">
                <a href={exportHref('csv')} download className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-700">
                  Exporter en CSV
                </a>
                <a href={exportHref('xlsx')} download className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-700">
                  Exporter en XLSX
                </a>
              </p>
              <FunderTotalsList totals={dashboard.totals} />
              {dashboard.grants.length > 0 ? <FunderGrantsTable grants={dashboard.grants} /> : null}
              <FunderEventsTable rows={dashboard.rows} />
              <FunderCharts months={dashboard.months} />
              <LevelBeforeAfter rows={dashboard.levels} scope="financé" />
            </>
          )}
        </>
      )}
    </div>
  );
}
