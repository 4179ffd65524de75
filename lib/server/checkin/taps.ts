import 'server-only';
import { randomUUID } from 'node:crypto';
import { scanRefusal, scanRefusalMessage, tapWins, trustedTapTime, type ScannedRegistration } from '@/lib/domain/registrations/check-in-taps';
import type { AttendanceValue } from '@/lib/schemas/attendance';
import { registrationIdFromCheckinCode } from '@/lib/server/checkin/checkin-token';
import type { Tx } from '@/lib/server/db';
import { eventCalendarDays } from '@/lib/domain/registrations/event-days';

/** Who made the taps: a signed-in member, or a volunteer's check-in link. */
export type TapAuthor = { markedBy: string; userId?: string; checkInLinkId?: string };

export type TapToRecord = {
  tapId: string;
  date: string;
  tappedAt: Date;
  registrationId?: string | undefined;
  code?: string | undefined;
  status: AttendanceValue | null;
};

/** What the server holds for the person and day after the tap, or why the tap was refused. */
export type TapOutcome =
  | {
      tapId: string;
      ok: true;
      registrationId: string;
      name: string;
      date: string;
      /** The person's status that day now (the tap's, unless a later tap already won). */
      status: AttendanceValue | null;
      markedBy: string | null;
      tappedAt: string | null;
      /** false when a later tap won, or the tap was a replay, or the scanned person was already present. */
      applied: boolean;
      replay: boolean;
      alreadyPresent: boolean;
    }
  | { tapId: string; ok: false; error: string };

async function currentState(tx: Tx, registrationId: string, date: string) {
  const row = await tx.attendance.findUnique({
    where: { registrationId_date: { registrationId, date } },
    select: { status: true, markedBy: true, tappedAt: true },
  });
  return { status: row?.status ?? null, markedBy: row?.markedBy ?? null, tappedAt: row?.tappedAt?.toISOString() ?? null };
}

/**
 * Records the taps in the order given, each on its own: one refused tap (a QR of another event) does
 * not stop the others. The person's row is locked while their tap is decided, so two phones tapping
 * the same person at once are decided one after the other.
 */
export async function recordTaps(tx: Tx, eventId: string, taps: readonly TapToRecord[], author: TapAuthor, now = new Date()): Promise<TapOutcome[]> {
  // As listEventDays (lib/server/participants/event-day.ts), without its action-layer imports, so that
  // bench/checkin.ts can load this module outside Next.
  const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { startsAt: true, endsAt: true, days: { select: { date: true } } } });
  const days = new Set(eventCalendarDays({ dayDates: event.days.map((day) => day.date), startsAt: event.startsAt, endsAt: event.endsAt }));
  const outcomes: TapOutcome[] = [];
  for (const tap of taps) outcomes.push(await recordTap(tx, eventId, days, tap, author, now));
  return outcomes;
}

async function recordTap(tx: Tx, eventId: string, days: Set<string>, tap: TapToRecord, author: TapAuthor, now: Date): Promise<TapOutcome> {
  const refuse = (error: string): TapOutcome => ({ tapId: tap.tapId, ok: false, error });
  if (!days.has(tap.date)) return refuse('Ce jour ne fait pas partie de l’événement.');

  const scanned = tap.code !== undefined;
  const registrationId = scanned ? registrationIdFromCheckinCode(tap.code ?? '') : (tap.registrationId ?? null);
  // Locks the person for the rest of the transaction (FOR UPDATE): their taps are decided in turn.
  const locked = registrationId
    ? await tx.$queryRaw<Array<{ eventId: string; name: string; status: ScannedRegistration['status']; rank: number | null; anonymisedAt: Date | null }>>`
        SELECT "eventId", name, status::text AS status, rank, "anonymisedAt" FROM "Registration" WHERE id = ${registrationId} FOR UPDATE`
    : [];
  const row = locked[0] ?? null;
  const registration: ScannedRegistration | null = row
    ? { eventId: row.eventId, name: row.name, status: row.status, rank: row.rank, anonymised: row.anonymisedAt !== null }
    : null;
  if (scanned) {
    const refusal = scanRefusal(eventId, registrationId !== null, registration);
    if (refusal) return refuse(scanRefusalMessage(refusal, registration));
  } else if (!registration || registration.eventId !== eventId) {
    return refuse('Cette personne est introuvable.');
  }
  const id = registrationId as string;
  const name = (registration as ScannedRegistration).name;
  const answer = async (applied: boolean, replay: boolean, alreadyPresent = false): Promise<TapOutcome> => ({
    tapId: tap.tapId,
    ok: true,
    registrationId: id,
    name,
    date: tap.date,
    ...(await currentState(tx, id, tap.date)),
    applied,
    replay,
    alreadyPresent,
  });

  const previous = await tx.checkInTap.findUnique({ where: { id: tap.tapId }, select: { registrationId: true, date: true } });
  if (previous) {
    if (previous.registrationId !== id || previous.date !== tap.date) return refuse('Ce pointage a déjà été reçu pour une autre personne.');
    return answer(false, true);
  }
  const state = await currentState(tx, id, tap.date);
  const status = scanned ? 'PRESENT' : tap.status;
  // A scan of someone already present changes nothing: the volunteer is told so.
  if (scanned && state.status === 'PRESENT') return answer(false, false, true);

  const tappedAt = trustedTapTime(tap.tappedAt, now);
  const latest = await tx.checkInTap.findFirst({
    where: { registrationId: id, date: tap.date },
    orderBy: { tappedAt: 'desc' },
    select: { tappedAt: true },
  });
  const latestRecorded = latest?.tappedAt ?? (state.tappedAt ? new Date(state.tappedAt) : null);
  const applied = tapWins(tappedAt, latestRecorded);
  await tx.checkInTap.create({
    data: {
      id: tap.tapId,
      registrationId: id,
      date: tap.date,
      status,
      tappedAt,
      markedBy: author.markedBy,
      userId: author.userId ?? null,
      checkInLinkId: author.checkInLinkId ?? null,
      applied,
    },
  });
  if (applied) {
    const key = { registrationId_date: { registrationId: id, date: tap.date } };
    const mark = { tappedAt, markedBy: author.markedBy };
    if (status === null) await tx.attendance.deleteMany({ where: { registrationId: id, date: tap.date } });
    else await tx.attendance.upsert({ where: key, create: { registrationId: id, date: tap.date, status, ...mark }, update: { status, ...mark } });
  }
  return answer(applied, false);
}

/** A tap made on the server itself (the table typed from a paper sheet): now, with a fresh id. */
export function serverTap(registrationId: string, date: string, status: AttendanceValue | null, now = new Date()): TapToRecord {
  return { tapId: randomUUID(), registrationId, date, status, tappedAt: now };
}
