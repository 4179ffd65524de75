import Link from 'next/link';
import { formatMoney, formatRate, formatRating } from '@/lib/domain/bilan/display';
import { formatDate } from '@/lib/domain/dates';
import { formatCount, formatEuros, plural } from '@/lib/domain/format/french';
import type { FunderEventRow, FunderTotals, GrantGroup } from '@/lib/domain/funders/rollup';

const th = 'py-2 pr-3 align-bottom';
const num = 'py-2 pr-3 text-right';

/** The totals of the filtered bilans, each with the rule that produced it. */
export function FunderTotalsList({ totals }: { totals: FunderTotals }) {
  const facts: Array<[string, string]> = [
    ['Bilans', `${plural(totals.events, { one: 'bilan', other: 'bilans' })}, ${plural(totals.hubs, { one: 'structure', other: 'structures' })}`],
    ['Participant·es présent·es', formatCount(totals.participants)],
    ['No-show', formatRate(totals.noShowRate)],
    ['Public cible du territoire présent', formatRate(totals.audienceShare)],
    ['Satisfaction globale', `${formatRating(totals.satisfaction.average)} (${plural(totals.satisfaction.answers, { one: 'réponse', other: 'réponses' })})`],
    ['Coût par participant·e', formatMoney(totals.costPerParticipantCents)],
    ['Votre apport', `${formatEuros(totals.funderCents)} sur ${formatEuros(totals.produitsCents)} de produits (${formatRate(totals.funderSharePercent)})`],
    ['Femmes parmi les intervenant·es', formatRate(totals.womenShare)],
  ];
  return (
    <section aria-labelledby="totals-title" className="rounded-lg bg-white p-4 shadow sm:p-6">
      <h2 id="totals-title" className="mb-3 text-2xl font-semibold">
        Totaux
      </h2>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-4">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd className="text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm text-slate-700">
        Les taux sont calculés sur les sommes de tous les bilans (un événement de 300 personnes pèse plus qu’un de 20) ; la satisfaction est une
        moyenne pondérée par le nombre de réponses ; le coût par participant·e divise les charges réalisées par les présent·es des bilans qui le
        donnent. « — » : chiffre non disponible.
      </p>
    </section>
  );
}

export function FunderEventsTable({ rows }: { rows: FunderEventRow[] }) {
  return (
    <section aria-labelledby="events-title" className="rounded-lg bg-white p-4 shadow sm:p-6">
      <h2 id="events-title" className="mb-3 text-2xl font-semibold">
        Bilan par bilan
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Les bilans partagés retenus, un par événement (dernière version partagée)</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className={th}>Événement</th>
              <th scope="col" className={th}>Structure</th>
              <th scope="col" className={th}>Début</th>
              <th scope="col" className={`${th} text-right`}>Présent·es</th>
              <th scope="col" className={`${th} text-right`}>No-show</th>
              <th scope="col" className={`${th} text-right`}>Public cible</th>
              <th scope="col" className={`${th} text-right`}>Satisfaction</th>
              <th scope="col" className={`${th} text-right`}>Coût par participant·e</th>
              <th scope="col" className={`${th} text-right`}>Votre part des produits</th>
              <th scope="col" className={`${th} text-right`}>Femmes parmi les intervenant·es</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.versionId} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <Link href={`/bilans/${row.versionId}`} className="font-semibold text-brand-700 underline underline-offset-4">
                    {row.title}
                  </Link>
                  <span className="block text-slate-600">{`Version ${row.versionNumber}${row.territoryName ? ` · ${row.territoryName}` : ''}`}</span>
                </th>
                <td className="py-2 pr-3">{row.hubName}</td>
                <td className="py-2 pr-3">{formatDate(new Date(row.startsAt))}</td>
                <td className={num}>{formatCount(row.participants)}</td>
                <td className={num}>{formatRate(row.noShowRate)}</td>
                <td className={num}>{formatRate(row.audienceShare)}</td>
                <td className={num}>{formatRating(row.satisfaction.average)}</td>
                <td className={num}>{formatMoney(row.costPerParticipantCents)}</td>
                <td className={num}>{row.funderCents === null ? '—' : `${formatEuros(row.funderCents)} (${formatRate(row.funderSharePercent)})`}</td>
                <td className={num}>{formatRate(row.speakers.womenShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function FunderGrantsTable({ grants }: { grants: GrantGroup[] }) {
  return (
    <section aria-labelledby="grants-title" className="rounded-lg bg-white p-4 shadow sm:p-6">
      <h2 id="grants-title" className="mb-1 text-2xl font-semibold">
        Par subvention
      </h2>
      <p className="mb-3 text-slate-700">
        Les lignes de produits à votre nom, regroupées par référence de convention (saisie par les structures dans leur budget).
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Vos subventions et les événements qu’elles financent</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className={th}>Convention</th>
              <th scope="col" className={`${th} text-right`}>Montant accordé</th>
              <th scope="col" className={th}>Événements</th>
              <th scope="col" className={`${th} text-right`}>Affecté aux événements</th>
              <th scope="col" className={`${th} text-right`}>Présent·es</th>
            </tr>
          </thead>
          <tbody>
            {grants.map((grant) => (
              <tr key={grant.key ?? 'sans-reference'} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <span className="font-semibold">{grant.reference ?? 'Sans référence de convention'}</span>
                  {grant.agreementDate ? <span className="block text-slate-600">{`Convention du ${formatDate(new Date(`${grant.agreementDate}T12:00:00Z`))}`}</span> : null}
                  {grant.euCofinanced ? <span className="block text-slate-600">Cofinancement européen</span> : null}
                </th>
                <td className={num}>{grant.amountCents === null ? '—' : formatEuros(grant.amountCents)}</td>
                <td className="py-2 pr-3">
                  <ul>
                    {grant.events.map((event) => (
                      <li key={event.versionId}>{`${event.title} (${event.hubName}) : ${formatEuros(event.eventCents)}`}</li>
                    ))}
                  </ul>
                </td>
                <td className={num}>
                  {formatEuros(grant.eventCents)}
                  {grant.consumedPercent === null ? null : <span className="block text-slate-600">{`${formatRate(grant.consumedPercent)} du montant`}</span>}
                </td>
                <td className={num}>{formatCount(grant.participants)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
