import { addCalendarDays, eachCalendarDay, parisDay, type CalendarDate } from '@/lib/domain/dates';
import { isCountedRegistration, type RegistrationFact } from './facts';
import { percentOf } from './percent';
import { REGISTRATION_DEADLINE_OFFSET_DAYS } from './thresholds';

export type RegistrationCurvePoint = {
  readonly date: CalendarDate;
  readonly newCount: number;
  readonly cumulativeCount: number;
};

/**
 * `too-early` : J-10 n'est pas passé, la règle ne se juge pas encore.
 * `no-registrations` : aucune inscription, aucun taux à montrer.
 */
export type RegistrationDeadlineStatus = 'met' | 'not-met' | 'too-early' | 'no-registrations';

export type RegistrationDeadline = {
  /** Le jour J-10, compté depuis le premier jour de l'événement. */
  readonly date: CalendarDate;
  /** Inscriptions reçues jusqu'à ce jour inclus. */
  readonly countByDeadline: number;
  readonly sharePercent: number | null;
  readonly status: RegistrationDeadlineStatus;
};

export type RegistrationsOverTime = {
  /** Un point par jour de Paris, du premier jour d'inscription au premier jour de l'événement (ou à aujourd'hui s'il est avant). */
  readonly points: RegistrationCurvePoint[];
  readonly total: number;
  /** Inscriptions datées après le premier jour (imports tardifs, jours suivants) : dans le total, hors courbe. */
  readonly registeredAfterFirstDay: number;
  readonly deadline: RegistrationDeadline;
};

type CurveInput = Pick<RegistrationFact, 'registeredAt' | 'status' | 'isSpeaker' | 'isWalkIn'>;

/**
 * Courbe cumulée des inscriptions et règle du webinaire « toutes les inscriptions à J-10 ».
 * Comptées : les inscriptions actives faites à l'avance, hors intervenant·es (voir isCountedRegistration).
 * La règle est tenue quand 100 % des inscriptions sont arrivées au plus tard le jour J-10.
 */
export function registrationsOverTime(
  registrations: readonly CurveInput[],
  { firstDay, today }: { firstDay: CalendarDate; today: CalendarDate },
): RegistrationsOverTime {
  const days = registrations.filter(isCountedRegistration).map((registration) => parisDay(registration.registeredAt));
  const perDay = new Map<CalendarDate, number>();
  for (const day of days) perDay.set(day, (perDay.get(day) ?? 0) + 1);

  const firstRegistrationDay = days.reduce<CalendarDate | null>((min, day) => (min === null || day < min ? day : min), null);
  const curveEnd = today < firstDay ? today : firstDay;
  let cumulativeCount = 0;
  const points =
    firstRegistrationDay === null
      ? []
      : eachCalendarDay(firstRegistrationDay, curveEnd).map((date) => {
          const newCount = perDay.get(date) ?? 0;
          cumulativeCount += newCount;
          return { date, newCount, cumulativeCount };
        });

  const deadlineDate = addCalendarDays(firstDay, REGISTRATION_DEADLINE_OFFSET_DAYS);
  const total = days.length;
  const countByDeadline = days.filter((day) => day <= deadlineDate).length;
  return {
    points,
    total,
    registeredAfterFirstDay: days.filter((day) => day > firstDay).length,
    deadline: {
      date: deadlineDate,
      countByDeadline,
      sharePercent: percentOf(countByDeadline, total),
      status: deadlineStatus({ total, countByDeadline, deadlineDate, today }),
    },
  };
}

function deadlineStatus(input: {
  total: number;
  countByDeadline: number;
  deadlineDate: CalendarDate;
  today: CalendarDate;
}): RegistrationDeadlineStatus {
  if (input.total === 0) return 'no-registrations';
  if (input.today <= input.deadlineDate) return 'too-early';
  return input.countByDeadline === input.total ? 'met' : 'not-met';
}
