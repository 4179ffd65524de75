/*
 * Les deux seuils de billetterie du webinaire « Comment organiser un événement dédié au
 * numérique d'intérêt général ? » (LE BOUQUET, AMI Outiller la médiation numérique).
 */

/** « À 10 jours, on est censé avoir toutes ses inscriptions » : J-10. */
export const REGISTRATION_DEADLINE_OFFSET_DAYS = -10;

/** Le no-show doit rester sous 20 % des inscrits attendus (20 % tout rond est au-dessus). */
export const NO_SHOW_THRESHOLD_PERCENT = 20;

export type NoShowStatus = 'ok' | 'over';

/** Comparaison exacte, en entiers, sur les effectifs et non sur le taux arrondi. */
export function noShowStatus(noShowCount: number, expectedCount: number): NoShowStatus | null {
  if (expectedCount === 0) return null;
  return noShowCount * 100 < NO_SHOW_THRESHOLD_PERCENT * expectedCount ? 'ok' : 'over';
}
