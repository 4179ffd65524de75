import { ATTENDANCE_VALUES, type AttendanceValue } from '@/lib/schemas/attendance';

/** One person on the check-in list of one day, as the list shows them. */
export type CheckInPerson = {
  id: string;
  name: string;
  organisation: string | null;
  categoryLabel: string;
  isWalkIn: boolean;
  /** Planned to come this day (Registration.days empty = every day). */
  expected: boolean;
  status: AttendanceValue | null;
  /** Who set the status and when (Paris time, HH:MM), when known. */
  markedBy: string | null;
  markedAt: string | null;
};

/*
 * The check-in list as the page hands it to the phone. A phone downloads the list twice over if it is
 * sent as objects (every key repeated for each of 1 000 people, inside the RSC payload of the HTML):
 * here each person is a short tuple, and the texts many people share (organisation, category, who
 * tapped) are written once in `labels` and referred to by their position.
 *
 *   [id, name, organisation, category, code, markedBy?, markedAt?]
 *
 * - organisation, category, markedBy: positions in `labels`; position 0 is the empty label (none);
 * - code = expected (1) + walk-in (2) + 4 × status (0 none, then 1 + position in ATTENDANCE_VALUES);
 * - markedBy and markedAt are left out when nobody marked the person that day.
 */
export type CheckInRow = [id: string, name: string, organisation: number, category: number, code: number, markedBy?: number, markedAt?: string];
export type CheckInRoster = { labels: string[]; rows: CheckInRow[] };

const EXPECTED = 1;
const WALK_IN = 2;
const STATUS_STEP = 4;

export function packCheckInRoster(people: readonly CheckInPerson[]): CheckInRoster {
  const labels = [''];
  const positions = new Map<string, number>([['', 0]]);
  const label = (text: string | null): number => {
    if (text === null) return 0;
    let position = positions.get(text);
    if (position === undefined) {
      position = labels.push(text) - 1;
      positions.set(text, position);
    }
    return position;
  };
  const rows = people.map((person): CheckInRow => {
    const status = person.status === null ? 0 : ATTENDANCE_VALUES.indexOf(person.status) + 1;
    const code = (person.expected ? EXPECTED : 0) + (person.isWalkIn ? WALK_IN : 0) + STATUS_STEP * status;
    const row: CheckInRow = [person.id, person.name, label(person.organisation), label(person.categoryLabel), code];
    if (person.markedBy !== null || person.markedAt !== null) row.push(label(person.markedBy), person.markedAt ?? '');
    return row;
  });
  return { labels, rows };
}

export function unpackCheckInRoster(roster: CheckInRoster): CheckInPerson[] {
  const text = (position: number | undefined) => (position ? (roster.labels[position] ?? null) : null);
  return roster.rows.map(([id, name, organisation, category, code, markedBy, markedAt]) => ({
    id,
    name,
    organisation: text(organisation),
    categoryLabel: text(category) ?? '',
    isWalkIn: (code & WALK_IN) !== 0,
    expected: (code & EXPECTED) !== 0,
    status: ATTENDANCE_VALUES[Math.floor(code / STATUS_STEP) - 1] ?? null,
    markedBy: text(markedBy),
    markedAt: markedAt || null,
  }));
}
