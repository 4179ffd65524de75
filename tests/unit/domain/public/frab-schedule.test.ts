import { describe, expect, it } from 'vitest';
import { buildFrabSchedule, COMMON_ROOM, frabAcronym, frabDuration, frabStart, frabType, integerIds } from '@/lib/domain/public/frab-schedule';
import { at, buildPublicEvent, buildPublicSession } from './public-fixtures';

describe('frab values', () => {
  it.each([
    ['09:30', '10:30', '01:00'],
    ['10:00', '11:15', '01:15'],
    ['09:00', '09:05', '00:05'],
    ['09:00', '19:30', '10:30'],
    ['10:00', '10:00', '00:00'],
  ])('a session from %s to %s lasts %s', (start, end, duration) => {
    expect(frabDuration(at('2027-02-11', start), at('2027-02-11', end))).toBe(duration);
  });

  it.each([
    ['2027-02-11', '09:30', '09:30'], // winter, UTC+1
    ['2027-07-08', '09:30', '09:30'], // summer, UTC+2
    ['2027-03-28', '03:15', '03:15'], // the morning clocks go forward
  ])('starts on %s at %s Paris time', (date, time, expected) => {
    expect(frabStart(at(date, time))).toBe(expected);
  });

  it.each([
    ['atelier', 'workshop'],
    ['design-fiction', 'workshop'],
    ['keynote', 'lecture'],
    ['table-ronde', 'discussion'],
    ['pause', 'other'],
    [null, 'other'],
    ['format-inconnu', 'other'],
  ])('the format %s is a frab %s', (format, type) => {
    expect(frabType(format)).toBe(type);
  });

  it.each([
    ['rencontre-regionale-2027', 'rencontre_regionale_2027'],
    ['nec', 'nec_trame'],
    ['-a-', 'a_trame'],
  ])('the slug %s gives the acronym %s', (slug, acronym) => {
    expect(frabAcronym(slug)).toBe(acronym);
    expect(acronym).toMatch(/^[a-z0-9_-][a-z0-9_]{3,}$/);
  });
});

describe('integerIds', () => {
  it('reads a positive integer from each UUID, the same whatever the order', () => {
    const uuids = ['3f2a9c1e-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
    const ids = integerIds(uuids);
    expect(ids.get(uuids[0]!)).toBe(0x3f2a9c1 + 1);
    expect(ids.get(uuids[1]!)).toBe(1);
    expect(integerIds([...uuids].reverse())).toEqual(ids);
  });

  it('gives two UUIDs with the same first digits two different ids', () => {
    const ids = integerIds(['abcdef01-0000-4000-8000-000000000001', 'abcdef02-0000-4000-8000-000000000002', 'abcdef0f-1111-4000-8000-000000000003']);
    expect(new Set(ids.values()).size).toBe(3);
    expect([...ids.values()].every((id) => id > 0)).toBe(true);
  });
});

describe('buildFrabSchedule', () => {
  it('leaves cancelled sessions out and puts sessions without a room in the common space, listed first', () => {
    const event = buildPublicEvent({
      sessions: [
        buildPublicSession({ id: 'a0000000-0000-4000-8000-000000000001', title: 'Ouverture' }),
        buildPublicSession({ id: 'b0000000-0000-4000-8000-000000000002', title: 'Pause', roomId: null, roomName: null, roomPosition: null, start: '10:30', end: '11:00', formatId: 'pause' }),
        buildPublicSession({ id: 'c0000000-0000-4000-8000-000000000003', title: 'Annulée', status: 'CANCELLED', cancelReason: 'Report' }),
      ],
    });
    const schedule = buildFrabSchedule(event, 'https://trame.exemple/e/rencontre-test');
    expect(schedule.rooms.map((r) => r.name)).toEqual([COMMON_ROOM, 'Salle plénière']);
    expect(schedule.rooms[0]!.guid).toBe(event.id);
    const titles = schedule.days.flatMap((d) => d.rooms.flatMap((r) => r.events.map((e) => e.title)));
    expect(titles).toEqual(['Pause', 'Ouverture']);
    expect(schedule.days.map((d) => d.date)).toEqual(['2027-02-11', '2027-02-12']);
    expect(schedule.days[1]!.rooms).toEqual([]);
    const opening = schedule.days[0]!.rooms[1]!.events[0]!;
    expect(opening.url).toBe('https://trame.exemple/e/rencontre-test#seance-a0000000-0000-4000-8000-000000000001');
    expect(opening.slug).toBe(`rencontre-test-${opening.id}`);
    expect(opening.persons).toEqual([{ id: expect.any(Number), guid: 'speaker-nadia', name: 'Nadia Benali' }]);
  });

  it('takes a day’s hours from its sessions when the organisers set none', () => {
    const event = buildPublicEvent({ days: [], sessions: [buildPublicSession({ start: '14:00', end: '16:30' })] });
    const [day] = buildFrabSchedule(event, null).days;
    expect([day!.start, day!.end]).toEqual(['2027-02-11T14:00:00+01:00', '2027-02-11T16:30:00+01:00']);
  });
});
