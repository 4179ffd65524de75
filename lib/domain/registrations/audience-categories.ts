import { z } from '@/lib/schemas/zod';

/** Catégories de public proposées à l'inscription, dans l'ordre d'affichage du formulaire. */
export const AUDIENCE_CATEGORIES = [
  'CONSEILLER_NUMERIQUE',
  'MEDIATEUR',
  'AGENT_COLLECTIVITE',
  'ELU',
  'ASSOCIATION',
  'BENEVOLE',
  'ENTREPRISE',
  'GRAND_PUBLIC',
  'AUTRE',
] as const;
export type AudienceCategory = (typeof AUDIENCE_CATEGORIES)[number];

export const AUDIENCE_CATEGORY_LABELS: Record<AudienceCategory, string> = {
  CONSEILLER_NUMERIQUE: 'Conseiller·e numérique',
  MEDIATEUR: 'Médiateur·rice numérique',
  AGENT_COLLECTIVITE: 'Agent·e de collectivité',
  ELU: 'Élu·e',
  ASSOCIATION: 'Association',
  BENEVOLE: 'Bénévole',
  ENTREPRISE: 'Entreprise',
  GRAND_PUBLIC: 'Grand public',
  AUTRE: 'Autre',
};

export const audienceCategorySchema = z.enum(AUDIENCE_CATEGORIES, {
  error: 'Choisissez la catégorie qui vous correspond le mieux.',
});

export function listAudienceCategories(): ReadonlyArray<{ id: AudienceCategory; label: string }> {
  return AUDIENCE_CATEGORIES.map((id) => ({ id, label: AUDIENCE_CATEGORY_LABELS[id] }));
}
