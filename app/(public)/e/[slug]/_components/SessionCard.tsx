import { sessionCalendarPath, type PublicSession } from '@/lib/domain/public';
import { SESSION_ACCESS_LABELS } from '@/lib/domain/programme/labels';
import { formatHourRange } from '@/lib/domain/dates';

/** One session; a cancelled one stays in the programme, struck through, with « Annulé » and why. */
export function SessionCard({ slug, session }: { slug: string; session: PublicSession }) {
  const cancelled = session.status === 'CANCELLED';
  const speakers = session.people.filter((p) => p.role === 'SPEAKER').map((p) => p.name);
  const hosts = session.people.filter((p) => p.role === 'HOST').map((p) => p.name);
  const details = [session.roomName, session.formatName, cancelled ? null : SESSION_ACCESS_LABELS[session.access]].filter(Boolean);
  return (
    <li
      id={`seance-${session.id}`}
      className={`flex flex-col gap-1 rounded-lg border p-3 print:break-inside-avoid print:border-black ${
        cancelled ? 'border-slate-300 bg-slate-100' : 'border-slate-200 bg-white shadow-sm'
      }`}
    >
      <p className="text-sm font-semibold text-slate-800 tabular-nums print:text-black">
        {formatHourRange(session)}
        {details.length > 0 ? ` · ${details.join(' · ')}` : null}
      </p>
      <h4 className={`text-lg font-semibold ${cancelled ? 'text-slate-700 line-through' : ''}`}>{session.title}</h4>
      {cancelled ? (
        <p className="text-sm text-slate-900">
          <span className="mr-2 rounded border border-red-700 bg-red-50 px-1.5 py-0.5 font-semibold text-red-800">Annulé</span>
          {session.cancelReason ? <span>Motif : {session.cancelReason}</span> : null}
        </p>
      ) : null}
      {speakers.length > 0 ? <p className="text-slate-900">Avec {speakers.join(', ')}</p> : null}
      {hosts.length > 0 ? <p className="text-slate-800">Animation : {hosts.join(', ')}</p> : null}
      {session.description && !cancelled ? <p className="text-sm whitespace-pre-line text-slate-800">{session.description}</p> : null}
      {!cancelled ? (
        <p className="no-print mt-1 text-sm">
          <a href={sessionCalendarPath(slug, session.id)} className="text-brand-700 underline underline-offset-4" download>
            Ajouter à mon agenda<span className="sr-only"> : {session.title}</span>
          </a>
        </p>
      ) : null}
    </li>
  );
}
