import type { EventTemplate } from '@/lib/domain/events/templates';
import { getFormat } from '@/lib/domain/formats/formats';

/** "09:00" + 90 minutes → "10:30": the template's relative times read from the day's opening. */
function clock(opensAt: string, minutes: number): string {
  const total = Number(opensAt.slice(0, 2)) * 60 + Number(opensAt.slice(3, 5)) + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The programme shape a template suggests, to read before building the programme. */
export function TemplateProgramme({ template }: { template: EventTemplate }) {
  const { opensAt } = template.defaults;
  return (
    <details className="rounded-lg bg-white p-4 shadow-sm">
      <summary className="cursor-pointer font-semibold">Programme type du modèle</summary>
      {template.programme.days.map((sessions, dayIndex) => (
        <table key={dayIndex} className="mt-3 w-full border-collapse text-left">
          <caption className="mb-1 text-left font-medium">
            Journée {dayIndex + 1} ({template.programme.rooms.map((room) => room.name).join(', ')})
          </caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">Horaire</th>
              <th scope="col" className="py-1 pr-3">Séance</th>
              <th scope="col" className="py-1 pr-3">Format</th>
              <th scope="col" className="py-1">Salle</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session, index) => (
              <tr key={index} className="border-b border-slate-200">
                <td className="py-1 pr-3 whitespace-nowrap">
                  {clock(opensAt, session.startMinutes)}–{clock(opensAt, session.startMinutes + session.durationMinutes)}
                </td>
                <th scope="row" className="py-1 pr-3 font-normal">
                  {session.title}
                  {session.hosts > 1 ? <span className="text-slate-700"> (binôme de co-pilotes)</span> : null}
                </th>
                <td className="py-1 pr-3">{getFormat(session.formatId).name}</td>
                <td className="py-1">
                  {template.programme.rooms[session.room]?.name}
                  {session.allRooms ? ' (temps commun)' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <p className="mt-2 text-sm text-slate-700">Source : {template.source}.</p>
    </details>
  );
}
