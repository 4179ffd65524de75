'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { formatDay } from '@/lib/domain/dates';
import { ATTENDANCE_VALUES, type AttendanceValue } from '@/lib/schemas/attendance';
import { setAttendanceAction } from '@/lib/server/actions/checkin';

const LABELS: Record<AttendanceValue, string> = { PRESENT: 'Présent·e', EXCUSED: 'Excusé·e', ABSENT: 'Absent·e' };

/** Attendance of one person, day by day (the same record as the check-in page). */
export function DayAttendance(props: { eventId: string; registrationId: string; days: ReadonlyArray<{ date: string; status: AttendanceValue | null }>; canEdit: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const save = (date: string, value: string) =>
    startTransition(async () => {
      const status = value === '' ? null : (value as AttendanceValue);
      const result = await setAttendanceAction({ eventId: props.eventId, registrationId: props.registrationId, date, status });
      setMessage(result.ok ? { tone: 'ok', text: `Présence du ${formatDay(date)} enregistrée.` } : { tone: 'error', text: result.error });
      if (result.ok) router.refresh();
    });
  return (
    <div className="flex flex-col gap-2">
      <ul className="flex flex-col gap-2">
        {props.days.map((day) => (
          <li key={day.date} className="flex flex-wrap items-center gap-3">
            <label htmlFor={`attendance-${day.date}`} className="min-w-48 font-medium">
              {formatDay(day.date)}
            </label>
            {props.canEdit ? (
              <select
                id={`attendance-${day.date}`}
                defaultValue={day.status ?? ''}
                disabled={pending}
                onChange={(e) => save(day.date, e.target.value)}
                className="rounded-md border border-slate-400 bg-white px-3 py-2"
              >
                <option value="">Non renseigné</option>
                {ATTENDANCE_VALUES.map((value) => (
                  <option key={value} value={value}>
                    {LABELS[value]}
                  </option>
                ))}
              </select>
            ) : (
              <span id={`attendance-${day.date}`}>{day.status ? LABELS[day.status] : 'Non renseigné'}</span>
            )}
          </li>
        ))}
      </ul>
      <p aria-live="polite" className={`min-h-5 text-sm font-medium ${message?.tone === 'error' ? 'text-red-700' : 'text-green-800'}`}>
        {message?.text}
      </p>
    </div>
  );
}
