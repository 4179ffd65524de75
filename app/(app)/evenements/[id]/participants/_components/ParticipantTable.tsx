import Link from 'next/link';
import type { ParticipantList } from '@/lib/server/queries/participants';
import { registrationSourceLabel } from '@/lib/domain/registrations/personal-data';
import { de } from '@/lib/domain/format/french';
import { EraseButton } from './EraseButton';

/** The registrations of one page; each person can be erased on request (RGPD). */
export function ParticipantTable({ eventId, list }: { eventId: string; list: ParticipantList }) {
  if (list.rows.length === 0) return <p className="text-slate-800">Aucune inscription ne correspond.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm sm:text-base">
        <caption className="sr-only">
          Inscriptions, {list.total} au total, page {list.page} sur {list.pageCount}
        </caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-3">Nom</th>
            <th scope="col" className="py-2 pr-3">Adresse e-mail</th>
            <th scope="col" className="py-2 pr-3">Structure</th>
            <th scope="col" className="py-2 pr-3">Catégorie</th>
            <th scope="col" className="py-2 pr-3">Statut</th>
            <th scope="col" className="py-2 pr-3">Rang</th>
            <th scope="col" className="py-2 pr-3">Provenance</th>
            <th scope="col" className="py-2">Données personnelles</th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-2 pr-3 font-medium">
                <Link href={`/evenements/${eventId}/participants/${row.id}`} className="text-brand-700 underline underline-offset-4">
                  {row.name}
                </Link>
                {row.isSpeaker ? <span className="block text-sm font-normal text-slate-700">Intervenant·e</span> : null}
                {row.hasAttestation ? (
                  <a href={`/evenements/${eventId}/participants/${row.id}/attestation.pdf`} download className="block text-sm font-normal text-brand-700 underline underline-offset-4">
                    Attestation<span className="sr-only"> de présence {de(row.name)}</span> (PDF)
                  </a>
                ) : null}
              </th>
              <td className="py-2 pr-3 break-all">{row.email ?? <span className="text-slate-700">—</span>}</td>
              <td className="py-2 pr-3">{row.organisation}</td>
              <td className="py-2 pr-3">{row.categoryLabel}</td>
              <td className="py-2 pr-3">{row.statusLabel}</td>
              <td className="py-2 pr-3">{row.rank}</td>
              <td className="py-2 pr-3">{registrationSourceLabel(row.source)}</td>
              <td className="py-2">
                {row.anonymised ? <span className="text-slate-700">Anonymisé·e</span> : <EraseButton eventId={eventId} registrationId={row.id} name={row.name} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
