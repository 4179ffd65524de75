import { describe, expect, it } from 'vitest';
import { FORMAT_IDS } from '@/lib/domain/formats/format-ids';
import { CONTENT_BY_FORMAT, contentChoiceOf, contentDefault, countsAsContent, storedContentFlag } from '@/lib/domain/programme/content-flag';

describe('content flag defaults by format', () => {
  it.each([
    ['pleniere', false],
    ['cloture', false],
    ['pause', false],
    ['dejeuner', false],
    ['atelier', true],
    ['masterclass', true],
    ['table-ronde', true],
    ['retex', true],
    ['keynote', true],
    ['pitch', true],
    ['demo', true],
    ['presentation', true],
    ['atelier-coconstruction', true],
  ])('%s → %s', (formatId, expected) => {
    expect(contentDefault(formatId)).toBe(expected);
  });

  it('has a default for every format of the catalogue', () => {
    expect(Object.keys(CONTENT_BY_FORMAT).sort()).toEqual([...FORMAT_IDS].sort());
  });

  it.each([
    [null, 'a named format or none is content', true],
    ['format-inconnu', 'an unknown id is content', true],
  ])('%s: %s', (formatId, _why, expected) => {
    expect(contentDefault(formatId)).toBe(expected);
  });
});

describe('countsAsContent', () => {
  it.each([
    ['pleniere', null, false],
    ['pleniere', true, true],
    ['atelier', null, true],
    ['atelier', false, false],
    [null, null, true],
  ] as const)('format %s, choice %s → %s', (formatId, stored, expected) => {
    expect(countsAsContent({ formatId, countsAsContent: stored })).toBe(expected);
  });

  it.each([
    [null, 'format'],
    [true, 'oui'],
    [false, 'non'],
  ] as const)('stored %s reads as the choice %s and back', (stored, choice) => {
    expect(contentChoiceOf(stored)).toBe(choice);
    expect(storedContentFlag(choice)).toBe(stored);
  });
});
