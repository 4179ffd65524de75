import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTerritoryIndex, departementOfCommune, findTerritory, searchTerritories, territoryLabel, type RawReferential } from '@/lib/domain/territories';

const small: RawReferential = {
  regions: [{ code: '93', nom: "Provence-Alpes-Côte d'Azur" }],
  departements: [{ code: '13', nom: 'Bouches-du-Rhône', region: '93' }],
  epci: [{ code: '200054807', nom: "Métropole d'Aix-Marseille-Provence", populationTotale: 1_900_000 }],
  communes: [
    { code: '13055', nom: 'Marseille', type: 'commune-actuelle', departement: '13', region: '93', siren: '211300553', population: 870_000 },
    { code: '11220', nom: 'Marseillette', type: 'commune-actuelle', departement: '11', region: '76', population: 700 },
    { code: '13201', nom: 'Marseille 1er Arrondissement', type: 'arrondissement-municipal', departement: '13', population: 40_000 },
    { code: '13001', nom: 'Aix-en-Provence', type: 'commune-actuelle', departement: '13', region: '93', population: 145_000 },
  ],
};
const index = buildTerritoryIndex(small);
const names = (query: string, data = index) => searchTerritories(data, query).map((t) => t.name);

describe('searchTerritories (ranking)', () => {
  it('puts names that start with the query first, the most populated first, then names containing it', () => {
    expect(names('marseille')).toEqual(['Marseille', 'Marseillette', "Métropole d'Aix-Marseille-Provence"]);
  });

  it('finds by INSEE code, commune SIREN or EPCI SIREN, exact codes first', () => {
    expect(names('13')).toEqual(['Bouches-du-Rhône']);
    expect(names('13055')).toEqual(['Marseille']);
    expect(names('211 300 553')).toEqual(['Marseille']);
    expect(names('200054807')).toEqual(["Métropole d'Aix-Marseille-Provence"]);
  });

  it('ignores accents, case, dashes and apostrophes', () => {
    expect(names('BOUCHES DU RHONE')).toEqual(['Bouches-du-Rhône']);
    expect(names('provence alpes cote d azur')).toEqual(["Provence-Alpes-Côte d'Azur"]);
  });

  it('ranks a word prefix above a mere substring', () => {
    expect(names('provence')).toEqual(["Provence-Alpes-Côte d'Azur", "Métropole d'Aix-Marseille-Provence", 'Aix-en-Provence']);
  });

  it('keeps only current communes, so that level + code names one territory', () => {
    expect(names('arrondissement')).toEqual([]);
  });

  it('needs two characters and caps the list', () => {
    expect(names('m')).toEqual([]);
    expect(searchTerritories(index, 'e', 20)).toEqual([]);
    expect(searchTerritories(index, 'ar', 2)).toHaveLength(2);
  });

  it('labels each level as the combobox shows it', () => {
    const [marseille] = searchTerritories(index, '13055');
    expect(territoryLabel(marseille!)).toBe('Marseille (commune, 13)');
    expect(searchTerritories(index, '13').map(territoryLabel)).toEqual(['Bouches-du-Rhône (département, 13)']);
    expect(searchTerritories(index, '200054807').map(territoryLabel)).toEqual(["Métropole d'Aix-Marseille-Provence (EPCI)"]);
    expect(searchTerritories(index, '93').map(territoryLabel)).toEqual(["Provence-Alpes-Côte d'Azur (région)"]);
  });

  it.each([
    ['13055', '13'],
    ['2A004', '2A'],
    ['97105', '971'],
  ])('commune %s is in département %s', (code, departement) => expect(departementOfCommune(code)).toBe(departement));

  it('finds a territory back by level and code only', () => {
    expect(findTerritory(index, 'COMMUNE', '13055')?.name).toBe('Marseille');
    expect(findTerritory(index, 'DEPARTEMENT', '13055')).toBeNull();
  });
});

describe('searchTerritories on the real referential', () => {
  const dir = path.resolve(__dirname, '../../../../node_modules/@etalab/decoupage-administratif/data');
  const read = (file: string) => JSON.parse(readFileSync(path.join(dir, `${file}.json`), 'utf8'));
  const real = buildTerritoryIndex({
    communes: read('communes'),
    epci: read('epci'),
    departements: read('departements'),
    regions: read('regions'),
  });

  it.each([
    ['evry', 'Évry-Courcouronnes'],
    ['13', 'Bouches-du-Rhône'],
    ['marseille', 'Marseille'],
    ['bretagne', 'Bretagne'],
  ])('"%s" finds %s first', (query, expected) => {
    expect(names(query, real)[0]).toBe(expected);
  });

  it('lists the Métropole d’Aix-Marseille-Provence among the "marseille" results', () => {
    expect(names('marseille', real)).toContain("Métropole d'Aix-Marseille-Provence");
  });

  it('lists the small commune named exactly Évry too, after bigger ones', () => {
    expect(names('evry', real).slice(0, 3)).toContain('Évry');
  });

  it.each(['saint etienne', 'SAINT-ÉTIENNE', 'Saint Étienne'])('"%s" finds Saint-Étienne right after its métropole', (query) => {
    expect(names(query, real).slice(0, 2)).toEqual(['Saint-Étienne Métropole', 'Saint-Étienne']);
  });

  it('offers the département before the commune of the same name and population (Paris)', () => {
    expect(searchTerritories(real, 'paris').slice(0, 2).map(territoryLabel)).toEqual(['Paris (département, 75)', 'Paris (commune, 75)']);
  });

  it('returns at most 20 results', () => {
    expect(searchTerritories(real, 'saint')).toHaveLength(20);
  });
});
