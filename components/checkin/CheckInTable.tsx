'use client';
import { ATTENDANCE_VALUES, type AttendanceValue } from '@/lib/schemas/attendance';
import type { CheckInPerson } from '@/lib/domain/registrations/check-in-roster';
import type { Mark } from './CheckInBoard';
import { STATUS_WORDS } from './status-words';

const COLUMNS: Array<{ value: AttendanceValue | null; label: string }> = [
  ...ATTENDANCE_VALUES.map((value) => ({ value, label: STATUS_WORDS[value].label })),
  { value: null, label: 'Non pointé·e' },
];

/**
 * After the event, from the paper sign-in sheet: one row per person, one radio per status, so
 * the keyboard goes down the list quickly (Tab to the row, arrows to the status).
 */
export function CheckInTable({ people, dayLabel, mark }: { people: CheckInPerson[]; dayLabel: string; mark: Mark }) {
  return (
    <div className="relative overflow-x-auto rounded-lg bg-white shadow">
      <table className="w-full text-left">
        <caption className="p-3 text-left text-slate-700">Présences du {dayLabel}, enregistrées à chaque choix.</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="px-3 py-2">Nom</th>
            <th scope="col" className="px-3 py-2">Structure</th>
            {COLUMNS.map((column) => (
              <th key={column.label} scope="col" className="px-3 py-2 text-center">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id} className="border-b border-slate-100">
              <th scope="row" className="px-3 py-1 font-medium">
                {person.name}
                {person.expected ? null : <span className="block text-sm font-normal text-slate-700">pas prévu·e ce jour</span>}
              </th>
              <td className="px-3 py-1 text-slate-800">{person.organisation}</td>
              {COLUMNS.map((column) => (
                <td key={column.label} className="px-3 py-1 text-center">
                  <input
                    type="radio"
                    name={`statut-${person.id}`}
                    aria-label={`${person.name} : ${column.label.toLowerCase()}`}
                    checked={person.status === column.value}
                    onChange={() => mark(person, column.value)}
                    className="h-5 w-5 accent-brand-700"
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
