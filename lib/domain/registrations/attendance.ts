import type { CalendarDate } from '@/lib/domain/dates';
import { isExpectedOn, type AttendanceFact, type RegistrationFact } from './facts';
import { percentOf } from './percent';
import type { AttendanceStatus } from './statuses';
import { noShowStatus, type NoShowStatus } from './thresholds';

export type DayAttendance = {
  readonly day: CalendarDate;
  /** Inscriptions confirmées attendues ce jour-là : le dénominateur du no-show. */
  readonly expected: number;
  /** Présent·es : attendu·es venu·es + venu·es sur place. */
  readonly present: number;
  /** Venu·es sans être attendu·es ce jour (inscrit·es sur place, liste d'attente venue quand même…). */
  readonly walkIns: number;
  /** Attendu·es qui ont prévenu : ni présent·es, ni no-show. */
  readonly excused: number;
  /** No-show : attendu·es pointé·es absent·es ou pas pointé·es du tout. */
  readonly noShow: number;
  /** Attendu·es sans pointage ce jour-là (comptés dans le no-show). */
  readonly unmarked: number;
  readonly noShowPercent: number | null;
  /** Comparé au seuil du webinaire : moins de 20 %. `null` quand personne n'était attendu. */
  readonly noShowStatus: NoShowStatus | null;
};

type RegistrationInput = Pick<RegistrationFact, 'id' | 'status' | 'isSpeaker' | 'isWalkIn' | 'days'>;

/**
 * Présences et no-show, jour par jour, hors intervenant·es.
 * - no-show = (absent·es + non pointé·es) / attendu·es ; « excusé » reste au dénominateur mais
 *   n'est pas un no-show : la personne a libéré sa place en prévenant ;
 * - les venu·es sur place comptent parmi les présent·es, jamais au dénominateur du no-show ;
 * - une personne attendue non pointée compte comme absente : le chiffre se lit une fois le pointage clos.
 * Un pointage par personne et par jour est attendu ; en cas de doublon, le dernier l'emporte.
 */
export function attendanceByDay(
  days: readonly CalendarDate[],
  registrations: readonly RegistrationInput[],
  attendance: readonly AttendanceFact[],
): DayAttendance[] {
  const participants = registrations.filter((registration) => !registration.isSpeaker);
  return days.map((day) => {
    const statuses = statusesOn(day, attendance);
    const expected = participants.filter((registration) => isExpectedOn(registration, day));
    const expectedIds = new Set(expected.map((registration) => registration.id));
    const counts = { present: 0, excused: 0, absent: 0, unmarked: 0 };
    for (const registration of expected) {
      const status = statuses.get(registration.id);
      if (status === undefined) counts.unmarked += 1;
      else counts[status] += 1;
    }
    const walkIns = participants.filter(
      (registration) => !expectedIds.has(registration.id) && statuses.get(registration.id) === 'present',
    ).length;
    const noShow = counts.absent + counts.unmarked;
    return {
      day,
      expected: expected.length,
      present: counts.present + walkIns,
      walkIns,
      excused: counts.excused,
      noShow,
      unmarked: counts.unmarked,
      noShowPercent: percentOf(noShow, expected.length),
      noShowStatus: noShowStatus(noShow, expected.length),
    };
  });
}

function statusesOn(day: CalendarDate, attendance: readonly AttendanceFact[]): Map<string, AttendanceStatus> {
  const statuses = new Map<string, AttendanceStatus>();
  for (const record of attendance) if (record.day === day) statuses.set(record.registrationId, record.status);
  return statuses;
}

/** Les participant·es (hors intervenant·es) présent·es au moins un jour, chacun·e une seule fois. */
export function presentParticipants<R extends Pick<RegistrationFact, 'id' | 'isSpeaker'>>(
  registrations: readonly R[],
  attendance: readonly AttendanceFact[],
): R[] {
  const presentIds = new Set(
    attendance.filter((record) => record.status === 'present').map((record) => record.registrationId),
  );
  return registrations.filter((registration) => !registration.isSpeaker && presentIds.has(registration.id));
}
