import { describe, expect, it } from 'vitest';
import { toParisIso } from '@/lib/domain/dates';
import { buildEventJsonLd, serializeJsonLd } from '@/lib/domain/public';
import { buildPublicEvent, buildPublicSession } from './public-fixtures';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const PAGE = 'https://trame.example/e/rencontre-test';

/** The schema.org Event shape search engines read: the required keys and types. */
function expectEventShape(value: Record<string, unknown>) {
  expect(value['@type']).toBe('Event');
  expect(typeof value.name).toBe('string');
  expect(value.startDate).toMatch(ISO_WITH_OFFSET);
  expect(value.endDate).toMatch(ISO_WITH_OFFSET);
  expect(String(value.eventStatus)).toMatch(/^https:\/\/schema\.org\/Event(Scheduled|Cancelled)$/);
  expect(String(value.eventAttendanceMode)).toMatch(/^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/);
  expect(value.location).toBeDefined();
}

describe('toParisIso', () => {
  it.each([
    ['winter', new Date('2027-02-11T08:30:00Z'), '2027-02-11T09:30:00+01:00'],
    ['summer', new Date('2027-07-08T07:30:00Z'), '2027-07-08T09:30:00+02:00'],
    ['late in the evening, already the next day in Paris', new Date('2027-02-10T23:30:00Z'), '2027-02-11T00:30:00+01:00'],
    ['the last winter minute before the spring change', new Date('2027-03-28T00:59:00Z'), '2027-03-28T01:59:00+01:00'],
    ['the first summer minute', new Date('2027-03-28T01:00:00Z'), '2027-03-28T03:00:00+02:00'],
  ])('%s', (_, instant, expected) => {
    expect(toParisIso(instant)).toBe(expected);
  });
});

describe('buildEventJsonLd', () => {
  it('describes the event as a schema.org Event with its sessions as subEvent', () => {
    const cancelled = buildPublicSession({
      id: 'session-2',
      title: 'Atelier annulé',
      date: '2027-02-12',
      start: '14:00',
      end: '15:00',
      roomName: 'Salle atelier',
      status: 'CANCELLED',
      cancelReason: 'Intervenante indisponible',
      people: [{ id: 'speaker-awa', name: 'Awa Diallo', role: 'SPEAKER' }, { id: 'speaker-julien', name: 'Julien Morel', role: 'HOST' }],
    });
    const jsonLd = buildEventJsonLd(buildPublicEvent({ sessions: [cancelled, buildPublicSession()] }), PAGE);

    expect(jsonLd['@context']).toBe('https://schema.org');
    expectEventShape(jsonLd);
    expect(jsonLd).toMatchObject({
      name: 'Rencontre test',
      url: PAGE,
      startDate: '2027-02-11T09:00:00+01:00',
      endDate: '2027-02-12T17:00:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Cité des associations',
        address: { '@type': 'PostalAddress', streetAddress: '93 La Canebière, 13001 Marseille', addressCountry: 'FR' },
      },
      organizer: [
        { '@type': 'Organization', name: 'Hub Sud' },
        { '@type': 'Organization', name: 'Le Mouvement associatif' },
      ],
    });

    expect(jsonLd.subEvent).toHaveLength(2);
    for (const sub of jsonLd.subEvent) expectEventShape(sub);
    const [first, second] = jsonLd.subEvent;
    expect(first).toMatchObject({ name: 'Ouverture', startDate: '2027-02-11T09:30:00+01:00', eventStatus: 'https://schema.org/EventScheduled' });
    expect(first?.location).toMatchObject({ '@type': 'Place', name: 'Salle plénière', containedInPlace: { name: 'Cité des associations' } });
    expect(second).toMatchObject({
      '@id': `${PAGE}#seance-session-2`,
      eventStatus: 'https://schema.org/EventCancelled',
      performer: [
        { '@type': 'Person', name: 'Awa Diallo' },
        { '@type': 'Person', name: 'Julien Morel' },
      ],
    });
  });

  it('writes summer times with +02:00', () => {
    const summer = buildPublicSession({ date: '2027-07-08', start: '09:30', end: '10:30' });
    const jsonLd = buildEventJsonLd(buildPublicEvent({ sessions: [summer] }), null);
    expect(jsonLd.subEvent[0]?.startDate).toBe('2027-07-08T09:30:00+02:00');
    expect(jsonLd).not.toHaveProperty('url');
  });

  it.each([
    ['DISTANCIEL', 'https://schema.org/OnlineEventAttendanceMode', ['VirtualLocation']],
    ['HYBRIDE', 'https://schema.org/MixedEventAttendanceMode', ['Place', 'VirtualLocation']],
  ] as const)('%s: %s, location %j, and the visio link stays private', (mode, attendance, types) => {
    const jsonLd = buildEventJsonLd(buildPublicEvent({ mode }), PAGE);
    expect(jsonLd.eventAttendanceMode).toBe(attendance);
    const locations = [jsonLd.location].flat() as { '@type': string; url?: string }[];
    expect(locations.map((l) => l['@type'])).toEqual(types);
    expect(locations.find((l) => l['@type'] === 'VirtualLocation')?.url).toBe(PAGE);
  });

  it.each([
    [null, null, undefined, undefined],
    [120, 35, 120, 35],
    [80, 0, 80, 0],
  ])('with %s seats and %s left, says maximumAttendeeCapacity %s and remainingAttendeeCapacity %s', (capacity, seatsLeft, max, left) => {
    const jsonLd = buildEventJsonLd(buildPublicEvent({ capacity, seatsLeft }), PAGE);
    expect(jsonLd.maximumAttendeeCapacity).toBe(max);
    expect(jsonLd.remainingAttendeeCapacity).toBe(left);
    expect(jsonLd.organizer).toEqual([
      { '@type': 'Organization', name: 'Hub Sud' },
      { '@type': 'Organization', name: 'Le Mouvement associatif' },
    ]);
  });

  it('names performers and nothing else about them', () => {
    const [sub] = buildEventJsonLd(buildPublicEvent(), PAGE).subEvent;
    expect(sub?.performer).toEqual([{ '@type': 'Person', name: 'Nadia Benali' }]);
  });
});

describe('serializeJsonLd', () => {
  it('keeps a title containing </script> inside the script tag', () => {
    const title = 'Atelier </script><script>alert(1)</script> & co';
    const html = serializeJsonLd(buildEventJsonLd(buildPublicEvent({ title }), PAGE));
    expect(html).not.toContain('</script');
    expect(html).not.toContain('<');
    expect(html).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(html).name).toBe(title);
  });

  it('escapes line and paragraph separators', () => {
    const html = serializeJsonLd({ name: 'a\u2028b\u2029c' });
    expect(html).toBe('{"name":"a\\u2028b\\u2029c"}');
    expect(JSON.parse(html).name).toBe('a\u2028b\u2029c');
  });
});
