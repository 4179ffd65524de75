import Link from 'next/link';
import { formatDateTime } from '@/lib/domain/dates';
import type { BilanVersionRow } from '@/lib/server/queries/bilan';

/** The validated versions, newest first; each one opens its frozen page. */
export function VersionsList({ eventId, versions }: { eventId: string; versions: BilanVersionRow[] }) {
  if (versions.length === 0) return <p className="text-slate-700">Aucune version validée pour l’instant.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm text-slate-900">
        <caption className="mb-2 text-left font-semibold">Versions validées</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-slate-200 bg-slate-100 px-3 py-2 text-left">
              Numéro
            </th>
            <th scope="col" className="border-b border-slate-200 bg-slate-100 px-3 py-2 text-left">
              Validée le
            </th>
            <th scope="col" className="border-b border-slate-200 bg-slate-100 px-3 py-2 text-left">
              Par
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.number}>
              <th scope="row" className="border-b border-slate-200 px-3 py-2 text-left font-medium">
                <Link href={`/evenements/${eventId}/bilan/versions/${version.number}`} className="text-brand-700 underline">
                  Version {version.number}
                </Link>
              </th>
              <td className="border-b border-slate-200 px-3 py-2">{formatDateTime(version.validatedAt)}</td>
              <td className="border-b border-slate-200 px-3 py-2">{version.validatedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
