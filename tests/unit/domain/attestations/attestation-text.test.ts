import { describe, expect, it } from 'vitest';
import { attestationFileName, cityOf, madeAtLine, uniqueFileNames } from '@/lib/domain/attestations/attestation-text';

describe('cityOf', () => {
  it.each([
    ['12 rue Sala, 69002 Lyon', null, 'Lyon'],
    ['Hôtel de région, 1 esplanade François Mitterrand, 69002 Lyon Cedex 02', null, 'Lyon'],
    ['3 place de la Mairie 35000 Rennes', null, 'Rennes'],
    ['La Cantine, 20 rue de la Paix, 75 002 Paris, France', null, 'Paris'],
    ['44000 Saint-Herblain', null, 'Saint-Herblain'],
    ['Salle des fêtes', 'Brest', 'Brest'],
    [null, null, null],
    ['Salle des fêtes', null, null],
  ])('%s → %s', (address, commune, expected) => {
    expect(cityOf(address, commune)).toBe(expected);
  });
});

describe('madeAtLine', () => {
  it('with and without a city', () => {
    expect(madeAtLine('Lyon', '5 décembre 2026')).toBe('Fait à Lyon, le 5 décembre 2026');
    expect(madeAtLine(null, '5 décembre 2026')).toBe('Fait le 5 décembre 2026');
  });
});

describe('file names', () => {
  it.each([
    ['Amina Diallo', 'attestation-amina-diallo.pdf'],
    ['Élodie d’Arc-en-Ciel', 'attestation-elodie-darc-en-ciel.pdf'],
    ['../../etc/passwd', 'attestation-etc-passwd.pdf'],
    ['李雷', 'attestation-participant.pdf'],
  ])('%s → %s', (name, expected) => {
    expect(attestationFileName(name)).toBe(expected);
  });

  it('the same name twice gets a number, never an existing name', () => {
    expect(uniqueFileNames(['a.pdf', 'b.pdf', 'a.pdf', 'a-2.pdf', 'a.pdf'])).toEqual(['a.pdf', 'b.pdf', 'a-3.pdf', 'a-2.pdf', 'a-4.pdf']);
  });
});
