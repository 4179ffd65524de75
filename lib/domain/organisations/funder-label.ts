import { formatShortDate } from '@/lib/domain/dates';
import { formatSiret } from './siret';

export type FunderFacts = { name: string; siret: string | null; verifiedAt: Date | null; createdAt: Date };

/**
 * What tells two funders apart in the share picker: the name, the SIRET, and whether the instance's
 * administrators checked the organisation (else when its account was created).
 */
export function funderOptionLabel(funder: FunderFacts): string {
  const siret = funder.siret ? `SIRET ${formatSiret(funder.siret)}` : 'SIRET non renseigné';
  const trust = funder.verifiedAt ? 'vérifié' : `non vérifié, inscrit le ${formatShortDate(funder.createdAt)}`;
  return `${funder.name} — ${siret} · ${trust}`;
}

/** Verified funders first, then by name. */
export function compareFunders(a: FunderFacts, b: FunderFacts): number {
  if ((a.verifiedAt === null) !== (b.verifiedAt === null)) return a.verifiedAt ? -1 : 1;
  return a.name.localeCompare(b.name, 'fr');
}
