import Link from 'next/link';
import { formatDate } from '@/lib/domain/dates';
import { listSharedBilans } from '@/lib/server/queries/bilan-shares';

/** A funder's home: the bilans every hub shared with its current organisation, newest first. */
export async function SharedBilans({ organisationName }: { organisationName: string }) {
  const bilans = await listSharedBilans();
  return (
    <section aria-labelledby="bilans-title">
      <h1 id="bilans-title" className="mb-2 text-3xl font-bold">
        Bilans partagés
      </h1>
      <p className="mb-4">
        <Link href="/financeur" className="text-brand-700 underline underline-offset-4">
          Vue d’ensemble des financements
        </Link>{' '}
        : les chiffres de tous ces bilans réunis, par structure, territoire, période et subvention.
      </p>
      {bilans.length === 0 ? (
        <p className="rounded-lg bg-white p-6 shadow">
          Aucun bilan n’a encore été partagé avec {organisationName}. Les bilans que les structures organisatrices vous
          partagent apparaîtront ici, en lecture seule.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white p-4 shadow">
          <table className="w-full text-left">
            <caption className="sr-only">Bilans partagés avec {organisationName}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">Événement</th>
                <th scope="col" className="py-2 pr-3">Structure</th>
                <th scope="col" className="py-2 pr-3">Version</th>
                <th scope="col" className="py-2 pr-3">Partagé le</th>
                <th scope="col" className="py-2">Document</th>
              </tr>
            </thead>
            <tbody>
              {bilans.map((bilan) => (
                <tr key={bilan.versionId} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <Link href={`/bilans/${bilan.versionId}`} className="font-semibold text-brand-700 underline underline-offset-4">
                      {bilan.eventTitle}
                    </Link>
                  </th>
                  <td className="py-2 pr-3">{bilan.hubName}</td>
                  <td className="py-2 pr-3">
                    {bilan.number}, validée le {formatDate(bilan.validatedAt)}
                  </td>
                  <td className="py-2 pr-3">{formatDate(bilan.sharedAt)}</td>
                  <td className="py-2">
                    <a href={`/bilans/${bilan.versionId}/pdf`} download className="text-brand-700 underline underline-offset-4">
                      PDF<span className="sr-only"> du bilan {bilan.eventTitle}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
