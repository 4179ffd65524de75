'use client';
import { useMemo, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { inputClass } from '@/components/ui/Field';
import { searchKey } from '@/lib/domain/text/slug';
import type { AttendanceValue } from '@/lib/schemas/attendance';
import { setAttendanceAction } from '@/lib/server/actions/checkin';
import type { CheckInPerson } from '@/lib/server/queries/checkin';
import { CheckInCards } from './CheckInCards';
import { CheckInTable } from './CheckInTable';
import { STATUS_WORDS } from './status-words';

export type Mark = (person: CheckInPerson, status: AttendanceValue | null) => void;

// Beyond this, a phone struggles to draw the list: the search narrows it down.
const SHOWN_AT_MOST = 300;

/**
 * The day's list with its counters and an accent-insensitive search (« eloise » finds Éloïse).
 * A tap shows at once; the server answers in the background and a refusal puts things back.
 */
export function CheckInBoard(props: { eventId: string; day: string; dayLabel: string; people: CheckInPerson[]; mode: 'list' | 'table' }) {
  const [overrides, setOverrides] = useState<Record<string, AttendanceValue | null>>({});
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');

  const people = useMemo(
    () => props.people.map((person) => (person.id in overrides ? { ...person, status: overrides[person.id] ?? null } : person)),
    [props.people, overrides],
  );
  const shown = useMemo(() => {
    const key = searchKey(query);
    if (key === '') return people;
    return people.filter((person) => searchKey(`${person.name} ${person.organisation ?? ''}`).includes(key));
  }, [people, query]);

  const mark: Mark = (person, status) => {
    const previous = person.status;
    setError(null);
    setOverrides((current) => ({ ...current, [person.id]: status }));
    setAnnounce(status ? `${person.name} : ${STATUS_WORDS[status].label}.` : `${person.name} : pointage effacé.`);
    void setAttendanceAction({ eventId: props.eventId, registrationId: person.id, date: props.day, status }).then((result) => {
      if (result.ok) return;
      setOverrides((current) => ({ ...current, [person.id]: previous }));
      setError(`${person.name} : ${result.error}`);
    });
  };

  // People registered for other days only are kept aside; a search finds them too, should they come.
  const expected = people.filter((person) => person.expected);
  const count = (status: AttendanceValue | null) =>
    (status === null ? expected : people).filter((person) => person.status === status).length;
  const counters = [
    { label: 'Attendu·es ce jour', value: expected.length },
    { label: 'Présent·es', value: count('PRESENT') },
    { label: 'Excusé·es', value: count('EXCUSED') },
    { label: 'Absent·es', value: count('ABSENT') },
    { label: 'Non pointé·es', value: count(null) },
  ];
  const searching = searchKey(query) !== '';
  const listed = searching ? shown : shown.filter((person) => person.expected);
  const elsewhere = searching ? [] : shown.filter((person) => !person.expected);
  const list = (rows: CheckInPerson[]) =>
    props.mode === 'table' ? (
      <CheckInTable people={rows.slice(0, SHOWN_AT_MOST)} dayLabel={props.dayLabel} mark={mark} />
    ) : (
      <CheckInCards people={rows.slice(0, SHOWN_AT_MOST)} mark={mark} />
    );

  return (
    <section aria-labelledby="liste-pointage" className="flex flex-col gap-4">
      <h3 id="liste-pointage" className="sr-only">
        Liste des participant·es
      </h3>
      <dl className="grid grid-cols-3 gap-2 sm:grid-cols-5">
        {counters.map((counter) => (
          <div key={counter.label} className="rounded-lg bg-white p-2 text-center shadow">
            <dt className="text-sm text-slate-700">{counter.label}</dt>
            <dd className="text-2xl font-bold">{counter.value}</dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-col gap-1">
        <label htmlFor="recherche-participant" className="font-medium">
          Rechercher une personne
        </label>
        <input
          id="recherche-participant"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-describedby="resultats-recherche"
          autoComplete="off"
          className={inputClass}
        />
        <p id="resultats-recherche" aria-live="polite" className="text-sm text-slate-700">
          {shown.length === people.length ? `${people.length} personnes` : `${shown.length} sur ${people.length} personnes`}
        </p>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>
      {people.length === 0 ? (
        <p className="rounded-lg bg-white p-4 shadow">Aucune inscription confirmée pour le moment : ajoutez les personnes venues sur place ci-dessous, ou importez les inscriptions.</p>
      ) : (
        list(listed)
      )}
      {elsewhere.length > 0 ? (
        <details className="rounded-lg bg-white p-3 shadow">
          <summary className="cursor-pointer font-medium">
            {elsewhere.length === 1 ? '1 personne inscrite' : `${elsewhere.length} personnes inscrites`} pour d’autres jours seulement
          </summary>
          <div className="mt-3">{list(elsewhere)}</div>
        </details>
      ) : null}
      {listed.length > SHOWN_AT_MOST ? (
        <p className="rounded-lg bg-white p-4 shadow">
          Les {SHOWN_AT_MOST} premières personnes sont affichées : tapez quelques lettres du nom pour trouver les {listed.length - SHOWN_AT_MOST} autres.
        </p>
      ) : null}
    </section>
  );
}
