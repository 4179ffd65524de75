import 'server-only';
import type { Tx } from '@/lib/server/db';

/**
 * Everything a new registration decides on, read in ONE statement under the event's lock (every
 * round trip here lengthens the queue of a registration burst): the event's seats, whether this
 * address is already registered, and each chosen session's line. `eligible` counts the people
 * waiting in a session who hold their event seat (only they can be promoted there).
 */
export type SessionLine = { sessionId: string; confirmed: number; waiting: number; eligible: number };
export type SeatState = {
  confirmed: number;
  waiting: number;
  existing: { id: string; status: 'CONFIRMED' | 'WAITING' | 'CANCELLED' } | null;
  sessions: SessionLine[];
};

export async function readSeatState(tx: Tx, eventId: string, email: string, sessionIds: readonly string[]): Promise<SeatState> {
  const rows = await tx.$queryRaw<SeatState[]>`
    SELECT
      (SELECT count(*)::int FROM "Registration" WHERE "eventId" = ${eventId} AND status = 'CONFIRMED') AS confirmed,
      (SELECT count(*)::int FROM "Registration" WHERE "eventId" = ${eventId} AND status = 'WAITING') AS waiting,
      (SELECT json_build_object('id', id, 'status', status) FROM "Registration" WHERE "eventId" = ${eventId} AND email = ${email}) AS existing,
      (SELECT coalesce(json_agg(line), '[]'::json) FROM (
        SELECT s.id AS "sessionId",
          count(*) FILTER (WHERE sr.status = 'CONFIRMED')::int AS confirmed,
          count(*) FILTER (WHERE sr.status = 'WAITING')::int AS waiting,
          count(*) FILTER (WHERE sr.status = 'WAITING' AND r.status = 'CONFIRMED')::int AS eligible
        FROM unnest(${[...sessionIds]}::text[]) AS s(id)
        LEFT JOIN "SessionRegistration" sr ON sr."sessionId" = s.id
        LEFT JOIN "Registration" r ON r.id = sr."registrationId"
        GROUP BY s.id
      ) AS line) AS sessions`;
  const row = rows[0];
  if (!row) throw new Error('readSeatState: no row');
  return row;
}
