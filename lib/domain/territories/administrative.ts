import { departementOfCommune, type TerritoryLevel } from './types';

/*
 * Où se situe le territoire d'un événement dans le découpage administratif : son département et sa
 * région, pour filtrer par territoire. Une commune donne son département (code INSEE), un EPCI celui
 * de sa première commune membre (un EPCI à cheval sur deux départements est rangé dans le premier),
 * une région n'a pas de département.
 */

export type AdministrativeArea = { readonly code: string; readonly name: string };
export type AdministrativeDepartement = AdministrativeArea & { readonly region: string };

export type AdministrativeMap = {
  readonly regions: readonly AdministrativeArea[];
  readonly departements: readonly AdministrativeDepartement[];
  /** Département de la première commune membre de chaque EPCI (SIREN). */
  readonly epciDepartement: ReadonlyMap<string, string>;
};

export type AdministrativePlace = { readonly departement: string | null; readonly region: string | null };

export function placeOf(map: AdministrativeMap, territory: { readonly level: TerritoryLevel; readonly code: string } | null): AdministrativePlace {
  if (!territory) return { departement: null, region: null };
  const regionOf = (departement: string | null) => map.departements.find((d) => d.code === departement)?.region ?? null;
  switch (territory.level) {
    case 'REGION':
      return { departement: null, region: territory.code };
    case 'DEPARTEMENT':
      return { departement: territory.code, region: regionOf(territory.code) };
    case 'COMMUNE': {
      const departement = departementOfCommune(territory.code);
      return { departement, region: regionOf(departement) };
    }
    case 'EPCI': {
      const departement = map.epciDepartement.get(territory.code) ?? null;
      return { departement, region: regionOf(departement) };
    }
  }
}
