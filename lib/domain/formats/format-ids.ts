/**
 * Identifiants des formats de session.
 * Le catalogue : les 8 formats de la grille de recommandation du webinaire.
 * Hors grille : les autres temps d'un programme, jamais recommandés par le diagnostic.
 */
export const CATALOGUE_FORMAT_IDS = [
  'pitch',
  'demo',
  'atelier',
  'masterclass',
  'retex',
  'design-fiction',
  'explorcamp',
  'keynote',
] as const;

export const OFF_GRID_FORMAT_IDS = [
  'pleniere',
  'table-ronde',
  'presentation',
  'pause',
  'dejeuner',
  'cloture',
  'atelier-coconstruction',
] as const;

export const FORMAT_IDS = [...CATALOGUE_FORMAT_IDS, ...OFF_GRID_FORMAT_IDS] as const;

export type CatalogueFormatId = (typeof CATALOGUE_FORMAT_IDS)[number];
export type OffGridFormatId = (typeof OFF_GRID_FORMAT_IDS)[number];
export type FormatId = (typeof FORMAT_IDS)[number];

export function isFormatId(value: unknown): value is FormatId {
  return FORMAT_IDS.some((id) => id === value);
}

export function isCatalogueFormatId(value: unknown): value is CatalogueFormatId {
  return CATALOGUE_FORMAT_IDS.some((id) => id === value);
}
