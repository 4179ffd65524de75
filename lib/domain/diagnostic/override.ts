import type { MaturityLevel } from './maturity-level';

/**
 * Le·la coordinateur·rice peut retenir un autre niveau que celui calculé,
 * à condition d'écrire pourquoi : la justification est conservée avec le diagnostic.
 */
export const OVERRIDE_REASON_MIN_LENGTH = 10;
export const OVERRIDE_REASON_MAX_LENGTH = 2000;

export const LEVEL_OVERRIDE_ERROR_CODES = [
  'reason-required',
  'reason-too-short',
  'reason-too-long',
  'same-level',
] as const;
export type LevelOverrideErrorCode = (typeof LEVEL_OVERRIDE_ERROR_CODES)[number];

/** Messages affichables, partagés par la fonction et par `overrideSchema`. */
export const LEVEL_OVERRIDE_ERROR_MESSAGES: Record<LevelOverrideErrorCode, string> = {
  'reason-required': 'Expliquez pourquoi vous retenez un autre niveau.',
  'reason-too-short': `La justification doit compter au moins ${OVERRIDE_REASON_MIN_LENGTH} caractères.`,
  'reason-too-long': `La justification ne peut pas dépasser ${OVERRIDE_REASON_MAX_LENGTH} caractères.`,
  'same-level': 'Ce niveau est déjà celui du diagnostic. Choisissez-en un autre ou gardez le niveau calculé.',
};

export type LevelOverrideInput = {
  readonly level: MaturityLevel;
  readonly reason: string;
};

export type EffectiveLevel =
  | { readonly source: 'computed'; readonly level: MaturityLevel; readonly computedLevel: MaturityLevel }
  | {
      readonly source: 'override';
      readonly level: MaturityLevel;
      readonly computedLevel: MaturityLevel;
      /** Justification, sans les espaces de début et de fin. */
      readonly reason: string;
    };

export type EffectiveLevelResult =
  | { readonly ok: true; readonly value: EffectiveLevel }
  | { readonly ok: false; readonly error: LevelOverrideErrorCode };

/** Vérifie une justification ; renvoie le texte nettoyé ou le code d'erreur. */
export function checkOverrideReason(
  reason: string,
): { readonly ok: true; readonly value: string } | { readonly ok: false; readonly error: LevelOverrideErrorCode } {
  const trimmed = reason.trim();
  if (trimmed.length === 0) return { ok: false, error: 'reason-required' };
  if (trimmed.length < OVERRIDE_REASON_MIN_LENGTH) return { ok: false, error: 'reason-too-short' };
  if (trimmed.length > OVERRIDE_REASON_MAX_LENGTH) return { ok: false, error: 'reason-too-long' };
  return { ok: true, value: trimmed };
}

/**
 * Niveau retenu : le niveau calculé, sauf choix contraire justifié.
 * Choisir le niveau déjà calculé n'est pas un changement : c'est refusé, pour ne pas
 * conserver une justification qui ne justifie rien.
 */
export function resolveEffectiveLevel(
  computedLevel: MaturityLevel,
  override?: LevelOverrideInput | null,
): EffectiveLevelResult {
  if (!override) return { ok: true, value: { source: 'computed', level: computedLevel, computedLevel } };
  if (override.level === computedLevel) return { ok: false, error: 'same-level' };
  const reason = checkOverrideReason(override.reason);
  if (!reason.ok) return reason;
  return {
    ok: true,
    value: { source: 'override', level: override.level, computedLevel, reason: reason.value },
  };
}
