import { describe, expect, it } from 'vitest';
import { attendanceSheetRows, blankRowCount, countLine, isHalfDay, type SheetRegistration } from '@/lib/domain/registrations/attendance-sheet';
import type { AttendanceFact } from '@/lib/domain/registrations/facts';

const DAY_1 = '2027-02-11';
const DAY_2 = '2027-02-12';
const DURING = new Date('2027-02-11T10:00:00Z');
const AFTER = new Date('2027-02-13T10:00:00Z');

const person = (id: string, name: string, overrides: Partial<SheetRegistration> = {}): SheetRegistration => ({
  id,
  name,
  organisation: `Structure ${id}`,
  status: 'confirmed',
  isSpeaker: false,
  isWalkIn: false,
  days: null,
  ...overrides,
});

const PEOPLE: SheetRegistration[] = [
  person('z', 'Zoé Martin'),
  person('e', 'Émile Durand', { organisation: null }),
  person('a', 'amina Benali'),
  person('d2', 'Bruno Day2', { days: [DAY_2] }),
  person('w', 'Waiting Wendy', { status: 'waiting' }),
  person('c', 'Cancelled Carl', { status: 'cancelled' }),
  person('s', 'Speaker Sam', { isSpeaker: true }),
  person('walk', 'Walk-in Wally', { isWalkIn: true }),
];

describe('attendance sheet rows', () => {
  it('lists the people expected that day, sorted by name whatever the case and accents', () => {
    const sheet = attendanceSheetRows({ day: DAY_1, registrations: PEOPLE, attendance: [], now: DURING });
    expect(sheet.rows).toEqual([
      { name: 'amina Benali', organisation: 'Structure a' },
      { name: 'Émile Durand', organisation: '' },
      { name: 'Zoé Martin', organisation: 'Structure z' },
    ]);
  });

  it('lists on each day only the people who come that day', () => {
    const sheet = attendanceSheetRows({ day: DAY_2, registrations: PEOPLE, attendance: [], now: DURING });
    expect(sheet.rows.map((row) => row.name)).toEqual(['amina Benali', 'Bruno Day2', 'Émile Durand', 'Zoé Martin']);
  });

  it.each([
    [0, 5],
    [3, 5],
    [50, 5],
    [51, 6],
    [120, 12],
    [1000, 100],
  ])('gives %i expected people %i blank rows for walk-ins', (expected, blanks) => {
    expect(blankRowCount(expected)).toBe(blanks);
  });

  it('leaves the count to fill by hand before the day is over', () => {
    const attendance: AttendanceFact[] = [{ registrationId: 'a', day: DAY_1, status: 'present' }];
    const sheet = attendanceSheetRows({ day: DAY_1, registrations: PEOPLE, attendance, now: DURING });
    expect(sheet.count).toBeNull();
    expect(sheet.countLine).toBe('______ présent·es / 3 attendu·es');
  });

  it('leaves the count blank after the day when nobody was checked in that day', () => {
    const attendance: AttendanceFact[] = [{ registrationId: 'a', day: DAY_2, status: 'present' }];
    const sheet = attendanceSheetRows({ day: DAY_1, registrations: PEOPLE, attendance, now: AFTER });
    expect(sheet.count).toBeNull();
  });

  it('fills the count once the day is past and checked in, walk-ins among the present', () => {
    const attendance: AttendanceFact[] = [
      { registrationId: 'a', day: DAY_1, status: 'present' },
      { registrationId: 'e', day: DAY_1, status: 'absent' },
      { registrationId: 'walk', day: DAY_1, status: 'present' },
      { registrationId: 's', day: DAY_1, status: 'present' },
      { registrationId: 'z', day: DAY_2, status: 'present' },
    ];
    const sheet = attendanceSheetRows({ day: DAY_1, registrations: PEOPLE, attendance, now: AFTER });
    expect(sheet.count).toEqual({ present: 2, expected: 3 });
    expect(sheet.countLine).toBe('2 présent·es / 3 attendu·es');
  });

  it.each([
    [{ present: 1, expected: 1 }, '1 présent·e / 1 attendu·e'],
    [{ present: 0, expected: 2 }, '0 présent·e / 2 attendu·es'],
    [{ present: 1200, expected: 1500 }, '1\u00a0200 présent·es / 1\u00a0500 attendu·es'],
  ])('writes the count line %j in correct French', (count, line) => {
    expect(countLine(count, count.expected).replace(/[\u202f]/g, '\u00a0')).toBe(line);
  });

  it('recognises the half-days of the address', () => {
    expect(['matin', 'apres-midi', 'soir', undefined].map(isHalfDay)).toEqual([true, true, false, false]);
  });
});
