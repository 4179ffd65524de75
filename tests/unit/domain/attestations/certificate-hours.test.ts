import { describe, expect, it } from 'vitest';
import { parisWallClockToUtc } from '@/lib/domain/dates';
import {
  certificateFor,
  dayOfEvent,
  formatCertificateDays,
  formatCertificateHours,
  isAttestationEligible,
  type CertificateEvent,
  type CertificateSession,
  type PersonAttendance,
} from '@/lib/domain/attestations/certificate-hours';

const D1 = '2027-02-11';
const D2 = '2027-02-12';
const D3 = '2027-02-13';
const at = (day: string, time: string) => parisWallClockToUtc(day, time);
const opening = (date: string, from: string, to: string) => ({ date, startsAt: at(date, from), endsAt: at(date, to) });
const session = (day: string, from: string, to: string, overrides: Partial<CertificateSession> = {}): CertificateSession => ({
  startsAt: at(day, from),
  endsAt: at(day, to),
  dayDate: day,
  cancelled: false,
  formatId: 'atelier',
  countsAsContent: null,
  ...overrides,
});
const present = (...dates: string[]): PersonAttendance[] => dates.map((date) => ({ date, status: 'present' }));

describe('dayOfEvent: the time that counts on one day', () => {
  it.each([
    ['opening hours 9:00–17:30, one hour of lunch off', [opening(D1, '09:00', '17:30')], [], 450, 'journee'],
    ['default hours when the day has no EventDay', [], [], 450, 'journee'],
    ['a morning only: no lunch to take off', [opening(D1, '09:00', '12:30')], [], 210, 'matin'],
    ['an afternoon only', [opening(D1, '14:00', '17:00')], [], 180, 'apres-midi'],
    ['a day ending at 13:00 keeps its whole morning', [opening(D1, '08:30', '13:00')], [], 270, 'matin'],
  ] as const)('%s', (_, openings, sessions, minutes, portion) => {
    const event: CertificateEvent = { days: [D1], openings, sessions };
    expect(dayOfEvent(event, D1)).toEqual({ date: D1, minutes, portion });
  });

  it('with a programme, content sessions decide: parallel workshops once, breaks and plenary out', () => {
    const event: CertificateEvent = {
      days: [D1],
      openings: [opening(D1, '08:00', '19:00')],
      sessions: [
        session(D1, '09:00', '09:30', { formatId: 'pleniere' }),
        session(D1, '09:30', '11:00'),
        session(D1, '10:00', '11:30', { formatId: 'demo' }),
        session(D1, '11:30', '12:00', { formatId: 'pause' }),
        session(D1, '12:00', '13:30', { formatId: 'dejeuner' }),
        session(D1, '13:30', '15:30'),
        session(D1, '15:30', '17:00', { cancelled: true }),
      ],
    };
    // 9:30–11:30 (2 h) + 13:30–15:30 (2 h)
    expect(dayOfEvent(event, D1)).toEqual({ date: D1, minutes: 240, portion: 'journee' });
  });

  it('a session flagged as content by the coordination counts even if its format does not', () => {
    const event: CertificateEvent = { days: [D1], openings: [], sessions: [session(D1, '09:00', '10:00', { formatId: 'pleniere', countsAsContent: true })] };
    expect(dayOfEvent(event, D1)).toEqual({ date: D1, minutes: 60, portion: 'matin' });
  });

  it('less than 30 minutes in each half: time counted, no half-day', () => {
    const event: CertificateEvent = { days: [D1], openings: [], sessions: [session(D1, '12:45', '13:15')] };
    expect(dayOfEvent(event, D1)).toEqual({ date: D1, minutes: 30, portion: null });
  });
});

describe('certificateFor: only the days the person was marked present', () => {
  const event: CertificateEvent = {
    days: [D1, D2, D3],
    openings: [opening(D1, '09:00', '17:30'), opening(D2, '09:00', '12:30'), opening(D3, '09:00', '17:30')],
    sessions: [],
  };

  it.each([
    ['present every day', present(D1, D2, D3), [D1, D2, D3], 450 + 210 + 450, 5, '18\u00a0h\u00a030', '2,5 journées'],
    ['present the half-day only', present(D2), [D2], 210, 1, '3\u00a0h\u00a030', 'une demi-journée'],
    ['present one full day', present(D1), [D1], 450, 2, '7\u00a0h\u00a030', '1 journée'],
    [
      'excused and absent days give nothing',
      [{ date: D1, status: 'present' }, { date: D2, status: 'excused' }, { date: D3, status: 'absent' }] as PersonAttendance[],
      [D1],
      450,
      2,
      '7\u00a0h\u00a030',
      '1 journée',
    ],
    ['a day outside the event is ignored', present('2027-03-01', D3), [D3], 450, 2, '7\u00a0h\u00a030', '1 journée'],
    ['never present', [{ date: D1, status: 'absent' }] as PersonAttendance[], [], 0, 0, '0\u00a0min', '0 journée'],
  ])('%s', (_, attendance, dates, minutes, halfDays, hours, days) => {
    const certificate = certificateFor(event, attendance);
    expect(certificate.days.map((day) => day.date)).toEqual(dates);
    expect(certificate.minutes).toBe(minutes);
    expect(certificate.halfDays).toBe(halfDays);
    expect(formatCertificateHours(certificate.minutes)).toBe(hours);
    expect(formatCertificateDays(certificate.halfDays)).toBe(days);
  });
});

describe('isAttestationEligible: present at least once, not anonymised', () => {
  const days = [D1, D2];
  it.each([
    ['present on one day', { anonymised: false, attendance: present(D2) }, true],
    ['excused, absent', { anonymised: false, attendance: [{ date: D1, status: 'excused' }, { date: D2, status: 'absent' }] as PersonAttendance[] }, false],
    ['never checked in', { anonymised: false, attendance: [] }, false],
    ['anonymised though present', { anonymised: true, attendance: present(D1) }, false],
    ['present only on a day that is no longer the event’s', { anonymised: false, attendance: present(D3) }, false],
  ])('%s', (_, person, expected) => {
    expect(isAttestationEligible(person, days)).toBe(expected);
  });
});
