import { byStart } from './intervals';
import { parisDay, type CalendarDate } from '@/lib/domain/dates';

/*
 * Mise en page d'un programme : chaque session rangée dans sa journée, puis une grille
 * journée × salle dont les lignes sont les heures de début. Une ligne par heure de début,
 * sans fusion de cellules : deux sessions qui se chevauchent dans une salle (un conflit)
 * restent toutes deux visibles et atteignables, au lieu de se masquer l'une l'autre.
 */
export type GridSession = {
  readonly id: string;
  readonly dayId?: string | null;
  readonly roomId: string | null;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly allRooms?: boolean;
};

export type GridDay = { readonly id: string; readonly date: CalendarDate };
export type GridRoom = { readonly id: string; readonly name: string };

export type SessionsOfDay<D, S> = { readonly day: D; readonly sessions: S[] };

/**
 * Les sessions de chaque journée, dans l'ordre chronologique : la journée choisie, sinon celle
 * de la date (à Paris) de leur début. Les autres (journée supprimée, date sans journée) sont
 * rendues à part pour rester visibles.
 */
export function sessionsByDay<D extends GridDay, S extends GridSession>(
  days: readonly D[],
  sessions: readonly S[],
): { days: SessionsOfDay<D, S>[]; unplaced: S[] } {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const byId = new Map(sorted.map((day) => [day.id, day]));
  const byDate = new Map(sorted.map((day) => [day.date, day]));
  const groups = new Map<string, S[]>(sorted.map((day) => [day.id, []]));
  const unplaced: S[] = [];
  for (const session of [...sessions].sort(byStart)) {
    const day = session.dayId ? byId.get(session.dayId) : byDate.get(parisDay(session.startsAt));
    if (day) groups.get(day.id)?.push(session);
    else unplaced.push(session);
  }
  return { days: sorted.map((day) => ({ day, sessions: groups.get(day.id) ?? [] })), unplaced };
}

/** Colonne d'une grille : une salle, ou `null` pour les sessions sans salle connue. */
export type GridColumn<R> = { readonly key: string; readonly room: R | null };

export type GridRow<S> =
  | { readonly key: string; readonly startsAt: Date; readonly allRooms: true; readonly sessions: S[] }
  | { readonly key: string; readonly startsAt: Date; readonly allRooms: false; readonly cells: S[][] };

export const NO_ROOM_KEY = 'sans-salle';

/**
 * La grille d'une journée. Les temps communs (pause, plénière pour toutes les salles) occupent
 * une ligne entière, avant les sessions qui commencent à la même heure.
 */
export function buildDayGrid<R extends GridRoom, S extends GridSession>(
  rooms: readonly R[],
  sessions: readonly S[],
): { columns: GridColumn<R>[]; rows: GridRow<S>[] } {
  const roomIds = new Set(rooms.map((room) => room.id));
  const columnOf = (session: S) => (session.roomId && roomIds.has(session.roomId) ? session.roomId : NO_ROOM_KEY);
  const needsNoRoom = sessions.some((session) => !session.allRooms && columnOf(session) === NO_ROOM_KEY);
  const columns: GridColumn<R>[] = rooms.map((room) => ({ key: room.id, room }));
  if (needsNoRoom) columns.push({ key: NO_ROOM_KEY, room: null });
  const index = new Map(columns.map((column, position) => [column.key, position]));

  const rows = new Map<string, GridRow<S>>();
  for (const session of [...sessions].sort(byStart)) {
    const allRooms = Boolean(session.allRooms);
    const key = `${session.startsAt.getTime()}-${allRooms ? 'commun' : 'salles'}`;
    let row = rows.get(key);
    if (!row) {
      row = allRooms
        ? { key, startsAt: session.startsAt, allRooms: true, sessions: [] }
        : { key, startsAt: session.startsAt, allRooms: false, cells: columns.map(() => []) };
      rows.set(key, row);
    }
    if (row.allRooms) row.sessions.push(session);
    else row.cells[index.get(columnOf(session)) ?? 0]?.push(session);
  }
  const ordered = [...rows.values()].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || Number(b.allRooms) - Number(a.allRooms),
  );
  return { columns, rows: ordered };
}

/**
 * Où a lieu une session, en toutes lettres : sa salle, « toutes les salles » pour un temps
 * commun (avec la salle qui l'accueille, si elle est connue), ou « Salle à préciser ».
 */
export function sessionPlace(session: Pick<GridSession, 'roomId' | 'allRooms'>, roomNames: ReadonlyMap<string, string>): string {
  const room = session.roomId ? roomNames.get(session.roomId) : undefined;
  if (session.allRooms) return room ? `${room} (toutes les salles)` : 'Toutes les salles';
  return room ?? 'Salle à préciser';
}
