import { describe, expect, it } from 'vitest';
import { FULL_LABEL, seatAvailability, seatAvailabilityLabel, seatsLeftOf, venueMapUrl } from '@/lib/domain/public';

describe('seatAvailability', () => {
  it.each([
    { capacity: null, confirmedCount: 40, waitingCount: 0, expected: { kind: 'unlimited' }, label: null, left: null },
    { capacity: 50, confirmedCount: 38, waitingCount: 0, expected: { kind: 'open', left: 12 }, label: '12 places restantes', left: 12 },
    { capacity: 50, confirmedCount: 49, waitingCount: 0, expected: { kind: 'open', left: 1 }, label: '1 place restante', left: 1 },
    { capacity: 50, confirmedCount: 50, waitingCount: 0, expected: { kind: 'full' }, label: FULL_LABEL, left: 0 },
    // A seat freed by a cancellation goes to the waiting list first: it is not left for the public.
    { capacity: 50, confirmedCount: 48, waitingCount: 2, expected: { kind: 'full' }, label: FULL_LABEL, left: 0 },
    { capacity: 50, confirmedCount: 47, waitingCount: 2, expected: { kind: 'open', left: 1 }, label: '1 place restante', left: 1 },
    // The gauge was lowered below the confirmed count: never negative.
    { capacity: 30, confirmedCount: 35, waitingCount: 0, expected: { kind: 'full' }, label: FULL_LABEL, left: 0 },
    { capacity: 0, confirmedCount: 0, waitingCount: 0, expected: { kind: 'full' }, label: FULL_LABEL, left: 0 },
    { capacity: 1200, confirmedCount: 0, waitingCount: 0, expected: { kind: 'open', left: 1200 }, label: '1 200 places restantes', left: 1200 },
  ])('capacity $capacity, $confirmedCount confirmed, $waitingCount waiting', ({ expected, label, left, ...counts }) => {
    const availability = seatAvailability(counts);
    expect(availability).toEqual(expected);
    expect(seatAvailabilityLabel(availability)?.replace(/\s/g, ' ') ?? null).toBe(label);
    expect(seatsLeftOf(availability)).toBe(left);
  });
});

describe('venueMapUrl', () => {
  it('pins the coordinates when known', () => {
    expect(venueMapUrl({ name: 'Médiathèque', address: '1 rue X', latitude: 45.75, longitude: 4.85 })).toBe(
      'https://www.openstreetmap.org/?mlat=45.75&mlon=4.85#map=17/45.75/4.85',
    );
  });

  it('searches the address, on one line, without coordinates', () => {
    expect(venueMapUrl({ name: 'Médiathèque', address: '12 rue de la Paix\n69001 Lyon' })).toBe(
      'https://www.openstreetmap.org/search?query=12+rue+de+la+Paix+69001+Lyon',
    );
  });

  it('falls back to the venue name, and to nothing', () => {
    expect(venueMapUrl({ name: 'Tiers-lieu La Forge', address: '  ' })).toBe('https://www.openstreetmap.org/search?query=Tiers-lieu+La+Forge');
    expect(venueMapUrl({ name: null, address: null })).toBeNull();
  });

  it('ignores impossible coordinates', () => {
    expect(venueMapUrl({ name: null, address: 'Lyon', latitude: 123, longitude: 4 })).toBe('https://www.openstreetmap.org/search?query=Lyon');
    expect(venueMapUrl({ name: null, address: 'Lyon', latitude: Number.NaN, longitude: 4 })).toBe('https://www.openstreetmap.org/search?query=Lyon');
  });
});
