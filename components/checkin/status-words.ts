import type { AttendanceValue } from '@/lib/schemas/attendance';

/** How each status reads in buttons, columns and announcements. */
export const STATUS_WORDS: Record<AttendanceValue, { label: string; verb: string }> = {
  PRESENT: { label: 'Présent·e', verb: 'présent·e' },
  EXCUSED: { label: 'Excusé·e', verb: 'excusé·e' },
  ABSENT: { label: 'Absent·e', verb: 'absent·e' },
};
