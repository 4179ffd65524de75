/**
 * Part de `count` dans `total`, en pourcentage arrondi au dixième (arrondi au plus proche,
 * les demis vers le haut). Calcul en entiers pour éviter les surprises des flottants.
 * `null` quand le total est nul : un taux sans dénominateur n'existe pas (jamais NaN).
 */
export function percentOf(count: number, total: number): number | null {
  if (!Number.isInteger(count) || !Number.isInteger(total) || count < 0 || total < 0) {
    throw new RangeError('percentOf attend deux entiers positifs ou nuls.');
  }
  if (total === 0) return null;
  const tenths = Math.floor((count * 2000 + total) / (2 * total));
  return tenths / 10;
}
