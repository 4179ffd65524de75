import { describe, expect, it } from 'vitest';
import { cellText, isBlankRow, withoutControlCharacters } from '@/lib/domain/text/spreadsheet-cells';

describe('withoutControlCharacters', () => {
  it.each([
    ['Mar\u0000tin', 'Martin'],
    ['\u0001\u0008\u000b\u000c\u000e\u001fx', 'x'],
    ['a\tb\r\nc', 'a\tb\r\nc'],
    ['Élise — café', 'Élise — café'],
  ])('%j → %j', (text, expected) => {
    expect(withoutControlCharacters(text)).toBe(expected);
  });
});

describe('cellText', () => {
  it.each([
    [null, ''],
    ['Léa', 'Léa'],
    [12.5, '12.5'],
    [true, 'true'],
    // Excel's wall-clock time, handed over by exceljs as if it were UTC: no zone written.
    [new Date(Date.UTC(2027, 6, 1, 9, 0)), '2027-07-01T09:00:00'],
  ])('%j → %j', (cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });
});

describe('isBlankRow', () => {
  it.each([
    [[], true],
    [[null, '', '  '], true],
    [[null, 0], false],
    [['', 'x'], false],
  ])('%j → %j', (cells, expected) => {
    expect(isBlankRow(cells)).toBe(expected);
  });
});
