import Link from 'next/link';
import type { ParticipantList, ParticipantRow } from '@/lib/server/queries/participants';
import { registrationSourceLabel } from '@/lib/domain/registrations/personal-data';
import { de } from '@/lib/domain/format/french';
import { RowActions } from './RowActions';

const none = <span className="text-slate-700">—</span>;

/**
 * The registrations of one page (100 at most: the list stays light for a thousand people), with
 * days, sessions and needs for the organisers, and the actions of each row.
 */
export function ParticipantTable({ eventId, list, mayEmail }: { eventId: string; list: ParticipantList; mayEmail: boolean }) {
  if (list.rows.length === 0) return <p className="text-slate-800">Aucune inscription ne correspond.</p>;
  const withDays = list.rows.some((row) => row.daysLabel !== null);
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">
          Inscriptions, {list.total} au total, page {list.page} sur {list.pageCount}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 align-bottom">
            <th scope="col" className="py-2 pr-3">Nom</th>
            <th scope="col" className="py-2 pr-3">Contact et structure</th>
            <th scope="col" className="py-2 pr-3">Catégorie</th>
            <th scope="col" className="py-2 pr-3">Statut et provenance</th>
            {withDays ? <th scope="col" className="py-2 pr-3">Jours</th> : null}
            <th scope="col" className="py-2 pr-3">Séances</th>
            <th scope="col" className="py-2 pr-3">Besoins signalés</th>
            <th scope="col" className="py-2 print:hidden">Actions</th>
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
              <td className="py-2 pr-3">
                <span className="block [overflow-wrap:anywhere]">{row.email ?? none}</span>
                {row.organisation ? <span className="block text-slate-700">{row.organisation}</span> : null}
              </td>
              <td className="py-2 pr-3">{row.categoryLabel}</td>
              <td className="py-2 pr-3">
                {row.statusLabel}
                {row.rank !== null ? <span className="block text-slate-700">rang {row.rank}</span> : null}
                <span className="block text-slate-700">{registrationSourceLabel(row.source)}</span>
              </td>
              {withDays ? <td className="py-2 pr-3">{row.daysLabel ?? none}</td> : null}
              <td className="py-2 pr-3">
                <Sessions sessions={row.sessions} />
              </td>
              <td className="max-w-56 py-2 pr-3 break-words whitespace-pre-line">{row.needs ?? none}</td>
              <td className="py-2 print:hidden">
                <RowActions eventId={eventId} row={row} mayEmail={mayEmail} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Sessions({ sessions }: { sessions: ParticipantRow['sessions'] }) {
  if (sessions.length === 0) return none;
  return (
    <ul className="flex min-w-40 flex-col gap-1">
      {sessions.map((session, index) => (
        <li key={`${index}-${session.title}`}>
          {session.title}
          {session.waiting ? <span className="text-slate-700"> (liste d’attente)</span> : null}
        </li>
      ))}
    </ul>
  );
}
