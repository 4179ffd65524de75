import { de, plural } from '@/lib/domain/format/french';
import { searchKey } from '@/lib/domain/text/slug';

/*
 * The rules of a check-in tap (a button pressed, or a QR code scanned) on one person and one day.
 *
 * - Last write wins per (person, day), by the time the tap was made on the device, not by when it
 *   reached the server: a tap queued offline for ten minutes does not overwrite a later tap made by
 *   another volunteer in the meantime. On a tie, the tap received last wins.
 * - A device's clock may run ahead: a tap is never dated later than its arrival on the server.
 * - A tap is recorded once: the device gives it an id, and a replay (network retry, offline queue
 *   sent twice) changes nothing.
 */

/** The tap's time as the server trusts it: the device's time, but never in the server's future. */
export function trustedTapTime(tappedAt: Date, receivedAt: Date): Date {
  return tappedAt.getTime() > receivedAt.getTime() ? receivedAt : tappedAt;
}

/** Whether a tap made at `tappedAt` becomes the person's status that day, given the latest tap already recorded. */
export function tapWins(tappedAt: Date, latestRecorded: Date | null): boolean {
  return latestRecorded === null || tappedAt.getTime() >= latestRecorded.getTime();
}

export type ScannedRegistration = {
  eventId: string;
  name: string;
  status: 'CONFIRMED' | 'WAITING' | 'CANCELLED';
  rank: number | null;
  anonymised: boolean;
};

export type ScanRefusal = 'forged' | 'unknown' | 'other-event' | 'cancelled' | 'waiting';

/**
 * Why a scanned code cannot mark someone present on this event's check-in screen, or null when it can.
 * `registration` is null when the code is valid but designates no registration (erased since).
 */
export function scanRefusal(eventId: string, codeValid: boolean, registration: ScannedRegistration | null): ScanRefusal | null {
  if (!codeValid) return 'forged';
  if (registration === null || registration.anonymised) return 'unknown';
  if (registration.eventId !== eventId) return 'other-event';
  if (registration.status === 'CANCELLED') return 'cancelled';
  if (registration.status === 'WAITING') return 'waiting';
  return null;
}

/** The French message shown (and read aloud) for a refused scan. */
export function scanRefusalMessage(refusal: ScanRefusal, registration: Pick<ScannedRegistration, 'name' | 'rank'> | null): string {
  switch (refusal) {
    case 'forged':
      return 'Code non reconnu : ce QR code n’est pas un code de pointage Trame, ou il est abîmé ou incomplet. Cherchez la personne par son nom.';
    case 'unknown':
      return 'Cette inscription n’existe plus : cherchez la personne par son nom.';
    case 'other-event':
      return 'Ce QR code est celui d’une inscription à un autre événement : rien n’a été pointé.';
    case 'cancelled':
      return `L’inscription ${de(registration?.name ?? 'cette personne')} a été annulée : rien n’a été pointé. Ajoutez-la comme personne venue sur place si elle reste.`;
    case 'waiting':
      return `${registration?.name ?? 'Cette personne'} est sur liste d’attente${registration?.rank ? ` (rang ${registration.rank})` : ''} : rien n’a été pointé. Voyez avec la coordination s’il reste de la place.`;
  }
}

/** « 3 pointages en attente », for the offline queue. */
export function pendingTapsLabel(count: number): string {
  return `${plural(count, { one: 'pointage', other: 'pointages' })} en attente`;
}

/**
 * The registration number people read on their personal page and badge: the first 8 characters of
 * the registration's id, in capitals (« N° 3F2B6C1E »). Short enough to read aloud at the door.
 */
export function registrationNumber(registrationId: string): string {
  return registrationId.slice(0, 8).toUpperCase();
}

/**
 * Whether a person matches the check-in search: by name and organisation, accent- and
 * case-insensitively (`searchKey` of both sides), or by the start of their registration number.
 */
export function matchesCheckInSearch(person: { id: string; name: string; organisation: string | null }, query: string): boolean {
  const key = searchKey(query);
  if (key === '') return true;
  if (searchKey(`${person.name} ${person.organisation ?? ''}`).includes(key)) return true;
  const compact = key.replace(/^n\s*[°o]\s*/, '').replace(/[^0-9a-z]/g, '');
  return compact.length >= 3 && person.id.replace(/-/g, '').startsWith(compact);
}

/**
 * The device's queue as the board shows it: the taps IndexedDB holds, then those made since and not
 * written there yet (a write still under way), less those the server has answered. Taking what
 * IndexedDB holds alone would undo, for a moment, a tap made while another batch was being sent.
 */
export function pendingTaps<T extends { tapId: string }>(stored: readonly T[], inMemory: readonly T[], answered: ReadonlySet<string>): T[] {
  const held = new Set(stored.map((tap) => tap.tapId));
  return [...stored, ...inMemory.filter((tap) => !held.has(tap.tapId))].filter((tap) => !answered.has(tap.tapId));
}
