import { formatDayTitle, formatTime, formatTimeRange } from '@/lib/domain/dates';
import { buildDayGrid, sessionPlace, sessionsByDay } from '@/lib/domain/programme/grid';
import type { ProgrammeConflict } from '@/lib/domain/programme/conflict-rules';
import type { ProgrammeSessionView, ProgrammeView } from '@/lib/server/queries/programme';
import { SessionCard } from './SessionCard';

type Props = { programme: ProgrammeView; conflicts: Record<string, readonly ProgrammeConflict[]>; view: 'grille' | 'liste' };

/**
 * The sessions day by day: a day × room table on wide screens (the grid view), which becomes a
 * list on a phone; the list view is the list at every size.
 */
export function SessionViews({ programme, conflicts, view }: Props) {
  const rooms = new Map(programme.rooms.map((room) => [room.id, room.name]));
  const card = (session: ProgrammeSessionView, withRoom = true) => (
    <SessionCard
      eventId={programme.event.id}
      session={session}
      roomName={withRoom ? sessionPlace(session, rooms) : null}
      conflicts={conflicts[session.id] ?? []}
      editable={programme.permissions.edit}
    />
  );
  const list = (sessions: ProgrammeSessionView[]) =>
    sessions.length === 0 ? (
      <p className="text-slate-700">Aucune séance ce jour-là.</p>
    ) : (
      <ol className="flex flex-col gap-2">
        {sessions.map((session) => (
          <li key={session.id}>{card(session)}</li>
        ))}
      </ol>
    );
  const { days, unplaced } = sessionsByDay(programme.days, programme.sessions);
  return (
    <div className="flex flex-col gap-6">
      {days.map(({ day, sessions }) => {
        const label = formatDayTitle(day.date);
        const grid = buildDayGrid(programme.rooms, sessions);
        return (
          <section key={day.id} aria-label={label}>
            <h3 className="mb-2 text-xl font-semibold">
              {label} <span className="text-base font-normal text-slate-700">· {formatTimeRange(day)}</span>
            </h3>
            {view === 'grille' && sessions.length > 0 ? (
              <div className="hidden overflow-x-auto md:block">
                <table className="w-full table-fixed border-collapse text-left">
                  <caption className="sr-only">{`${label} : séances par heure de début (lignes) et par salle (colonnes)`}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="w-20 border-b-2 border-slate-300 p-2">
                        Début
                      </th>
                      {grid.columns.map((column) => (
                        <th key={column.key} scope="col" className="border-b-2 border-slate-300 p-2">
                          {column.room?.name ?? 'Salle à préciser'}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {grid.rows.map((row) => (
                      <tr key={row.key} className="border-b border-slate-200 align-top">
                        <th scope="row" className="p-2 font-semibold">
                          {formatTime(row.startsAt)}
                        </th>
                        {row.allRooms ? (
                          <td colSpan={grid.columns.length} className="p-1">
                            <div className="flex flex-col gap-1">{row.sessions.map((s) => <div key={s.id}>{card(s)}</div>)}</div>
                          </td>
                        ) : (
                          row.cells.map((cell, index) => (
                            <td key={grid.columns[index]?.key ?? index} className="p-1">
                              <div className="flex flex-col gap-1">{cell.map((s) => <div key={s.id}>{card(s, false)}</div>)}</div>
                            </td>
                          ))
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            <div className={view === 'grille' && sessions.length > 0 ? 'md:hidden' : undefined}>{list(sessions)}</div>
          </section>
        );
      })}
      {unplaced.length > 0 ? (
        <section aria-labelledby="hors-journees">
          <h3 id="hors-journees" className="mb-2 text-xl font-semibold">
            Hors des journées de l’événement
          </h3>
          {list(unplaced)}
        </section>
      ) : null}
    </div>
  );
}
