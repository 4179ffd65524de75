import { describe, expect, it } from 'vitest';
import { badgeHolders, LABEL_SHEETS, labelPosition, labelsPerPage, MM_TO_PT, paginateLabels, type BadgePerson } from '@/lib/domain/attestations/label-grid';

const sheet = LABEL_SHEETS.L7163;
const pt = (mm: number) => Math.round(mm * MM_TO_PT * 100) / 100;

describe('Avery L7163 grid', () => {
  it('fills the A4 page exactly: margins, pitches and labels add up to 210 × 297 mm', () => {
    expect(sheet.marginLeftMm * 2 + sheet.pitchXMm * (sheet.columns - 1) + sheet.labelWidthMm).toBeCloseTo(sheet.pageWidthMm, 5);
    expect(sheet.marginTopMm * 2 + sheet.pitchYMm * (sheet.rows - 1) + sheet.labelHeightMm).toBeCloseTo(sheet.pageHeightMm, 5);
    expect(labelsPerPage(sheet)).toBe(14);
  });

  it.each([
    [0, { page: 0, column: 0, row: 0, x: pt(4.65), y: pt(15.15) }],
    [1, { page: 0, column: 1, row: 0, x: pt(106.25), y: pt(15.15) }],
    [2, { page: 0, column: 0, row: 1, x: pt(4.65), y: pt(53.25) }],
    [13, { page: 0, column: 1, row: 6, x: pt(106.25), y: pt(243.75) }],
    [14, { page: 1, column: 0, row: 0, x: pt(4.65), y: pt(15.15) }],
    [29, { page: 2, column: 1, row: 0, x: pt(106.25), y: pt(15.15) }],
  ])('label %i', (index, expected) => {
    expect(labelPosition(sheet, index)).toEqual({ ...expected, width: pt(99.1), height: pt(38.1) });
  });

  it('the last label ends inside the page', () => {
    const last = labelPosition(sheet, 13);
    expect(last.y + last.height).toBeLessThan(pt(297));
    expect(last.x + last.width).toBeLessThan(pt(210));
  });

  it.each([
    [0, []],
    [14, [14]],
    [15, [14, 1]],
    [30, [14, 14, 2]],
  ])('%i badges make pages of %j', (count, sizes) => {
    expect(paginateLabels(sheet, Array.from({ length: count }, (_, i) => i)).map((page) => page.length)).toEqual(sizes);
  });
});

describe('badgeHolders', () => {
  const person = (name: string, overrides: Partial<BadgePerson> = {}): BadgePerson => ({ name, status: 'confirmed', anonymised: false, days: [], ...overrides });
  const people = [
    person('Zoé Martin'),
    person('élodie Bernard'),
    person('Amine Diallo', { days: ['2027-02-12'] }),
    person('Bruno Petit', { status: 'waiting' }),
    person('Chloé Roux', { status: 'cancelled' }),
    person('Participant·e anonymisé·e', { anonymised: true }),
    person('Éric Durand', { days: ['2027-02-11'] }),
  ];

  it('confirmed only, sorted by name ignoring accents and case', () => {
    expect(badgeHolders(people, null).map((p) => p.name)).toEqual(['Amine Diallo', 'élodie Bernard', 'Éric Durand', 'Zoé Martin']);
  });

  it('on a chosen day: those coming that day (no days = every day)', () => {
    expect(badgeHolders(people, '2027-02-11').map((p) => p.name)).toEqual(['élodie Bernard', 'Éric Durand', 'Zoé Martin']);
  });
});
