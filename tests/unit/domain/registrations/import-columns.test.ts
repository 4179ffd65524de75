import { describe, expect, it } from 'vitest';
import {
  emptyMapping,
  mappingFromHeaders,
  mappingProblems,
  mappingToHeaders,
  normaliseHeader,
  suggestMapping,
} from '@/lib/domain/registrations/import-columns';

const HELLOASSO_HEADERS = [
  'Référence commande',
  'Date de la commande',
  'Statut de la commande',
  'Nom participant',
  'Prénom participant',
  'Nom payeur',
  'Prénom payeur',
  'Email payeur',
  'Tarif',
  'Email participant',
  'Structure',
];

describe('normaliseHeader', () => {
  it.each([
    ['E-mail', 'email'],
    ['  EMAIL ', 'email'],
    ['Adresse e‑mail', 'adresseemail'],
    ['Catégorie', 'categorie'],
    ['Besoins d’accessibilité', 'besoinsdaccessibilite'],
    ["Besoins d'accessibilité", 'besoinsdaccessibilite'],
  ])('%s → %s', (header, expected) => {
    expect(normaliseHeader(header)).toBe(expected);
  });
});

describe('suggestMapping', () => {
  it('prefers the participant over the payer in a HelloAsso export, and finds the ticket and order status', () => {
    const mapping = suggestMapping(HELLOASSO_HEADERS, 'helloasso');
    expect(mapping).toEqual({
      email: 9,
      fullName: null,
      firstName: 4,
      lastName: 3,
      organisation: 10,
      category: null,
      accessibilityNeeds: null,
      registeredAt: 1,
      ticket: 8,
      orderStatus: 2,
    });
  });

  it('reads a Weezevent export', () => {
    const mapping = suggestMapping(['Code-barres', 'Nom', 'Prénom', 'Email', 'Société', 'Date d’achat'], 'weezevent');
    expect(mapping).toMatchObject({ email: 3, lastName: 1, firstName: 2, organisation: 4, registeredAt: 5 });
  });

  it('matches generic headers whatever their accents and case', () => {
    const mapping = suggestMapping(['NOM COMPLET', 'COURRIEL', 'categorie', 'Besoins spécifiques'], 'generique');
    expect(mapping).toMatchObject({ fullName: 0, email: 1, category: 2, accessibilityNeeds: 3, firstName: null, lastName: null });
  });

  it('never gives one column to two fields', () => {
    const mapping = suggestMapping(['Nom', 'Email'], 'generique');
    expect(mapping.lastName).toBe(0);
    expect(mapping.fullName).toBeNull();
  });

  it('leaves unknown headers unmapped', () => {
    expect(suggestMapping(['Colonne A', 'Colonne B'], 'generique')).toEqual(emptyMapping());
  });
});

describe('mappingProblems', () => {
  it('asks for the e-mail and a name', () => {
    expect(mappingProblems(emptyMapping(), 3)).toEqual([
      'Choisissez la colonne qui contient l’adresse e-mail.',
      'Choisissez la colonne du nom complet, ou celles du prénom et du nom de famille.',
    ]);
  });

  it('accepts an e-mail and a last name alone', () => {
    expect(mappingProblems({ ...emptyMapping(), email: 0, lastName: 1 }, 2)).toEqual([]);
  });

  it('refuses a column outside the file', () => {
    expect(mappingProblems({ ...emptyMapping(), email: 5, fullName: 0 }, 2)).toEqual([
      'La colonne choisie pour « Adresse e-mail » n’existe pas dans le fichier.',
    ]);
  });
});

describe('remembered mapping', () => {
  it('survives a new file whose columns moved', () => {
    const first = ['Courriel', 'Qui', 'Profil'];
    const mapping = { ...emptyMapping(), email: 0, fullName: 1, category: 2 };
    const saved = mappingToHeaders(mapping, first);
    expect(saved).toMatchObject({ email: 'Courriel', fullName: 'Qui', category: 'Profil', organisation: null });
    const next = mappingFromHeaders(saved, ['Profil', 'Qui', 'Courriel', 'Structure'], 'generique');
    expect(next).toMatchObject({ email: 2, fullName: 1, category: 0 });
    // « Structure » was deliberately left out last time: it stays out.
    expect(next.organisation).toBeNull();
  });

  it('falls back to the preset for a header that no longer exists', () => {
    const next = mappingFromHeaders({ email: 'Ancienne colonne' }, ['Email', 'Nom'], 'generique');
    expect(next).toMatchObject({ email: 0, lastName: 1 });
  });
});
