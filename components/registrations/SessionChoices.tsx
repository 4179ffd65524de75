'use client';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { SeatBadge } from '@/components/registrations/SeatBadge';
import { sessionWaitingNotice } from '@/lib/domain/public/mail-notices';

export type SessionChoice = {
  id: string;
  title: string;
  /** Already formatted (Paris time) by the server. */
  when: string;
  full: boolean;
  held: { status: 'CONFIRMED' | 'WAITING' | 'CANCELLED'; rank: number | null } | null;
};

/** The sessions that need pre-registration, as checkboxes; a full one says the person will wait. */
export function SessionChoices<T extends FieldValues>(props: {
  control: Control<T>;
  sessions: readonly SessionChoice[];
  /** Whether e-mails really leave (SMTP configured): the hint promises one only then. */
  mailSent: boolean;
  error?: string;
}) {
  if (props.sessions.length === 0) return null;
  const errorId = 'sessionIds-error';
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={`sessionIds-hint${props.error ? ` ${errorId}` : ''}`}>
      <legend className="mb-1 text-lg font-semibold">Séances sur inscription</legend>
      <p id="sessionIds-hint" className="text-sm text-slate-700">
        {sessionWaitingNotice(props.mailSent)}
      </p>
      <Controller
        control={props.control}
        name={'sessionIds' as Path<T>}
        render={({ field }) => {
          const selected: string[] = Array.isArray(field.value) ? field.value : [];
          return (
            <ul className="flex flex-col gap-2">
              {props.sessions.map((session) => {
                const checked = selected.includes(session.id);
                return (
                  <li key={session.id} className="rounded-md border border-slate-300 bg-white p-3">
                    <label className="flex items-start gap-3">
                      <input
                        type="checkbox"
                        className="mt-1 h-5 w-5 shrink-0"
                        checked={checked}
                        onBlur={field.onBlur}
                        onChange={() => field.onChange(checked ? selected.filter((id) => id !== session.id) : [...selected, session.id])}
                      />
                      <span className="flex flex-col gap-1">
                        <span className="font-medium">{session.title}</span>
                        <span className="text-sm text-slate-700">{session.when}</span>
                        {session.held ? (
                          <SeatBadge {...session.held} />
                        ) : session.full ? (
                          <span className="text-sm font-semibold text-amber-900">Complet — liste d’attente</span>
                        ) : null}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          );
        }}
      />
      <p id={errorId} aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
        {props.error}
      </p>
    </fieldset>
  );
}
