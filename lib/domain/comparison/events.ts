import { attendanceByDay, presentParticipants } from '../registrations/attendance';
import type { CalendarDate } from '@/lib/domain/dates';
import type { AttendanceFact, RegistrationFact } from '../registrations/facts';
import { percentOf } from '../registrations/percent';

/*
 * Comparaison des événements d'une structure dans le temps : participant·es présent·es (hors
 * intervenant·es), no-show, coût par participant·e (réalisé) et satisfaction. Chaque chiffre
 * reprend les règles de lib/domain/registrations ; un chiffre qui ne se calcule pas vaut `null`
 * (jamais 0, qui se lirait comme un résultat).
 */

export type ComparedEventInput = {
  readonly id: string;
  readonly title: string;
  readonly startsAt: Date;
  readonly days: readonly CalendarDate[];
  readonly registrations: ReadonlyArray<Pick<RegistrationFact, 'id' | 'status' | 'isSpeaker' | 'isWalkIn' | 'days'>>;
  readonly attendance: readonly AttendanceFact[];
  /** Charges réalisées hors contributions en nature, en centimes ; `null` : aucun réalisé saisi. */
  readonly actualChargesCents: number | null;
  /** Moyenne de la question « satisfaction globale » (1 à 5) ; `null` : aucune réponse. */
  readonly satisfaction: number | null;
};

export type ComparedEvent = {
  readonly id: string;
  readonly title: string;
  readonly startsAt: Date;
  /** Présent·es au moins un jour, hors intervenant·es, venu·es sur place compris ; `null` tant que rien n'est pointé. */
  readonly participants: number | null;
  /** Tous jours confondus : no-show / attendu·es. `null` tant que rien n'est pointé. */
  readonly noShowPercent: number | null;
  readonly costPerParticipantCents: number | null;
  readonly satisfaction: number | null;
};

/** Attendance never taken: the no-show rate would read 100 % and mean nothing. */
function noShowOver(event: ComparedEventInput): number | null {
  if (event.attendance.length === 0) return null;
  const days = attendanceByDay(event.days, event.registrations, event.attendance);
  const noShow = days.reduce((sum, day) => sum + day.noShow, 0);
  const expected = days.reduce((sum, day) => sum + day.expected, 0);
  return percentOf(noShow, expected);
}

/** Coût réalisé ÷ présent·es, au centime le plus proche. */
export function costPerParticipant(actualChargesCents: number | null, participants: number | null): number | null {
  if (actualChargesCents === null || participants === null || participants === 0) return null;
  return Math.round(actualChargesCents / participants);
}

/** Les événements dans l'ordre du temps, du plus ancien au plus récent. */
export function compareEvents(events: readonly ComparedEventInput[]): ComparedEvent[] {
  return [...events]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.title.localeCompare(b.title, 'fr'))
    .map((event) => {
      // Before any check-in (an upcoming event), nobody is known to have come: not the same as 0.
      const participants = event.attendance.length === 0 ? null : presentParticipants(event.registrations, event.attendance).length;
      return {
        id: event.id,
        title: event.title,
        startsAt: event.startsAt,
        participants,
        noShowPercent: noShowOver(event),
        costPerParticipantCents: costPerParticipant(event.actualChargesCents, participants),
        satisfaction: event.satisfaction,
      };
    });
}
