/** « 66,7 % » with a non-breaking space, so the sign never goes to the next line; « — » without a rate. */
export function formatPercent(value: number | null): string {
  return value === null ? '—' : `${value.toLocaleString('fr-FR')}\u00a0%`;
}
