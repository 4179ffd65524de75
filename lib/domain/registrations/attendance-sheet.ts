import { parisDay, type CalendarDate } from '@/lib/domain/dates';
import { plural } from '@/lib/domain/format/french';
import { attendanceByDay } from './attendance';
import { isExpectedOn, type AttendanceFact, type RegistrationFact } from './facts';

/*
 * La feuille d'émargement d'un jour (ou d'une demi-journée) : une ligne par personne attendue ce
 * jour-là, triée par nom, des lignes vides pour les personnes venues sans inscription, et la ligne
 * « n présent·es / N attendu·es », remplie seulement une fois la journée passée et pointée.
 * Le pointage est tenu par jour : une feuille de demi-journée liste les mêmes personnes et reprend
 * le compte de la journée.
 */

export const HALF_DAYS = ['matin', 'apres-midi'] as const;
export type HalfDay = (typeof HALF_DAYS)[number];

export const HALF_DAY_LABELS: Record<HalfDay, string> = { matin: 'Matin', 'apres-midi': 'Après-midi' };

export function isHalfDay(value: unknown): value is HalfDay {
  return HALF_DAYS.some((halfDay) => halfDay === value);
}

/** Lignes vides pour les venu·es sur place : 10 % des attendu·es (arrondi au-dessus), au moins 5. */
export const WALK_IN_ROWS = { share: 0.1, minimum: 5 } as const;

export function blankRowCount(expected: number): number {
  return Math.max(WALK_IN_ROWS.minimum, Math.ceil(expected * WALK_IN_ROWS.share));
}

export type SheetRegistration = Pick<RegistrationFact, 'id' | 'status' | 'isSpeaker' | 'isWalkIn' | 'days'> & {
  readonly name: string;
  readonly organisation: string | null;
};

export type SheetRow = { readonly name: string; readonly organisation: string };

export type SheetCount = { readonly present: number; readonly expected: number };

export type AttendanceSheetRows = {
  readonly rows: readonly SheetRow[];
  readonly blankRows: number;
  /** `null` tant que la journée n'est pas passée ou que personne n'a été pointé ce jour-là. */
  readonly count: SheetCount | null;
  /** « 12 présent·es / 40 attendu·es », ou le nombre de présent·es laissé à remplir à la main. */
  readonly countLine: string;
};

const byName = (a: SheetRow, b: SheetRow) => a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' }) || a.organisation.localeCompare(b.organisation, 'fr');

const PRESENT = { one: 'présent·e', other: 'présent·es' } as const;
const EXPECTED = { one: 'attendu·e', other: 'attendu·es' } as const;

export function countLine(count: SheetCount | null, expected: number): string {
  if (count === null) return `______ ${PRESENT.other} / ${plural(expected, EXPECTED)}`;
  return `${plural(count.present, PRESENT)} / ${plural(count.expected, EXPECTED)}`;
}

/**
 * Les lignes de la feuille du jour `day`. Les attendu·es sont celles et ceux de la règle du
 * pointage (inscription confirmée à l'avance, hors intervenant·es, venant ce jour) ; le compte des
 * présent·es inclut les venu·es sur place, comme le bilan.
 */
export function attendanceSheetRows(input: {
  readonly day: CalendarDate;
  readonly registrations: readonly SheetRegistration[];
  readonly attendance: readonly AttendanceFact[];
  readonly now: Date;
}): AttendanceSheetRows {
  const { day, registrations, attendance, now } = input;
  const rows = registrations
    .filter((registration) => isExpectedOn(registration, day))
    .map((registration) => ({ name: registration.name.trim(), organisation: registration.organisation?.trim() ?? '' }))
    .sort(byName);
  const dayIsPast = parisDay(now) > day;
  const pointed = attendance.some((record) => record.day === day);
  const figures = dayIsPast && pointed ? attendanceByDay([day], registrations, attendance)[0] : undefined;
  const count = figures ? { present: figures.present, expected: figures.expected } : null;
  return { rows, blankRows: blankRowCount(rows.length), count, countLine: countLine(count, rows.length) };
}
