import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { departementOfCommune } from '@/lib/domain/territories';
import type { AdministrativeMap } from '@/lib/domain/territories/administrative';

// Régions and départements (13 KB) with the département of each EPCI, read once per process from
// the official referential (see referential.ts for why it is read from disk).
const DATA_DIR = path.join(process.cwd(), 'node_modules', '@etalab', 'decoupage-administratif', 'data');

type RawArea = { code: string; nom: string; region?: string };
type RawEpci = { code: string; membres?: ReadonlyArray<{ code: string }> };

let loading: Promise<AdministrativeMap> | undefined;

async function readData<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(path.join(DATA_DIR, `${file}.json`), 'utf8')) as T;
}

async function load(): Promise<AdministrativeMap> {
  const [regions, departements, epci] = await Promise.all([readData<RawArea[]>('regions'), readData<RawArea[]>('departements'), readData<RawEpci[]>('epci')]);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');
  return {
    regions: regions.map((r) => ({ code: r.code, name: r.nom })).sort(byName),
    departements: departements.map((d) => ({ code: d.code, name: d.nom, region: d.region ?? '' })).sort((a, b) => a.code.localeCompare(b.code)),
    epciDepartement: new Map(epci.flatMap((e) => (e.membres?.[0] ? [[e.code, departementOfCommune(e.membres[0].code)] as const] : []))),
  };
}

export function administrativeMap(): Promise<AdministrativeMap> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
