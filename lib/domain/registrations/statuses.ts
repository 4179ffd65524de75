/** Statut d'une inscription (à l'événement ou à une session). */
export const REGISTRATION_STATUSES = ['confirmed', 'waiting', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  confirmed: 'Confirmée',
  waiting: "Liste d'attente",
  cancelled: 'Annulée',
};

/**
 * Présence d'une personne un jour donné.
 * « Excusé » : la personne a prévenu de son absence ; elle n'est pas comptée comme no-show.
 */
export const ATTENDANCE_STATUSES = ['present', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  present: 'Présent·e',
  excused: 'Excusé·e',
  absent: 'Absent·e',
};
