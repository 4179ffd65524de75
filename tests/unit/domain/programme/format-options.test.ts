import { describe, expect, it } from 'vitest';
import { formatOptionGroups, formatRecommendationNote, sessionFormatName } from '@/lib/domain/programme/format-options';

describe('formatOptionGroups', () => {
  it('met d’abord les formats recommandés au niveau, étoilés, dans l’ordre du webinaire', () => {
    const groups = formatOptionGroups(2);
    expect(groups.map((group) => group.label)).toEqual([
      'Formats recommandés pour le niveau 2',
      'Autres formats du catalogue',
      'Hors grille (pause, plénière…)',
    ]);
    expect(groups[0]!.options.map((option) => option.label)).toEqual(['★ Atelier', '★ Masterclass', '★ Démo', '★ Retex']);
    expect(groups[1]!.options.map((option) => option.id)).toEqual(['pitch', 'design-fiction', 'explorcamp', 'keynote']);
    expect(groups[2]!.options.map((option) => option.id)).toContain('pause');
  });

  it('sans niveau, propose le catalogue puis les temps hors grille, sans étoile', () => {
    const groups = formatOptionGroups(null);
    expect(groups.map((group) => group.options.length)).toEqual([8, 7]);
    expect(groups.flatMap((group) => group.options).some((option) => option.label.startsWith('★'))).toBe(false);
  });
});

describe('formatRecommendationNote', () => {
  it.each([
    ['keynote', 1, true],
    ['pitch', 1, false],
    ['pause', 1, false],
    ['keynote', null, false],
    ['format-libre', 2, false],
  ] as const)('%s au niveau %s → signalé : %s', (formatId, level, flagged) => {
    const note = formatRecommendationNote(formatId, level);
    expect(note !== null).toBe(flagged);
    if (flagged) expect(note).toBe("« Keynote » n'est pas recommandé au niveau 1 (formats conseillés : Pitch, Démo, Atelier). C'est signalé, pas interdit.");
  });
});

describe('sessionFormatName', () => {
  it.each([
    ['atelier', null, 'Atelier'],
    [null, ' Forum ouvert ', 'Forum ouvert'],
    [null, '', null],
    [null, null, null],
  ])('%s / %s → %s', (formatId, custom, expected) => {
    expect(sessionFormatName(formatId, custom)).toBe(expected);
  });
});
