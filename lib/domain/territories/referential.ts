import { searchKey } from '../text/slug';
import type { TerritoryLevel, TerritoryRecord } from './types';

/*
 * Les fichiers de @etalab/decoupage-administratif, réduits à ce que Trame utilise. Seules les
 * communes « actuelles » sont gardées : les communes déléguées ou associées et les arrondissements
 * municipaux partagent parfois le code d'une commune actuelle, et le couple (échelon, code) doit
 * désigner un seul territoire.
 */
export type RawCommune = { code: string; nom: string; type: string; departement?: string; region?: string; siren?: string; population?: number };
export type RawEpci = { code: string; nom: string; populationTotale?: number; populationMunicipale?: number };
export type RawDepartement = { code: string; nom: string; region: string };
export type RawRegion = { code: string; nom: string };
export type RawReferential = {
  communes: readonly RawCommune[];
  epci: readonly RawEpci[];
  departements: readonly RawDepartement[];
  regions: readonly RawRegion[];
};

export type IndexedTerritory = TerritoryRecord & { readonly key: string };

export type TerritoryIndex = {
  readonly entries: readonly IndexedTerritory[];
  readonly byLevelAndCode: ReadonlyMap<string, IndexedTerritory>;
};

const idOf = (level: TerritoryLevel, code: string) => `${level}:${code}`;

function sumBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined, value: (item: T) => number) {
  const sums = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    if (key) sums.set(key, (sums.get(key) ?? 0) + value(item));
  }
  return sums;
}

/** Construit l'index une fois ; les départements et régions prennent la population de leurs communes. */
export function buildTerritoryIndex(raw: RawReferential): TerritoryIndex {
  const communes = raw.communes.filter((c) => c.type === 'commune-actuelle');
  const byDepartement = sumBy(communes, (c) => c.departement, (c) => c.population ?? 0);
  const byRegion = sumBy(communes, (c) => c.region, (c) => c.population ?? 0);
  const records: TerritoryRecord[] = [
    ...raw.regions.map((r) => record('REGION', r.code, r.nom, { population: byRegion.get(r.code) ?? null })),
    ...raw.departements.map((d) => record('DEPARTEMENT', d.code, d.nom, { population: byDepartement.get(d.code) ?? null })),
    ...raw.epci.map((e) => record('EPCI', e.code, e.nom, { population: e.populationTotale ?? e.populationMunicipale ?? null })),
    ...communes.map((c) =>
      record('COMMUNE', c.code, c.nom, { siren: c.siren ?? null, departement: c.departement ?? null, population: c.population ?? null }),
    ),
  ];
  const entries = records.map((r) => ({ ...r, key: searchKey(r.name) }));
  return { entries, byLevelAndCode: new Map(entries.map((e) => [idOf(e.level, e.code), e])) };
}

function record(level: TerritoryLevel, code: string, name: string, extra: Partial<TerritoryRecord>): TerritoryRecord {
  return { level, code, name, siren: null, departement: null, population: null, ...extra };
}

/** Le territoire désigné par son échelon et son code, ou `null` s'il n'existe pas dans le référentiel. */
export function findTerritory(index: TerritoryIndex, level: TerritoryLevel, code: string): TerritoryRecord | null {
  return index.byLevelAndCode.get(idOf(level, code)) ?? null;
}
