import type { MaturityLevel } from '../diagnostic/maturity-level';
import { audienceLimitFor, getFormat } from '../formats/formats';
import type { FormatId } from '../formats/format-ids';
import type { AudienceLimit } from '../formats/types';

/**
 * Jauge d'un format pour un événement : celle du niveau (catalogue des formats) ; sans niveau
 * choisi, seule la jauge propre au format vaut (atelier ≤ 20, masterclass 30-80…), car celle
 * de la démo dépend du niveau.
 */
export function formatAudienceLimit(formatId: FormatId, level: MaturityLevel | null): AudienceLimit | null {
  return level === null ? getFormat(formatId).audienceLimit : audienceLimitFor(formatId, level);
}
