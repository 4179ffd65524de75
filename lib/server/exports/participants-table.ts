import { formatShortDate, formatTime, formatWeekday } from '@/lib/domain/dates';
import { AUDIENCE_CATEGORY_LABELS, type AudienceCategory } from '@/lib/domain/registrations/audience-categories';
import { isPlaceholderEmail, registrationSourceLabel } from '@/lib/domain/registrations/personal-data';
import {
  ATTENDANCE_STATUS_LABELS,
  REGISTRATION_STATUS_LABELS,
  type AttendanceStatus,
  type RegistrationStatus,
} from '@/lib/domain/registrations/statuses';

export type ExportedPerson = {
  name: string;
  email: string;
  organisation: string | null;
  category: AudienceCategory;
  status: RegistrationStatus;
  rank: number | null;
  isSpeaker: boolean;
  isWalkIn: boolean;
  source: string;
  registeredAt: Date;
  accessibilityNeeds: string | null;
  attendance: Record<string, AttendanceStatus>;
};

export type ParticipantExport = { title: string; slug: string; days: string[]; people: ExportedPerson[] };

/** A cell is text, a number (the rank) or empty; the CSV and XLSX writers make every text formula-safe. */
export type ExportCell = string | number | null;

const yesNo = (value: boolean) => (value ? 'oui' : 'non');

/**
 * The participant list as rows of cells, shared by the CSV and the XLSX: French headers, one
 * presence column per day. The writers prefix a name like « =HYPERLINK(…) » typed in a public
 * form with an apostrophe, so no spreadsheet runs it.
 */
export function participantTable({ days, people }: Pick<ParticipantExport, 'days' | 'people'>): { headers: string[]; rows: ExportCell[][] } {
  const headers = [
    'Nom',
    'Adresse e-mail',
    'Structure',
    'Catégorie',
    'Statut',
    'Rang en liste d’attente',
    'Intervenant·e',
    'Venu·e sur place',
    'Provenance',
    'Inscrit·e le',
    'Besoins d’accessibilité',
    ...days.map((day) => `Présence ${formatWeekday(day)}`),
  ];
  const text = (value: string | null) => (value === null || value === '' ? null : value);
  const rows = people.map((person): ExportCell[] => [
    text(person.name),
    text(isPlaceholderEmail(person.email) ? null : person.email),
    text(person.organisation),
    AUDIENCE_CATEGORY_LABELS[person.category],
    REGISTRATION_STATUS_LABELS[person.status],
    person.rank,
    yesNo(person.isSpeaker),
    yesNo(person.isWalkIn),
    text(registrationSourceLabel(person.source)),
    `${formatShortDate(person.registeredAt)} ${formatTime(person.registeredAt)}`,
    text(person.accessibilityNeeds),
    ...days.map((day) => {
      const status = person.attendance[day];
      return status ? ATTENDANCE_STATUS_LABELS[status] : null;
    }),
  ]);
  return { headers, rows };
}
