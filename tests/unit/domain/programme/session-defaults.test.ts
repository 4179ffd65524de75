import { describe, expect, it } from 'vitest';

import type { MaturityLevel } from '@/lib/domain/diagnostic';
import { FORMAT_IDS, getFormat, type FormatId } from '@/lib/domain/formats';
import { applyFormatDefaults, formatDefaults } from '@/lib/domain/programme';

import { DAY_1, paris } from './programme-fixtures';

describe('formatDefaults', () => {
  it.each<readonly [FormatId, MaturityLevel | null, number, number | null]>([
    ['pitch', 1, 10, null],
    ['demo', 1, 30, 30],
    ['demo', 2, 30, 20],
    ['demo', 3, 30, null],
    ['demo', null, 30, null],
    ['atelier', 1, 90, 20],
    ['atelier', null, 90, 20],
    ['masterclass', 2, 60, 80],
    ['retex', 2, 30, 30],
    ['design-fiction', 3, 120, null],
    ['explorcamp', 3, 90, null],
    ['keynote', 3, 20, null],
    ['pleniere', 2, 60, null],
    ['pause', 2, 20, null],
    ['dejeuner', 2, 90, null],
    ['atelier-coconstruction', 2, 60, 10],
  ])('%s au niveau %s → %i min, jauge %s', (formatId, level, durationMinutes, capacity) => {
    expect(formatDefaults(formatId, level)).toEqual({ durationMinutes, capacity });
  });

  it.each(FORMAT_IDS)('%s : la durée vient du catalogue des formats', (formatId) => {
    expect(formatDefaults(formatId, 2).durationMinutes).toBe(getFormat(formatId).typicalDurationMinutes);
  });
});

describe('applyFormatDefaults', () => {
  it.each<readonly [FormatId, MaturityLevel | null, string, string, number | null]>([
    ['atelier', 2, '10:00', '11:30', 20],
    ['demo', 2, '14:00', '14:30', 20],
    ['masterclass', 2, '09:30', '10:30', 80],
    ['keynote', 3, '09:00', '09:20', null],
  ])('%s au niveau %s à %s → fin %s, jauge %s', (formatId, level, from, to, capacity) => {
    expect(applyFormatDefaults({ startsAt: paris(DAY_1, from) }, formatId, level)).toEqual({
      formatId,
      endsAt: paris(DAY_1, to),
      capacity,
    });
  });
});
