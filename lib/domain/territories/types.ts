/** Les échelons du référentiel (mêmes valeurs que l'énumération TerritoryLevel de la base). */
export const TERRITORY_LEVELS = ['COMMUNE', 'EPCI', 'DEPARTEMENT', 'REGION'] as const;
export type TerritoryLevel = (typeof TERRITORY_LEVELS)[number];

export const TERRITORY_LEVEL_LABELS: Record<TerritoryLevel, string> = {
  COMMUNE: 'commune',
  EPCI: 'EPCI',
  DEPARTEMENT: 'département',
  REGION: 'région',
};

/** Un territoire du référentiel officiel (@etalab/decoupage-administratif). */
export type TerritoryRecord = {
  readonly level: TerritoryLevel;
  /** Code INSEE (commune, département, région) ou SIREN (EPCI). */
  readonly code: string;
  readonly name: string;
  /** SIREN d'une commune, pour la retrouver aussi par ce numéro. */
  readonly siren: string | null;
  /** Département d'une commune, affiché pour distinguer les homonymes. */
  readonly departement: string | null;
  readonly population: number | null;
};

/** Le département d'une commune d'après son code INSEE : 2 caractères, 3 outre-mer (97x). */
export function departementOfCommune(code: string): string {
  return code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
}

/** « Marseille (commune, 13) », « Métropole d'Aix-Marseille-Provence (EPCI) ». */
export function territoryLabel(territory: Pick<TerritoryRecord, 'level' | 'name' | 'code' | 'departement'>): string {
  const level = TERRITORY_LEVEL_LABELS[territory.level];
  switch (territory.level) {
    case 'COMMUNE':
      return territory.departement ? `${territory.name} (${level}, ${territory.departement})` : `${territory.name} (${level})`;
    case 'DEPARTEMENT':
      return `${territory.name} (${level}, ${territory.code})`;
    default:
      return `${territory.name} (${level})`;
  }
}
