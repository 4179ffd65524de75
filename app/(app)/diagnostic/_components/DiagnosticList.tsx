import Link from 'next/link';
import { formatDate } from '@/lib/domain/dates';
import type { listRecentDiagnostics } from '@/lib/server/queries/diagnostics';

/** An organisation's diagnostics, newest first: territory, level, date, and the territory's history. */
export function DiagnosticList({ diagnostics }: { diagnostics: Awaited<ReturnType<typeof listRecentDiagnostics>> }) {
  return (
    <ul className="flex flex-col gap-2">
      {diagnostics.map((d) => (
        <li key={d.id} className="flex flex-wrap gap-x-4 rounded-md bg-white px-4 py-2 shadow-sm">
          <Link href={`/diagnostic/${d.id}`} className="font-medium text-brand-700 underline underline-offset-4">
            {d.territory.label}, niveau {d.level}
          </Link>
          <span className="text-slate-700">{formatDate(d.createdAt)}</span>
          <Link href={`/territoires/${d.territory.id}`} className="text-brand-700 underline underline-offset-4">
            Historique du territoire<span className="sr-only"> {d.territory.label}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
