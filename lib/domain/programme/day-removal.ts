import { formatDay, type CalendarDate } from '@/lib/domain/dates';
import { plural } from '@/lib/domain/format/french';

/*
 * Supprimer une journée du programme. Elle est gardée tant que quelque chose en dépend : des
 * séances (elles n'auraient plus de place), des présences pointées ce jour-là (le bilan les compte),
 * des inscriptions qui la nomment (un choix de jours vide voudrait dire « tous les jours »).
 * Sinon elle part, avec ses horaires, et les dates de l'événement suivent les journées restantes :
 * c'est ce que dit le message après coup.
 */

export type DayRemovalFacts = {
  readonly date: CalendarDate;
  readonly sessionCount: number;
  /** Présences (ou absences) pointées à cette date. */
  readonly attendanceCount: number;
  /** Inscriptions (non annulées) dont le choix de jours nomme cette date. */
  readonly registrationCount: number;
};

/** Le refus, en français, ou null si la journée peut partir. */
export function dayRemovalRefusal(facts: DayRemovalFacts): string | null {
  const { sessionCount, attendanceCount, registrationCount } = facts;
  if (sessionCount > 0) {
    return `Cette journée compte encore ${plural(sessionCount, { one: 'séance', other: 'séances' })} : déplacez-les ou supprimez-les avant de retirer la journée.`;
  }
  if (attendanceCount > 0) {
    return `Des présences sont pointées ce jour-là (${plural(attendanceCount, { one: 'pointage', other: 'pointages' })}) : la journée est gardée pour le bilan. Changez plutôt ses horaires.`;
  }
  if (registrationCount > 0) {
    return `${plural(registrationCount, { one: 'inscription porte', other: 'inscriptions portent' })} sur cette journée : changez plutôt sa date (les inscriptions la suivront), ou prévenez ces personnes avant de la retirer.`;
  }
  return null;
}

/** La question posée avant de supprimer. */
export function dayRemovalQuestion(date: CalendarDate): string {
  return `Supprimer la journée du ${formatDay(date)} ? Ses horaires sont retirés du programme et les dates de l’événement suivent les journées restantes.`;
}

/** Ce qui a été retiré, et les dates de l'événement qui en découlent. */
export function dayRemovalSummary(date: CalendarDate, remaining: readonly CalendarDate[]): string {
  const removed = `Journée du ${formatDay(date)} supprimée, avec ses horaires.`;
  if (remaining.length === 0) return `${removed} Le programme n’a plus de journée : l’événement garde les dates de sa fiche.`;
  const days = [...remaining].sort();
  if (days.length === 1) return `${removed} L’événement se tient désormais le ${formatDay(days[0]!)}.`;
  return `${removed} L’événement se tient désormais sur ${plural(days.length, { one: 'journée', other: 'journées' })}, du ${formatDay(days[0]!)} au ${formatDay(days[days.length - 1]!)}.`;
}
