import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  buildTerritoryIndex,
  findTerritory,
  searchTerritories,
  type RawReferential,
  type TerritoryIndex,
  type TerritoryLevel,
  type TerritoryRecord,
} from '@/lib/domain/territories';

// The official referential of communes, EPCI, départements and régions. It is immutable reference
// data (12 MB of JSON): read once per process, on the first search, and kept in memory as a compact
// index. Read from disk rather than imported so that neither the bundler nor tsc digests the files.
const DATA_DIR = path.join(process.cwd(), 'node_modules', '@etalab', 'decoupage-administratif', 'data');

let loading: Promise<TerritoryIndex> | undefined;

async function readData<K extends keyof RawReferential>(file: string): Promise<RawReferential[K]> {
  return JSON.parse(await readFile(path.join(DATA_DIR, `${file}.json`), 'utf8')) as RawReferential[K];
}

async function load(): Promise<TerritoryIndex> {
  const [communes, epci, departements, regions] = await Promise.all([
    readData<'communes'>('communes'),
    readData<'epci'>('epci'),
    readData<'departements'>('departements'),
    readData<'regions'>('regions'),
  ]);
  return buildTerritoryIndex({ communes, epci, departements, regions });
}

function territoryIndex(): Promise<TerritoryIndex> {
  // A failed read is not cached, so the next search tries again.
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

export async function searchReferential(query: string): Promise<TerritoryRecord[]> {
  return searchTerritories(await territoryIndex(), query);
}

export async function findInReferential(level: TerritoryLevel, code: string): Promise<TerritoryRecord | null> {
  return findTerritory(await territoryIndex(), level, code);
}
