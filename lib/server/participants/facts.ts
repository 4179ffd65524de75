import 'server-only';
import { AUDIENCE_CATEGORIES, type AudienceCategory } from '@/lib/domain/registrations/audience-categories';
import type { AttendanceStatus, RegistrationStatus } from '@/lib/domain/registrations/statuses';

// The database's enums and strings ↔ the domain's values, in one place.

type DbRegistrationStatus = 'CONFIRMED' | 'WAITING' | 'CANCELLED';
type DbAttendanceStatus = 'PRESENT' | 'EXCUSED' | 'ABSENT';

const REGISTRATION_STATUS: Record<DbRegistrationStatus, RegistrationStatus> = {
  CONFIRMED: 'confirmed',
  WAITING: 'waiting',
  CANCELLED: 'cancelled',
};

const ATTENDANCE_STATUS: Record<DbAttendanceStatus, AttendanceStatus> = { PRESENT: 'present', EXCUSED: 'excused', ABSENT: 'absent' };

export const toRegistrationStatus = (status: DbRegistrationStatus): RegistrationStatus => REGISTRATION_STATUS[status];
export const toAttendanceStatus = (status: DbAttendanceStatus): AttendanceStatus => ATTENDANCE_STATUS[status];

/** Registration.category is free text in the database: anything unknown counts as « Autre ». */
export function toAudienceCategory(category: string): AudienceCategory {
  return (AUDIENCE_CATEGORIES as readonly string[]).includes(category) ? (category as AudienceCategory) : 'AUTRE';
}
