import { describe, expect, it } from 'vitest';
import { checkInVersion, type CheckInVersionFigures } from '@/lib/domain/registrations/check-in-version';

const T = 1_802_000_000_000n; // a 2027 instant, in ms
const figures = (attendances: [number, bigint], registrations: [number, bigint]): CheckInVersionFigures => ({
  attendances: { count: attendances[0], stampSum: attendances[1] },
  registrations: { count: registrations[0], stampSum: registrations[1] },
});

describe('checkInVersion', () => {
  it('is the same for the same figures, and short', () => {
    const version = checkInVersion(figures([800, 800n * T], [1_000, 1_000n * T]));
    expect(checkInVersion(figures([800, 800n * T], [1_000, 1_000n * T]))).toBe(version);
    expect(version.length).toBeLessThan(40);
  });

  it('reads an event without registrations nor taps', () => {
    expect(checkInVersion(figures([0, 0n], [0, 0n]))).toBe('0.0-0.0');
  });

  it.each<[string, CheckInVersionFigures]>([
    ['a tap on someone not marked yet (one more attendance row)', figures([801, 801n * T], [1_000, 1_000n * T])],
    ['a tap changing someone’s status (a row updated later)', figures([800, 800n * T + 30_000n], [1_000, 1_000n * T])],
    ['a tap cleared (its row deleted)', figures([799, 799n * T], [1_000, 1_000n * T])],
    ['a walk-in (a registration and its attendance row)', figures([801, 801n * T], [1_001, 1_001n * T])],
    ['a cancellation (a registration updated)', figures([800, 800n * T], [1_000, 1_000n * T + 1n])],
    ['a registration deleted', figures([800, 800n * T], [999, 999n * T])],
  ])('changes after %s', (_, next) => {
    expect(checkInVersion(next)).not.toBe(checkInVersion(figures([800, 800n * T], [1_000, 1_000n * T])));
  });

  it('catches a row stamped earlier but committed after the latest one (the sum moves, not only the maximum)', () => {
    const before = figures([2, T + (T + 10n)], [2, 2n * T]);
    const after = figures([2, T + 5n + (T + 10n)], [2, 2n * T]);
    expect(checkInVersion(after)).not.toBe(checkInVersion(before));
  });

  it('keeps the two sets and their two figures apart (no figures run into each other)', () => {
    const versions = [
      figures([1, 12n], [0, 0n]),
      figures([11, 2n], [0, 0n]),
      figures([0, 0n], [1, 12n]),
      figures([1, 1n], [2, 0n]),
      figures([0, 1n], [20, 0n]),
    ].map(checkInVersion);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it.each<[string, CheckInVersionFigures]>([
    ['a negative count', figures([-1, 0n], [0, 0n])],
    ['a count that is not an integer', figures([0, 0n], [1.5, 0n])],
    ['a negative sum', figures([0, 0n], [0, -1n])],
  ])('refuses %s', (_, wrong) => {
    expect(() => checkInVersion(wrong)).toThrow(RangeError);
  });
});
