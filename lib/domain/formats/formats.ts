import { MATURITY_LEVELS, type MaturityLevel } from '../diagnostic/maturity-level';
import { isFormatRecommendedAt, recommendedFormatIdsFor } from '../diagnostic/recommended-formats';
import { CATALOGUE_FORMATS } from './catalogue';
import { FORMAT_IDS, isFormatId, type FormatId } from './format-ids';
import { OFF_GRID_FORMATS } from './off-grid';
import type { AudienceLimit, Format, FormatRow } from './types';

const FORMAT_ROWS: { readonly [Id in FormatId]: FormatRow<Id> } = { ...CATALOGUE_FORMATS, ...OFF_GRID_FORMATS };

export function getFormat(id: FormatId): Format {
  const row = FORMAT_ROWS[id];
  return { ...row, recommendedLevels: MATURITY_LEVELS.filter((level) => isFormatRecommendedAt(id, level)) };
}

/** Pour une valeur venue de l'extérieur (base, URL, import) : `null` si le format est inconnu. */
export function findFormat(value: string): Format | null {
  return isFormatId(value) ? getFormat(value) : null;
}

export type ListFormatsOptions = {
  /** Ne garder que les formats recommandés à ce niveau, dans l'ordre du webinaire. */
  readonly level?: MaturityLevel;
  /** Ne garder que les formats de la grille (`true`) ou hors grille (`false`). */
  readonly inGrid?: boolean;
};

/** Sans niveau : tous les formats, ceux du catalogue d'abord. */
export function listFormats(options: ListFormatsOptions = {}): readonly Format[] {
  const ids: readonly FormatId[] = options.level ? recommendedFormatIdsFor(options.level) : FORMAT_IDS;
  const formats = ids.map(getFormat);
  return options.inGrid === undefined ? formats : formats.filter((format) => format.inGrid === options.inGrid);
}

/**
 * Jauge conseillée pour ce format à ce niveau : celle du niveau si la source en donne une,
 * sinon celle du format, sinon `null` (pas de jauge connue).
 */
export function audienceLimitFor(formatId: FormatId, level: MaturityLevel): AudienceLimit | null {
  const row: FormatRow = FORMAT_ROWS[formatId];
  return row.audienceLimitByLevel[level] ?? row.audienceLimit;
}

export function isRecommendedFor(formatId: FormatId, level: MaturityLevel): boolean {
  return isFormatRecommendedAt(formatId, level);
}
