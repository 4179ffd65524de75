'use client';
import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { setSessionAttendanceAction } from '@/lib/server/actions/checkin';
import type { CheckInSession } from '@/lib/server/queries/checkin';

/** One list per session on pre-registration: a box per registered person, saved when ticked. */
export function SessionAttendance({ eventId, sessions }: { eventId: string; sessions: CheckInSession[] }) {
  const [attended, setAttended] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<string | null>(null);
  const isChecked = (entry: { id: string; attended: boolean | null }) => attended[entry.id] ?? entry.attended === true;

  const toggle = (entry: { id: string; name: string }, checked: boolean) => {
    setError(null);
    setAttended((current) => ({ ...current, [entry.id]: checked }));
    void setSessionAttendanceAction({ eventId, sessionRegistrationId: entry.id, attended: checked }).then((result) => {
      if (result.ok) return;
      setAttended((current) => ({ ...current, [entry.id]: !checked }));
      setError(`${entry.name} : ${result.error}`);
    });
  };

  return (
    <div className="flex flex-col gap-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {sessions.map((session) => (
        <fieldset key={session.id} className="rounded-md border border-slate-300 p-3">
          <legend className="px-1 font-semibold">
            {session.time} — {session.title} ({session.people.filter(isChecked).length} présent·es sur {session.people.length})
          </legend>
          {session.people.length === 0 ? (
            <p className="text-slate-700">Personne n’est inscrit·e à cette séance.</p>
          ) : (
            <ul className="grid gap-1 sm:grid-cols-2">
              {session.people.map((entry) => (
                <li key={entry.id}>
                  <label className="flex min-h-11 items-center gap-3">
                    <input type="checkbox" checked={isChecked(entry)} onChange={(event) => toggle(entry, event.target.checked)} className="h-5 w-5 accent-brand-700" />
                    {entry.name}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      ))}
    </div>
  );
}
