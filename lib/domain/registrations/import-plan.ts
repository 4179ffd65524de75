import type { AudienceCategory } from './audience-categories';
import type { ImportCandidate } from './import-rows';
import { normaliseEmail } from './import-values';

export type ExistingRegistration = { readonly id: string; readonly email: string };

export type ImportPlan = {
  readonly create: ImportCandidate[];
  readonly update: Array<{ readonly id: string; readonly candidate: ImportCandidate }>;
};

/**
 * Dédoublonnage avec les inscriptions déjà là (même adresse, sans égard à la casse) :
 * une adresse déjà inscrite est mise à jour, jamais dupliquée.
 */
export function planImport(candidates: readonly ImportCandidate[], existing: readonly ExistingRegistration[]): ImportPlan {
  const idByEmail = new Map(existing.map((registration) => [normaliseEmail(registration.email), registration.id]));
  const plan: ImportPlan = { create: [], update: [] };
  for (const candidate of candidates) {
    const id = idByEmail.get(candidate.email);
    if (id === undefined) plan.create.push(candidate);
    else plan.update.push({ id, candidate });
  }
  return plan;
}

export type ImportUpdate = {
  name: string;
  organisation?: string;
  category?: AudienceCategory;
  accessibilityNeeds?: string;
  days?: string[];
};

/**
 * Ce que l'import change sur une inscription existante : le nom, et les autres champs seulement
 * quand le fichier les renseigne (une cellule vide n'efface rien). Statut, rang, date
 * d'inscription, lien personnel et pointages restent ceux de Trame.
 */
export function updateFromImport(candidate: ImportCandidate): ImportUpdate {
  const update: ImportUpdate = { name: candidate.name };
  if (candidate.organisation !== null) update.organisation = candidate.organisation;
  if (candidate.category !== null) update.category = candidate.category;
  if (candidate.accessibilityNeeds !== null) update.accessibilityNeeds = candidate.accessibilityNeeds;
  // Un export billet par billet dit les jours de la personne : ils remplacent ceux connus.
  if (candidate.days !== undefined) update.days = [...candidate.days];
  return update;
}
