import { slugify } from '@/lib/domain/text/slug';

/*
 * Ce que l'attestation écrit autour des heures : la ville du « Fait à », le rôle de la personne qui
 * signe, et les noms de fichiers (ASCII sûr, uniques dans un ZIP).
 */

export type SignatoryRole = 'ADMIN' | 'COORDINATOR' | 'MEMBER';

export const SIGNATORY_ROLE_LABELS: Record<SignatoryRole, string> = {
  ADMIN: 'administrateur·rice',
  COORDINATOR: 'coordinateur·rice',
  MEMBER: 'membre de l’équipe d’organisation',
};

const POSTCODE_CITY = /\b(?:\d{5}|\d{2}\s\d{3})\s+([^,\d][^,]*?)\s*(?:,|$)/;
const CEDEX = /\s+cedex(?:\s*\d+)?$/i;

/**
 * The city of a French postal address: the words after the postcode (« 12 rue Sala, 69002 Lyon » →
 * « Lyon », « Cedex » dropped). Without a postcode, the territory's name when it is a commune; null otherwise.
 */
export function cityOf(address: string | null, communeName: string | null = null): string | null {
  const match = address ? POSTCODE_CITY.exec(address) : null;
  const city = match?.[1]?.replace(CEDEX, '').trim();
  return city || communeName || null;
}

/** « Fait à Lyon, le 5 décembre 2026 », or « Fait le … » when the city is unknown. */
export function madeAtLine(city: string | null, issuedOn: string): string {
  return city ? `Fait à ${city}, le ${issuedOn}` : `Fait le ${issuedOn}`;
}

/** `attestation-amina-diallo.pdf`: ASCII, lower case, no path separator. */
export function attestationFileName(personName: string): string {
  return `attestation-${slugify(personName, 50) === 'evenement' ? 'participant' : slugify(personName, 50)}.pdf`;
}

/** The same names in a ZIP get « -2 », « -3 »… before the extension, in order. */
export function uniqueFileNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const taken = new Set(names);
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count === 1) return name;
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let suffix = count;
    let candidate = `${stem}-${suffix}${extension}`;
    while (taken.has(candidate)) candidate = `${stem}-${++suffix}${extension}`;
    taken.add(candidate);
    return candidate;
  });
}
