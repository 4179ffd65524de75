import { searchKey } from '../text/slug';
import type { IndexedTerritory, TerritoryIndex } from './referential';
import type { TerritoryLevel, TerritoryRecord } from './types';

export const TERRITORY_SEARCH_MIN_LENGTH = 2;
export const TERRITORY_SEARCH_LIMIT = 20;

/*
 * Classement des correspondances, de la plus sûre à la plus vague : un code exact (INSEE ou SIREN),
 * le début du nom, le début d'un mot du nom, puis n'importe quelle partie du nom. Accents, casse,
 * tirets et apostrophes sont ignorés (searchKey). Le nom exact n'a pas de rang à part : « evry »
 * doit proposer Évry-Courcouronnes (66 000 habitants) avant le petit Évry de l'Yonne.
 */
const RANK = { code: 0, namePrefix: 1, wordPrefix: 2, contains: 3 } as const;

/** À rang égal : le territoire le plus peuplé d'abord, puis le plus vaste échelon (Paris : le département). */
const LEVEL_ORDER: Record<TerritoryLevel, number> = { REGION: 0, DEPARTEMENT: 1, EPCI: 2, COMMUNE: 3 };

function rankOf(entry: IndexedTerritory, key: string, code: string): number | null {
  if (code && (entry.code === code || entry.siren === code)) return RANK.code;
  if (!key) return null;
  if (entry.key.startsWith(key)) return RANK.namePrefix;
  if (entry.key.includes(` ${key}`)) return RANK.wordPrefix;
  if (entry.key.includes(key)) return RANK.contains;
  return null;
}

/** Les territoires qui correspondent à la saisie, les plus pertinents d'abord (au plus `limit`). */
export function searchTerritories(index: TerritoryIndex, query: string, limit = TERRITORY_SEARCH_LIMIT): TerritoryRecord[] {
  const key = searchKey(query);
  const code = query.replace(/\s+/g, '').toUpperCase();
  if (key.length < TERRITORY_SEARCH_MIN_LENGTH && code.length < TERRITORY_SEARCH_MIN_LENGTH) return [];
  const matches: { entry: IndexedTerritory; rank: number }[] = [];
  for (const entry of index.entries) {
    const rank = rankOf(entry, key, code);
    if (rank !== null) matches.push({ entry, rank });
  }
  matches.sort(
    (a, b) =>
      a.rank - b.rank ||
      (b.entry.population ?? -1) - (a.entry.population ?? -1) ||
      LEVEL_ORDER[a.entry.level] - LEVEL_ORDER[b.entry.level] ||
      a.entry.name.localeCompare(b.entry.name, 'fr'),
  );
  return matches.slice(0, limit).map(({ entry }) => withoutKey(entry));
}

function withoutKey(entry: IndexedTerritory): TerritoryRecord {
  const { level, code, name, siren, departement, population } = entry;
  return { level, code, name, siren, departement, population };
}
