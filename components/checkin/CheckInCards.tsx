'use client';
import { registrationNumber } from '@/lib/domain/registrations/check-in-taps';
import type { AttendanceValue } from '@/lib/schemas/attendance';
import type { CheckInPerson } from '@/lib/domain/registrations/check-in-roster';
import type { Mark } from './CheckInBoard';
import { STATUS_WORDS } from './status-words';

const SECONDARY: AttendanceValue[] = ['EXCUSED', 'ABSENT'];

/**
 * The door's view, made for a phone: one big button per person to mark them present, two small
 * ones for « excusé·e » and « absent·e ». Pressing a pressed button again clears the mark.
 */
export function CheckInCards({ people, mark }: { people: Array<CheckInPerson & { pending?: boolean }>; mark: Mark }) {
  if (people.length === 0) return <p className="rounded-lg bg-white p-4 shadow">Personne ne correspond à cette recherche.</p>;
  return (
    <ul className="flex flex-col gap-2">
      {people.map((person) => {
        const present = person.status === 'PRESENT';
        const toggle = (status: AttendanceValue) => mark(person, person.status === status ? null : status);
        return (
          <li key={person.id} className={`flex flex-col gap-3 rounded-lg border-l-8 bg-white p-3 shadow sm:flex-row sm:items-center ${present ? 'border-green-700' : 'border-slate-300'}`}>
            <div className="min-w-0 flex-1">
              <p className="text-lg font-semibold break-words">{person.name}</p>
              <p className="text-sm text-slate-700">
                {[person.organisation, person.categoryLabel].filter(Boolean).join(' · ')}
                {person.isWalkIn ? ' · venu·e sur place' : ''}
                {person.expected ? '' : ' · pas prévu·e ce jour'}
                {` · n° ${registrationNumber(person.id)}`}
              </p>
              {person.status ? (
                <p className="text-sm text-slate-900">
                  <span className="font-semibold">{STATUS_WORDS[person.status].label}</span>
                  {person.pending ? ' · en attente d’envoi' : person.markedAt ? ` · ${person.markedAt}${person.markedBy ? `, par ${person.markedBy}` : ''}` : ''}
                </p>
              ) : null}
            </div>
            <div className="grid grid-cols-[8fr_5fr_5fr] gap-2 sm:flex sm:items-stretch">
              <button
                type="button"
                aria-pressed={present}
                aria-label={`Marquer ${person.name} ${STATUS_WORDS.PRESENT.verb}`}
                onClick={() => toggle('PRESENT')}
                className={`min-h-14 rounded-md px-2 text-lg font-bold whitespace-nowrap sm:px-5 ${present ? 'bg-green-800 text-white' : 'bg-brand-700 text-white hover:bg-brand-800'}`}
              >
                {present ? '✓ Présent·e' : 'Présent·e'}
              </button>
              {SECONDARY.map((status) => (
                <button
                  key={status}
                  type="button"
                  aria-pressed={person.status === status}
                  aria-label={`Marquer ${person.name} ${STATUS_WORDS[status].verb}`}
                  onClick={() => toggle(status)}
                  className={`min-h-14 rounded-md border px-2 text-sm font-semibold sm:px-3 ${person.status === status ? 'border-slate-900 bg-slate-900 text-white' : 'border-slate-500 bg-white text-slate-900 hover:bg-slate-100'}`}
                >
                  {STATUS_WORDS[status].label}
                </button>
              ))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
