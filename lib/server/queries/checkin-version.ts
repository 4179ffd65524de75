import 'server-only';
import { checkInVersion } from '@/lib/domain/registrations/check-in-version';
import { db } from '@/lib/server/db';
import { Prisma } from '@/prisma/generated/client';

// Kept apart from lib/server/queries/checkin.ts so that bench:checkin-page can run the query's EXPLAIN
// without loading the authorization helpers (Next's navigation) outside Next.

/**
 * The figures the version of one day's check-in list is made of (lib/domain/registrations/check-in-version.ts),
 * in one query: the count and summed `updatedAt` of that day's attendance rows of the event, and of
 * all its registrations. Exported for bench:checkin-page's EXPLAIN.
 */
export const checkInVersionQuery = (eventId: string, day: string) => Prisma.sql`
  SELECT a.count AS attendances, a.stamps AS "attendanceStamps", r.count AS registrations, r.stamps AS "registrationStamps"
  FROM (SELECT COUNT(*)::int AS count, COALESCE(SUM((EXTRACT(EPOCH FROM att."updatedAt") * 1000)::bigint), 0)::bigint AS stamps
        FROM "Attendance" att JOIN "Registration" reg ON reg.id = att."registrationId"
        WHERE reg."eventId" = ${eventId} AND att.date = ${day}) a,
       (SELECT COUNT(*)::int AS count, COALESCE(SUM((EXTRACT(EPOCH FROM "updatedAt") * 1000)::bigint), 0)::bigint AS stamps
        FROM "Registration" WHERE "eventId" = ${eventId}) r`;

/**
 * The version of one day's check-in list: a few bytes, where the page is ~119 kB for 1 000 people.
 * For a caller already authorized (the check-in actions, the pages through loadCheckIn).
 */
export async function readCheckInVersion(eventId: string, day: string): Promise<string> {
  const [row] = await db().$queryRaw<Array<{ attendances: number; attendanceStamps: bigint; registrations: number; registrationStamps: bigint }>>(
    checkInVersionQuery(eventId, day),
  );
  if (!row) throw new Error('check-in version not read');
  return checkInVersion({
    attendances: { count: Number(row.attendances), stampSum: BigInt(row.attendanceStamps) },
    registrations: { count: Number(row.registrations), stampSum: BigInt(row.registrationStamps) },
  });
}
