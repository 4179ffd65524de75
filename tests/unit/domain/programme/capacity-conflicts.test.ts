import { describe, expect, it } from 'vitest';

import type { MaturityLevel } from '@/lib/domain/diagnostic';
import { findProgrammeConflicts, type ConflictRule, type ProgrammeInput } from '@/lib/domain/programme';

import { buildProgramme, buildSession, DAYS } from './programme-fixtures';

function rulesOf(input: ProgrammeInput, rules: readonly ConflictRule[]) {
  return findProgrammeConflicts(input).filter((conflict) => rules.includes(conflict.rule));
}

describe('jauge au-dessus de la salle (bloquant)', () => {
  it.each([
    ['30 places en salle A (25)', true, 'salle-a', 30],
    ['25 places en salle A (25)', false, 'salle-a', 25],
    ['jauge non fixée en salle A', false, 'salle-a', null],
    ['500 places en salle B (capacité inconnue)', false, 'salle-b', 500],
    ['500 places sans salle', false, null, 500],
    ['500 places dans une salle inconnue', false, 'grenier', 500],
  ])('%s → conflit : %s', (_, expected, roomId, capacity) => {
    const input = buildProgramme([buildSession({ id: 's1', roomId, capacity })]);
    const conflicts = rulesOf(input, ['room-capacity-exceeded']);
    expect(conflicts).toHaveLength(expected ? 1 : 0);
    if (expected) {
      expect(conflicts[0]).toMatchObject({
        severity: 'block',
        sessionIds: ['s1'],
        roomId: 'salle-a',
        message: "« Session s1 » prévoit 30 places, mais la salle « Salle A » n'en compte que 25.",
      });
    }
  });

  it('ignore une session annulée', () => {
    const input = buildProgramme([buildSession({ id: 's1', capacity: 30, status: 'cancelled' })]);
    expect(rulesOf(input, ['room-capacity-exceeded'])).toEqual([]);
  });
});

describe('public et jauge du format (avertissement)', () => {
  // Jauges du catalogue : démo ≤ 30 (niveau 1), ≤ 20 (niveau 2), aucune au niveau 3 ;
  // atelier ≤ 20 ; masterclass 30 à 80 ; atelier de co-construction ≤ 10.
  it.each([
    ['demo', 2, 25, 'audience-above-format-limit'],
    ['demo', 2, 20, null],
    ['demo', 1, 25, null],
    ['demo', 1, 31, 'audience-above-format-limit'],
    ['demo', 3, 100, null],
    ['demo', null, 100, null], // la jauge de la démo dépend du niveau
    ['masterclass', 2, 20, 'audience-below-format-minimum'],
    ['masterclass', 2, 30, null],
    ['masterclass', 2, 80, null],
    ['masterclass', 2, 90, 'audience-above-format-limit'],
    ['atelier', 2, 21, 'audience-above-format-limit'],
    ['atelier', null, 21, 'audience-above-format-limit'], // jauge propre au format, sans niveau
    ['atelier-coconstruction', 2, 12, 'audience-above-format-limit'],
    ['retex', 2, 30, null],
    ['pitch', 1, 500, null],
    ['visite-de-site', 2, 500, null], // format libre : pas de jauge connue
  ] as const)('%s au niveau %s pour %i personnes → %s', (formatId, level, capacity, expected) => {
    const input = buildProgramme([buildSession({ id: 's1', roomId: null, formatId, capacity })], {
      event: { days: DAYS, level },
    });
    const conflicts = rulesOf(input, ['audience-above-format-limit', 'audience-below-format-minimum']);
    expect(conflicts.map((conflict) => conflict.rule)).toEqual(expected ? [expected] : []);
    expect(conflicts.every((conflict) => conflict.severity === 'warn')).toBe(true);
  });

  it('ne dit rien quand la jauge de la session n’est pas fixée', () => {
    const input = buildProgramme([buildSession({ id: 's1', formatId: 'masterclass', capacity: null })]);
    expect(rulesOf(input, ['audience-above-format-limit', 'audience-below-format-minimum'])).toEqual([]);
  });

  it.each([
    ['demo', 25, '« Session s1 » prévoit 25 personnes : pour le format « Démo » au niveau 2, la jauge conseillée est de 20 au plus.'],
    ['masterclass', 20, "« Session s1 » prévoit 20 personnes : le format « Masterclass » s'adresse à 30 personnes au moins."],
  ] as const)('explique la jauge en français (%s, %i personnes)', (formatId, capacity, message) => {
    const input = buildProgramme([buildSession({ id: 's1', roomId: null, formatId, capacity })]);
    expect(rulesOf(input, ['audience-above-format-limit', 'audience-below-format-minimum'])[0]?.message).toBe(message);
  });
});

describe('format non recommandé au niveau de l’événement (avertissement, signalé, pas interdit)', () => {
  it.each<readonly [string, MaturityLevel | null, boolean]>([
    ['pitch', 1, false],
    ['keynote', 1, true],
    ['masterclass', 1, true],
    ['masterclass', 2, false],
    ['pitch', 2, true],
    ['explorcamp', 3, false],
    ['atelier', 3, true],
    ['pause', 1, false], // hors grille : jamais signalé
    ['pleniere', 3, false],
    ['visite-de-site', 2, false], // format libre
    ['keynote', null, false], // sans niveau, pas de recommandation
  ])('%s au niveau %s → signalé : %s', (formatId, level, expected) => {
    const input = buildProgramme([buildSession({ id: 's1', formatId })], { event: { days: DAYS, level } });
    const conflicts = rulesOf(input, ['format-not-recommended']);
    expect(conflicts).toHaveLength(expected ? 1 : 0);
    if (expected) expect(conflicts[0]?.severity).toBe('warn');
  });

  it('rappelle les formats conseillés au niveau', () => {
    const input = buildProgramme([buildSession({ id: 's1', formatId: 'keynote' })], { event: { days: DAYS, level: 1 } });
    expect(rulesOf(input, ['format-not-recommended'])[0]?.message).toBe(
      "« Session s1 » : le format « Keynote » n'est pas recommandé au niveau 1 (formats conseillés : Pitch, Démo, Atelier). C'est signalé, pas interdit.",
    );
  });

  it('ignore une session annulée', () => {
    const input = buildProgramme([buildSession({ id: 's1', formatId: 'keynote', status: 'cancelled' })]);
    expect(findProgrammeConflicts(input)).toEqual([]);
  });
});
