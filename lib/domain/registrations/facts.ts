import type { AudienceCategory } from './audience-categories';
import type { CalendarDate } from '@/lib/domain/dates';
import type { AttendanceStatus, RegistrationStatus } from './statuses';

/** Ce que les calculs de chiffres lisent d'une inscription. */
export type RegistrationFact = {
  readonly id: string;
  /** Date d'inscription (pour un import, celle de la billetterie d'origine). */
  readonly registeredAt: Date;
  readonly audienceCategory: AudienceCategory;
  readonly status: RegistrationStatus;
  /** Les intervenant·es ne sont jamais comptés parmi les participant·es. */
  readonly isSpeaker: boolean;
  /** Venu·e sans inscription préalable, ajouté·e au pointage. */
  readonly isWalkIn: boolean;
  /** Jours où la personne est attendue ; `null` : tous les jours de l'événement. */
  readonly days: readonly CalendarDate[] | null;
};

/** Un pointage : une ligne par personne et par jour. */
export type AttendanceFact = {
  readonly registrationId: string;
  readonly day: CalendarDate;
  readonly status: AttendanceStatus;
};

/**
 * Une inscription au sens des courbes et répartitions : faite à l'avance (pas sur place),
 * toujours active (confirmée ou en liste d'attente), par un·e participant·e (pas un·e intervenant·e).
 */
export function isCountedRegistration(registration: Pick<RegistrationFact, 'status' | 'isSpeaker' | 'isWalkIn'>): boolean {
  return registration.status !== 'cancelled' && !registration.isSpeaker && !registration.isWalkIn;
}

/** Attendu·e ce jour-là : inscription confirmée à l'avance d'un·e participant·e qui vient ce jour. */
export function isExpectedOn(
  registration: Pick<RegistrationFact, 'status' | 'isSpeaker' | 'isWalkIn' | 'days'>,
  day: CalendarDate,
): boolean {
  return (
    registration.status === 'confirmed' &&
    !registration.isSpeaker &&
    !registration.isWalkIn &&
    (registration.days === null || registration.days.includes(day))
  );
}
