import type { Metadata } from 'next';
import Link from 'next/link';
import { getOrganisationComparison } from '@/lib/server/queries/organisation-comparison';
import { ComparisonCharts } from './_components/ComparisonCharts';
import { ComparisonTable } from './_components/ComparisonTable';
import { TerritoryMaturity } from './_components/TerritoryMaturity';
import { pageError } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Comparer nos événements' };

export default async function OrganisationComparisonPage() {
  // A funder organisation has no events of its own: the page does not exist for it.
  const comparison = await getOrganisationComparison().catch(pageError);
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-1">
        <p>
          <Link href="/organisation" className="text-brand-700 underline underline-offset-4">
            {comparison.organisationName}
          </Link>
        </p>
        <h1 className="text-3xl font-bold">Comparer nos événements</h1>
        <p className="text-slate-700">
          Les événements que la structure organise ou co-organise, du plus ancien au plus récent. Participant·es présent·es hors
          intervenant·es ; no-show de tous les jours réunis, une fois le pointage fait ; coût réalisé (hors contributions en nature)
          divisé par les présent·es ; satisfaction globale moyenne du questionnaire.
        </p>
      </header>
      {comparison.events.length === 0 ? (
        <p className="rounded-lg bg-white p-6 shadow">
          Aucun événement pour le moment.{' '}
          <Link href="/evenements/nouveau" className="text-brand-700 underline underline-offset-4">
            Créer un événement
          </Link>
        </p>
      ) : (
        <>
          <ComparisonTable events={comparison.events} />
          <ComparisonCharts events={comparison.events} />
          <TerritoryMaturity territories={comparison.territories} />
        </>
      )}
    </div>
  );
}
