import { describe, expect, it } from 'vitest';

import { MATURITY_LEVELS, RECOMMENDED_FORMATS_BY_LEVEL } from '@/lib/domain/diagnostic';
import {
  audienceLimitFor,
  CATALOGUE_FORMAT_IDS,
  findFormat,
  FORMAT_IDS,
  getFormat,
  isFormatId,
  isRecommendedFor,
  listFormats,
  OFF_GRID_FORMAT_IDS,
} from '@/lib/domain/formats';

describe('audienceLimitFor', () => {
  it.each([
    ['demo', 1, { max: 30 }],
    ['demo', 2, { max: 20 }],
    ['demo', 3, null],
    ['atelier', 1, { max: 20 }],
    ['atelier', 2, { max: 20 }],
    ['atelier', 3, { max: 20 }],
    ['masterclass', 2, { min: 30, max: 80 }],
    ['masterclass', 1, { min: 30, max: 80 }],
    ['retex', 2, { max: 30 }],
    ['retex', 3, { max: 30 }],
    ['pitch', 1, null],
    ['keynote', 3, null],
    ['design-fiction', 3, null],
    ['explorcamp', 3, null],
    ['pleniere', 1, null],
    ['atelier-coconstruction', 2, { max: 10 }],
  ] as const)('%s au niveau %i → %j', (formatId, level, expected) => {
    expect(audienceLimitFor(formatId, level)).toEqual(expected);
  });
});

describe('isRecommendedFor', () => {
  it.each([
    ['pitch', [1]],
    ['demo', [1, 2]],
    ['atelier', [1, 2]],
    ['masterclass', [2]],
    ['retex', [2]],
    ['design-fiction', [3]],
    ['keynote', [3]],
    ['explorcamp', [3]],
  ] as const)('%s est recommandé aux niveaux %j', (formatId, levels) => {
    const recommended = MATURITY_LEVELS.filter((level) => isRecommendedFor(formatId, level));
    expect(recommended).toEqual(levels);
    expect(getFormat(formatId).recommendedLevels).toEqual(levels);
  });

  it.each(OFF_GRID_FORMAT_IDS)('%s (hors grille) n’est recommandé à aucun niveau', (formatId) => {
    expect(MATURITY_LEVELS.some((level) => isRecommendedFor(formatId, level))).toBe(false);
    expect(getFormat(formatId).recommendedLevels).toEqual([]);
  });

  it('ne recommande que des formats du catalogue, qui sont dans la grille', () => {
    for (const level of MATURITY_LEVELS) {
      for (const formatId of RECOMMENDED_FORMATS_BY_LEVEL[level]) {
        expect(CATALOGUE_FORMAT_IDS).toContain(formatId);
        expect(getFormat(formatId).inGrid).toBe(true);
      }
    }
  });

  it('recommande chaque format du catalogue à au moins un niveau', () => {
    for (const formatId of CATALOGUE_FORMAT_IDS) {
      expect(getFormat(formatId).recommendedLevels.length).toBeGreaterThan(0);
    }
  });
});

describe('listFormats', () => {
  it('liste tous les formats, ceux du catalogue d’abord', () => {
    expect(listFormats().map((format) => format.id)).toEqual([...FORMAT_IDS]);
  });

  it.each([
    [1, ['pitch', 'demo', 'atelier']],
    [2, ['atelier', 'masterclass', 'demo', 'retex']],
    [3, ['design-fiction', 'keynote', 'explorcamp']],
  ] as const)('au niveau %i, suit l’ordre du webinaire', (level, expected) => {
    expect(listFormats({ level }).map((format) => format.id)).toEqual(expected);
  });

  it('filtre sur la grille', () => {
    expect(listFormats({ inGrid: true }).map((format) => format.id)).toEqual([...CATALOGUE_FORMAT_IDS]);
    expect(listFormats({ inGrid: false }).map((format) => format.id)).toEqual([...OFF_GRID_FORMAT_IDS]);
    expect(listFormats({ level: 2, inGrid: false })).toEqual([]);
  });
});

describe('findFormat / isFormatId', () => {
  it('reconnaît un identifiant connu', () => {
    expect(isFormatId('explorcamp')).toBe(true);
    expect(findFormat('explorcamp')?.name).toBe("Explor'camp");
  });

  it.each(['', 'Pitch', 'hackathon', 'constructor'])('renvoie null pour %j', (value) => {
    expect(isFormatId(value)).toBe(false);
    expect(findFormat(value)).toBeNull();
  });
});
