import type { CatalogueFormatId, FormatId } from '../formats/format-ids';
import type { MaturityLevel } from './maturity-level';

/**
 * Formats à privilégier selon le niveau, dans l'ordre du webinaire
 * (le premier est le plus recommandé). Seuls les formats du catalogue y figurent.
 */
export const RECOMMENDED_FORMATS_BY_LEVEL = {
  1: ['pitch', 'demo', 'atelier'],
  2: ['atelier', 'masterclass', 'demo', 'retex'],
  3: ['design-fiction', 'keynote', 'explorcamp'],
} as const satisfies Record<MaturityLevel, readonly CatalogueFormatId[]>;

export function recommendedFormatIdsFor(level: MaturityLevel): readonly CatalogueFormatId[] {
  return RECOMMENDED_FORMATS_BY_LEVEL[level];
}

export function isFormatRecommendedAt(formatId: FormatId, level: MaturityLevel): boolean {
  return recommendedFormatIdsFor(level).some((id) => id === formatId);
}
