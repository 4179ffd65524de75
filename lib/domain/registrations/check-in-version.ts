/*
 * The version of one day's check-in list of an event: a short string that changes whenever what the
 * list shows may have changed, so that a phone fetches the page again only then (issue 16, a phone on
 * a poor network at the venue: the page is ~119 kB of RSC for 1 000 people, the version a few bytes).
 *
 * It is made of two sets of rows, read by one query (lib/server/queries/checkin.ts):
 * - that day's attendance rows of the event's registrations (taps, walk-ins marked present, cleared
 *   taps delete their row);
 * - every registration of the event (walk-ins, cancellations, imports, a name corrected, days changed),
 *   whatever its status, so that a person leaving the confirmed list counts too.
 *
 * For each: how many rows there are, and the sum of their `updatedAt` in milliseconds. A row updated
 * moves its `updatedAt` forward, so the sum grows; a row added or deleted changes the count. The latest
 * `updatedAt` alone would not do: a transaction stamped earlier but committed later than another one
 * (two volunteers' batches at once) would leave it unchanged.
 */

/** What the query reads of one set of rows: their number, and the sum of their `updatedAt` (ms since 1970). */
export type CheckInRowsFigures = { count: number; stampSum: bigint };

export type CheckInVersionFigures = { attendances: CheckInRowsFigures; registrations: CheckInRowsFigures };

const part = ({ count, stampSum }: CheckInRowsFigures) => {
  if (!Number.isSafeInteger(count) || count < 0 || stampSum < 0n) throw new RangeError('check-in figures must be non-negative integers');
  return `${count.toString(36)}.${stampSum.toString(36)}`;
};

/** The version string: equal figures give the same string, different figures a different one. */
export function checkInVersion(figures: CheckInVersionFigures): string {
  return `${part(figures.attendances)}-${part(figures.registrations)}`;
}
