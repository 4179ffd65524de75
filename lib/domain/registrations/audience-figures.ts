import { AUDIENCE_CATEGORIES, AUDIENCE_CATEGORY_LABELS, type AudienceCategory } from './audience-categories';
import { presentParticipants } from './attendance';
import { isCountedRegistration, type AttendanceFact, type RegistrationFact } from './facts';
import { percentOf } from './percent';

export type AudienceRow = {
  readonly category: AudienceCategory;
  readonly label: string;
  readonly count: number;
  /** Part du total, au dixième ; `null` quand le total est nul. */
  readonly percent: number | null;
};

export type AudienceBreakdown = { readonly total: number; readonly rows: AudienceRow[] };

/** Répartition par catégorie : toutes les catégories, dans l'ordre du formulaire, même à zéro. */
export function countByAudience(items: ReadonlyArray<Pick<RegistrationFact, 'audienceCategory'>>): AudienceBreakdown {
  const total = items.length;
  const rows = AUDIENCE_CATEGORIES.map((category) => {
    const count = items.filter((item) => item.audienceCategory === category).length;
    return { category, label: AUDIENCE_CATEGORY_LABELS[category], count, percent: percentOf(count, total) };
  });
  return { total, rows };
}

type AudienceInput = Pick<RegistrationFact, 'id' | 'audienceCategory' | 'status' | 'isSpeaker' | 'isWalkIn'>;

/** Inscriptions actives faites à l'avance, hors intervenant·es, par catégorie. */
export function registrationsByAudience(registrations: readonly AudienceInput[]): AudienceBreakdown {
  return countByAudience(registrations.filter(isCountedRegistration));
}

/** Participant·es présent·es au moins un jour (venu·es sur place compris), par catégorie. */
export function presentByAudience(registrations: readonly AudienceInput[], attendance: readonly AttendanceFact[]): AudienceBreakdown {
  return countByAudience(presentParticipants(registrations, attendance));
}

export type TargetCoverage = {
  readonly category: AudienceCategory;
  readonly presentCount: number;
  /** Effectif de la catégorie sur le territoire, s'il est connu. */
  readonly territoryTotal: number | null;
  /**
   * Présent·es / effectif du territoire. `null` si l'effectif est inconnu ou nul.
   * Peut dépasser 100 % (des personnes venues d'ailleurs) : on ne le plafonne pas.
   */
  readonly percent: number | null;
};

/** Couverture d'un public cible, par exemple les conseillers numériques présents / ceux du territoire. */
export function targetCoverage(input: {
  category: AudienceCategory;
  registrations: readonly AudienceInput[];
  attendance: readonly AttendanceFact[];
  territoryTotal: number | null;
}): TargetCoverage {
  const presentCount = presentParticipants(input.registrations, input.attendance).filter(
    (registration) => registration.audienceCategory === input.category,
  ).length;
  const { territoryTotal } = input;
  return {
    category: input.category,
    presentCount,
    territoryTotal,
    percent: territoryTotal === null || territoryTotal === 0 ? null : percentOf(presentCount, territoryTotal),
  };
}
