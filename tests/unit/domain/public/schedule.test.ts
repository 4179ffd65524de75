import { describe, expect, it } from 'vitest';
import { buildScheduleJson, groupByDay, groupByStart, sortSessions } from '@/lib/domain/public';
import { buildPublicEvent, buildPublicSession } from './public-fixtures';
import { formatDay } from '@/lib/domain/dates';

const opening = buildPublicSession({ id: 'ouverture', title: 'Ouverture', start: '09:30', end: '10:30', roomPosition: 0 });
const atelierB = buildPublicSession({ id: 'atelier-b', title: 'Atelier B', start: '11:00', end: '12:00', roomName: 'Salle B', roomPosition: 2 });
const atelierA = buildPublicSession({ id: 'atelier-a', title: 'Atelier A', start: '11:00', end: '12:30', roomName: 'Salle A', roomPosition: 1 });
const pause = buildPublicSession({ id: 'pause', title: 'Pause', start: '11:00', end: '11:15', roomName: null, roomPosition: null });
const dayTwo = buildPublicSession({
  id: 'jour-2',
  title: 'Retex',
  date: '2027-02-12',
  start: '09:00',
  end: '10:00',
  status: 'CANCELLED',
  cancelReason: 'Report',
  people: [
    { id: 'speaker-awa', name: 'Awa Diallo', role: 'SPEAKER' },
    { id: 'speaker-julien', name: 'Julien Morel', role: 'HOST' },
  ],
});

describe('sortSessions', () => {
  it('orders by start, then common times without a room, then rooms in their order', () => {
    expect(sortSessions([atelierB, dayTwo, atelierA, opening, pause]).map((s) => s.id)).toEqual([
      'ouverture',
      'pause',
      'atelier-a',
      'atelier-b',
      'jour-2',
    ]);
  });
});

describe('groupByDay', () => {
  it('gives every event day, even an empty one, and sessions under their Paris date', () => {
    const event = buildPublicEvent({
      days: [{ date: '2027-02-11', startsAt: new Date('2027-02-11T08:00:00Z'), endsAt: new Date('2027-02-11T16:30:00Z') }],
      sessions: [dayTwo, atelierA, opening],
    });
    const days = groupByDay(event);
    expect(days.map((d) => [d.date, d.sessions.map((s) => s.id)])).toEqual([
      ['2027-02-11', ['ouverture', 'atelier-a']],
      ['2027-02-12', ['jour-2']],
    ]);
    expect(days[0]?.opensAt).toEqual(new Date('2027-02-11T08:00:00Z'));
    expect(days[1]?.opensAt).toBeNull();
  });

  it('puts a session at 00:30 Paris (23:30 UTC the day before) on the Paris day', () => {
    const late = buildPublicSession({ startsAt: new Date('2027-02-11T23:30:00Z'), endsAt: new Date('2027-02-12T00:30:00Z') });
    expect(groupByDay(buildPublicEvent({ days: [], sessions: [late] })).map((d) => d.date)).toEqual(['2027-02-12']);
  });
});

describe('groupByStart', () => {
  it('keeps parallel sessions in one slot', () => {
    const slots = groupByStart(sortSessions([atelierA, opening, atelierB]));
    expect(slots.map((slot) => slot.sessions.map((s) => s.id))).toEqual([['ouverture'], ['atelier-a', 'atelier-b']]);
  });
});

describe('formatDay', () => {
  it('writes the weekday in French', () => {
    expect(formatDay('2027-02-11')).toBe('jeudi 11 février 2027');
  });
});

describe('buildScheduleJson', () => {
  it('gives days → sessions with ISO times, room, format, people and status', () => {
    const json = buildScheduleJson(buildPublicEvent({ sessions: [dayTwo, opening] }), 'https://trame.example/e/rencontre-test');
    expect(json.event).toEqual({
      slug: 'rencontre-test',
      title: 'Rencontre test',
      url: 'https://trame.example/e/rencontre-test',
      start: '2027-02-11T09:00:00+01:00',
      end: '2027-02-12T17:00:00+01:00',
      timeZone: 'Europe/Paris',
      mode: 'PRESENTIEL',
      programmeVersion: 3,
    });
    expect(json.days.map((d) => d.date)).toEqual(['2027-02-11', '2027-02-12']);
    expect(json.days[0]?.sessions[0]).toEqual({
      id: 'ouverture',
      title: 'Ouverture',
      start: '2027-02-11T09:30:00+01:00',
      end: '2027-02-11T10:30:00+01:00',
      room: 'Salle plénière',
      format: 'Plénière',
      speakers: ['Nadia Benali'],
      hosts: [],
      access: 'ACCES_LIBRE',
      status: 'planned',
      cancelReason: null,
    });
    expect(json.days[1]?.sessions[0]).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Report',
      speakers: ['Awa Diallo'],
      hosts: ['Julien Morel'],
    });
  });

  it('is plain JSON (no Date objects left)', () => {
    const json = buildScheduleJson(buildPublicEvent());
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
