import type { MaturityLevel } from '../diagnostic/maturity-level';
import { getFormat } from '../formats/formats';
import type { FormatId } from '../formats/format-ids';
import { formatAudienceLimit } from './format-audience';

export type SessionFormatDefaults = {
  readonly durationMinutes: number;
  /** La jauge maximale du format à ce niveau ; `null` quand le format n'en a pas. */
  readonly capacity: number | null;
};

/** Ce que le choix d'un format propose : sa durée type et sa jauge maximale au niveau de l'événement. */
export function formatDefaults(formatId: FormatId, level: MaturityLevel | null): SessionFormatDefaults {
  return {
    durationMinutes: getFormat(formatId).typicalDurationMinutes,
    capacity: formatAudienceLimit(formatId, level)?.max ?? null,
  };
}

/** Choisir un format remplit la fin (début + durée type) et la jauge de la session. */
export function applyFormatDefaults(
  session: { readonly startsAt: Date },
  formatId: FormatId,
  level: MaturityLevel | null,
): { readonly formatId: FormatId; readonly endsAt: Date; readonly capacity: number | null } {
  const { durationMinutes, capacity } = formatDefaults(formatId, level);
  return { formatId, endsAt: new Date(session.startsAt.getTime() + durationMinutes * 60_000), capacity };
}
