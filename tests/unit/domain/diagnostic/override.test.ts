import { describe, expect, it } from 'vitest';

import {
  checkOverrideReason,
  LEVEL_OVERRIDE_ERROR_MESSAGES,
  OVERRIDE_REASON_MAX_LENGTH,
  OVERRIDE_REASON_MIN_LENGTH,
  resolveEffectiveLevel,
} from '@/lib/domain/diagnostic';

const REASON = 'Le département vient de lancer un plan ambitieux.';

describe('resolveEffectiveLevel', () => {
  it('garde le niveau calculé sans choix contraire', () => {
    expect(resolveEffectiveLevel(2)).toEqual({ ok: true, value: { source: 'computed', level: 2, computedLevel: 2 } });
    expect(resolveEffectiveLevel(3, null)).toEqual({
      ok: true,
      value: { source: 'computed', level: 3, computedLevel: 3 },
    });
  });

  it('retient un autre niveau avec sa justification, nettoyée', () => {
    expect(resolveEffectiveLevel(1, { level: 3, reason: `  ${REASON}\n` })).toEqual({
      ok: true,
      value: { source: 'override', level: 3, computedLevel: 1, reason: REASON },
    });
  });

  it.each([
    ['vide', '', 'reason-required'],
    ['faite d’espaces', ' \n\t ', 'reason-required'],
    ['de 9 caractères', 'a'.repeat(OVERRIDE_REASON_MIN_LENGTH - 1), 'reason-too-short'],
    ['de 9 caractères entourés d’espaces', `  ${'a'.repeat(OVERRIDE_REASON_MIN_LENGTH - 1)}  `, 'reason-too-short'],
    ['de 2001 caractères', 'a'.repeat(OVERRIDE_REASON_MAX_LENGTH + 1), 'reason-too-long'],
  ] as const)('refuse une justification %s', (_label, reason, code) => {
    expect(resolveEffectiveLevel(2, { level: 1, reason })).toEqual({ ok: false, error: code });
  });

  it('accepte les longueurs limites, après nettoyage', () => {
    expect(checkOverrideReason(` ${'a'.repeat(OVERRIDE_REASON_MIN_LENGTH)} `)).toEqual({
      ok: true,
      value: 'a'.repeat(OVERRIDE_REASON_MIN_LENGTH),
    });
    expect(checkOverrideReason('a'.repeat(OVERRIDE_REASON_MAX_LENGTH)).ok).toBe(true);
  });

  it('refuse de « changer » pour le niveau déjà calculé', () => {
    expect(resolveEffectiveLevel(2, { level: 2, reason: REASON })).toEqual({ ok: false, error: 'same-level' });
  });

  it('a un message en français pour chaque code', () => {
    expect(LEVEL_OVERRIDE_ERROR_MESSAGES).toEqual({
      'reason-required': 'Expliquez pourquoi vous retenez un autre niveau.',
      'reason-too-short': 'La justification doit compter au moins 10 caractères.',
      'reason-too-long': 'La justification ne peut pas dépasser 2000 caractères.',
      'same-level': 'Ce niveau est déjà celui du diagnostic. Choisissez-en un autre ou gardez le niveau calculé.',
    });
  });
});
