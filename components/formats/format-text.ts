import { z } from 'zod';
import { MATURITY_LEVELS, type MaturityLevel } from '@/lib/domain/diagnostic';
import { audienceLimitFor, type AudienceLimit, type Format } from '@/lib/domain/formats';

// Textes d'affichage des fiches formats ; les durées et les nombres viennent de lib/domain/format/french.

/** La jauge en toutes lettres ; `null` quand la source n'en donne pas. */
export function formatAudienceLimit(limit: AudienceLimit | null): string | null {
  if (!limit) return null;
  const { min, max } = limit;
  if (min !== undefined && max !== undefined) return `De ${min} à ${max} personnes`;
  if (max !== undefined) return `${max} personnes au plus`;
  if (min !== undefined) return `${min} personnes au moins`;
  return null;
}

export const NO_AUDIENCE_LIMIT = 'Pas de jauge précisée';

/**
 * La jauge d'une carte du catalogue : celle du niveau choisi ; sans niveau, celle du format,
 * ou une ligne par niveau quand elle change (la démo : 30 au niveau 1, 20 au niveau 2).
 */
export function describeAudience(format: Format, level: MaturityLevel | null): readonly string[] {
  if (level) return [formatAudienceLimit(audienceLimitFor(format.id, level)) ?? NO_AUDIENCE_LIMIT];
  const byLevel = format.recommendedLevels.map((recommended) => ({
    level: recommended,
    text: formatAudienceLimit(audienceLimitFor(format.id, recommended)) ?? NO_AUDIENCE_LIMIT,
  }));
  if (new Set(byLevel.map((entry) => entry.text)).size > 1) {
    // Espace insécable : « (niveau 1) » ne se coupe pas en fin de ligne.
    return byLevel.map((entry) => `${entry.text} (niveau\u00a0${entry.level})`);
  }
  return [byLevel[0]?.text ?? formatAudienceLimit(format.audienceLimit) ?? NO_AUDIENCE_LIMIT];
}

/** « 1, 2 et 3 » : les niveaux en liste française. */
export function formatLevels(levels: readonly MaturityLevel[]): string {
  return new Intl.ListFormat('fr-FR', { type: 'conjunction' }).format(levels.map(String));
}

/** `?niveau=2` → 2 ; absent, vide, répété ou hors 1-3 → `null` (le catalogue entier). */
const levelParamSchema = z.string().trim().pipe(z.coerce.number()).pipe(z.literal(MATURITY_LEVELS));

export function parseLevelParam(value: string | string[] | undefined): MaturityLevel | null {
  const parsed = levelParamSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Lien vers le catalogue filtré sur un niveau (ou entier). */
export function catalogueHref(level: MaturityLevel | null, base = '/formats'): string {
  return level ? `${base}?niveau=${level}` : base;
}
