import { recommendedFormatIdsFor } from '../diagnostic/recommended-formats';
import type { MaturityLevel } from '../diagnostic/maturity-level';
import { CATALOGUE_FORMAT_IDS, isFormatId, OFF_GRID_FORMAT_IDS, type FormatId } from '../formats/format-ids';
import { getFormat, isRecommendedFor } from '../formats/formats';

export type FormatOption = { readonly id: FormatId; readonly label: string };
export type FormatOptionGroup = { readonly label: string; readonly options: readonly FormatOption[] };

/**
 * Les formats proposés pour une session, regroupés : ceux que le webinaire recommande au niveau
 * de l'événement d'abord (★, dans son ordre), puis le reste du catalogue, puis les temps hors grille.
 */
export function formatOptionGroups(level: MaturityLevel | null): FormatOptionGroup[] {
  const option = (id: FormatId, star = false): FormatOption => ({ id, label: `${star ? '★ ' : ''}${getFormat(id).name}` });
  const offGrid = { label: 'Hors grille (pause, plénière…)', options: OFF_GRID_FORMAT_IDS.map((id) => option(id)) };
  if (level === null) return [{ label: 'Formats du catalogue', options: CATALOGUE_FORMAT_IDS.map((id) => option(id)) }, offGrid];
  const recommended = recommendedFormatIdsFor(level);
  const others = CATALOGUE_FORMAT_IDS.filter((id) => !recommended.includes(id));
  return [
    { label: `Formats recommandés pour le niveau ${level}`, options: recommended.map((id) => option(id, true)) },
    { label: 'Autres formats du catalogue', options: others.map((id) => option(id)) },
    offGrid,
  ];
}

/** Le signalement d'un format de la grille qui n'est pas recommandé au niveau : signalé, pas interdit. */
export function formatRecommendationNote(formatId: string, level: MaturityLevel | null): string | null {
  if (level === null || !isFormatId(formatId)) return null;
  const format = getFormat(formatId);
  if (!format.inGrid || isRecommendedFor(formatId, level)) return null;
  const names = recommendedFormatIdsFor(level).map((id) => getFormat(id).name);
  return `« ${format.name} » n'est pas recommandé au niveau ${level} (formats conseillés : ${names.join(', ')}). C'est signalé, pas interdit.`;
}

/** Le nom du format d'une session : celui du catalogue, le format libre, ou rien. */
export function sessionFormatName(formatId: string | null, customFormat: string | null): string | null {
  if (formatId && isFormatId(formatId)) return getFormat(formatId).name;
  return customFormat?.trim() || null;
}
