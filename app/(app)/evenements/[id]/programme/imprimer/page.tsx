import type { Metadata } from 'next';
import Link from 'next/link';
import { PrintButton } from '@/components/formats/PrintButton';
import { sessionPlace, sessionsByDay } from '@/lib/domain/programme/grid';
import { SESSION_ACCESS_LABELS } from '@/lib/domain/programme/labels';
import { loadProgramme } from '../load';
import { formatDayTitle, formatTimeRange } from '@/lib/domain/dates';
import { pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Programme imprimable' };

const cell = 'border-b border-slate-300 p-2 align-top print:px-1 print:py-1';

/** The programme on paper: one table per day, without navigation or buttons (print: variants). */
export default async function PrintableProgrammePage(props: { params: Promise<{ id: string }> }) {
  const id = pageId((await props.params).id);
  const programme = await loadProgramme(id);
  const rooms = new Map(programme.rooms.map((room) => [room.id, room.name]));
  // Drafts (accepted proposals not placed yet) stay off paper, as off the public page.
  const { days, unplaced } = sessionsByDay(programme.days, programme.sessions.filter((session) => !session.draft));
  const groups = [...days.map(({ day, sessions }) => ({ key: day.id, title: `${formatDayTitle(day.date)} · ${formatTimeRange(day)}`, sessions })), ...(unplaced.length > 0 ? [{ key: 'hors', title: 'Hors des journées de l’événement', sessions: unplaced }] : [])];
  return (
    <div className="flex flex-col gap-6 print:gap-3 print:text-[10.5pt]">
      <div className="no-print flex flex-wrap items-center gap-4">
        <PrintButton label="Imprimer le programme" />
        <Link href={`/evenements/${id}/programme`} className="font-medium text-brand-700 underline underline-offset-4">
          Retour au programme
        </Link>
      </div>
      <h2 className="text-2xl font-semibold print:text-[15pt]">Programme</h2>
      {groups.length === 0 ? <p>Le programme n’a pas encore de journée.</p> : null}
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`jour-${group.key}`} className="rounded-lg bg-white p-6 shadow print:break-inside-auto print:p-0 print:shadow-none">
          <h3 id={`jour-${group.key}`} className="mb-2 text-xl font-semibold print:break-after-avoid print:text-[13pt]">
            {group.title}
          </h3>
          {group.sessions.length === 0 ? (
            <p>Aucune séance ce jour-là.</p>
          ) : (
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{`Séances : ${group.title}`}</caption>
              <thead>
                <tr>
                  <th scope="col" className={`${cell} w-28`}>Horaire</th>
                  <th scope="col" className={cell}>Séance</th>
                  <th scope="col" className={`${cell} w-40`}>Salle</th>
                  <th scope="col" className={`${cell} w-56`}>Intervenant·es</th>
                </tr>
              </thead>
              <tbody>
                {group.sessions.map((session) => (
                  <tr key={session.id} className="print:break-inside-avoid">
                    <td className={`${cell} font-semibold whitespace-nowrap`}>{formatTimeRange(session)}</td>
                    <td className={cell}>
                      {session.cancelled ? (
                        <p className="font-semibold">
                          Annulé — <span className="font-normal">{session.cancelReason}</span>
                        </p>
                      ) : null}
                      <p className="font-semibold">{session.cancelled ? <s>{session.title}</s> : session.title}</p>
                      <p className="text-sm text-slate-700 print:text-slate-900">
                        {[session.formatName, SESSION_ACCESS_LABELS[session.access]].filter(Boolean).join(' · ')}
                      </p>
                      {session.description ? <p className="text-sm">{session.description}</p> : null}
                    </td>
                    <td className={cell}>{sessionPlace(session, rooms)}</td>
                    <td className={cell}>
                      {session.people.map((person) => `${person.name}${person.role === 'HOST' ? ' (co-animation)' : ''}`).join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  );
}
