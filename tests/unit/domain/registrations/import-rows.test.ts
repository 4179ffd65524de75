import { describe, expect, it } from 'vitest';
import { emptyMapping, type ColumnMapping } from '@/lib/domain/registrations/import-columns';
import { checkImportRows, type ImportTableRow } from '@/lib/domain/registrations/import-rows';

// Prénom ; Nom ; E-mail ; Structure ; Catégorie ; Date
const MAPPING: ColumnMapping = { ...emptyMapping(), firstName: 0, lastName: 1, email: 2, organisation: 3, category: 4, registeredAt: 5 };
const rows = (...cells: string[][]): ImportTableRow[] => cells.map((c, index) => ({ line: index + 2, cells: c }));

describe('checkImportRows', () => {
  it('reads valid rows into candidates', () => {
    const check = checkImportRows(rows(['Hélène', 'Dupont', ' Helene@Exemple.fr', 'Hub Sud', 'Médiatrice', '15/01/2027']), MAPPING);
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([]);
    expect(check.candidates).toEqual([
      {
        line: 2,
        email: 'helene@exemple.fr',
        name: 'Hélène Dupont',
        organisation: 'Hub Sud',
        category: 'MEDIATEUR',
        accessibilityNeeds: null,
        registeredAt: new Date('2027-01-14T23:00:00Z'),
        tickets: [],
      },
    ]);
  });

  it('reports every bad row with its line number, in French', () => {
    const check = checkImportRows(
      rows(
        ['Ana', 'Lopez', 'ana@exemple.fr', '', '', ''],
        ['Bruno', 'Martin', '', '', '', ''],
        ['Chloé', 'Petit', 'chloe@', '', '', ''],
        ['', '', 'sans-nom@exemple.fr', '', '', ''],
        ['Dan', 'Roy', 'dan@exemple.fr', '', '', '31/02/2027'],
      ),
      MAPPING,
    );
    expect(check.errors.map((e) => e.message)).toEqual([
      'Ligne 3 : adresse e-mail manquante.',
      'Ligne 4 : adresse e-mail invalide (« chloe@ »).',
      'Ligne 5 : nom manquant.',
      'Ligne 6 : date d’inscription illisible (« 31/02/2027 ») ; écrivez JJ/MM/AAAA, avec l’heure si besoin.',
    ]);
    expect(check.candidates.map((c) => c.line)).toEqual([2]);
  });

  it('lists several problems of one row', () => {
    const check = checkImportRows(rows(['', '', 'x', '', '', '']), MAPPING);
    expect(check.errors.map((e) => e.line)).toEqual([2, 2]);
  });

  it('keeps the first row of an e-mail and warns about the others', () => {
    const check = checkImportRows(
      rows(['Ana', 'Lopez', 'ana@exemple.fr', '', '', ''], ['Ana', 'L.', 'ANA@exemple.fr', '', 'Élue', '']),
      MAPPING,
    );
    expect(check.candidates).toHaveLength(1);
    expect(check.candidates[0]?.name).toBe('Ana Lopez');
    expect(check.warnings.map((w) => w.message)).toEqual([
      'Ligne 3 : même adresse e-mail que la ligne 2 (ana@exemple.fr) : ligne ignorée, une seule inscription par adresse.',
    ]);
  });

  it('files an unknown category under « Autre » with a warning, not an error', () => {
    const check = checkImportRows(rows(['Ana', 'Lopez', 'ana@exemple.fr', '', 'Journaliste', '']), MAPPING);
    expect(check.errors).toEqual([]);
    expect(check.candidates[0]?.category).toBe('AUTRE');
    expect(check.warnings[0]?.message).toBe('Ligne 2 : catégorie « Journaliste » non reconnue, classée « Autre ».');
  });

  it('leaves the category unset when its column is not imported', () => {
    const check = checkImportRows(rows(['Ana', 'Lopez', 'ana@exemple.fr']), { ...MAPPING, category: null, organisation: null, registeredAt: null });
    expect(check.candidates[0]).toMatchObject({ category: null, organisation: null, registeredAt: null });
  });

  it('skips blank rows and handles an empty file', () => {
    expect(checkImportRows(rows(['', ' ', '', '', '', '']), MAPPING)).toEqual({ candidates: [], errors: [], warnings: [], cancelled: [], merged: 0 });
    expect(checkImportRows([], MAPPING)).toEqual({ candidates: [], errors: [], warnings: [], cancelled: [], merged: 0 });
  });

  it('refuses too long values', () => {
    const check = checkImportRows(rows(['A'.repeat(150), 'B'.repeat(60), 'ab@exemple.fr', 'S'.repeat(201), '', '']), MAPPING);
    expect(check.errors.map((e) => e.message)).toEqual([
      'Ligne 2 : nom trop long (200 caractères au plus).',
      'Ligne 2 : structure trop longue (200 caractères au plus).',
    ]);
  });
});

describe('checkImportRows with one ticket per row', () => {
  // Nom ; Prénom ; E-mail ; Tarif ; Statut
  const TICKETS: ColumnMapping = { ...emptyMapping(), lastName: 0, firstName: 1, email: 2, ticket: 3, orderStatus: 4 };

  it('merges the tickets of one person, by e-mail or else by name, and leaves refunded tickets out', () => {
    const check = checkImportRows(
      rows(
        ['Martin', 'Léa', 'lea@exemple.fr', 'Pass jeudi', 'Validé'],
        ['Roy', 'Bruno', 'bruno@exemple.fr', 'Pass 2 jours', 'Payé'],
        ['MARTIN', 'Léa', 'LEA@exemple.fr', 'Pass vendredi', 'Validé'],
        ['Petit', 'Chloé', 'chloe@exemple.fr', 'Pass jeudi', 'Remboursé'],
        ['Roy', 'Bruno', '', 'Pass jeudi', 'Validé'],
        ['Inconnu', 'Sans', '', 'Pass jeudi', 'Validé'],
        ['Nguyen', 'Tam', 'tam@exemple.fr', 'Pass vendredi', 'En attente'],
      ),
      TICKETS,
    );
    expect(check.candidates.map((c) => [c.email, c.tickets])).toEqual([
      ['lea@exemple.fr', ['Pass jeudi', 'Pass vendredi']],
      ['bruno@exemple.fr', ['Pass 2 jours', 'Pass jeudi']],
      ['tam@exemple.fr', ['Pass vendredi']],
    ]);
    expect(check.merged).toBe(2);
    expect(check.cancelled).toEqual([{ line: 5, name: 'Chloé Petit', ticket: 'Pass jeudi', status: 'Remboursé' }]);
    expect(check.errors.map((e) => e.message)).toEqual(['Ligne 7 : adresse e-mail manquante.']);
    expect(check.warnings.map((w) => w.message)).toEqual(['Ligne 8 : commande « En attente » : billet importé comme valide (vérifiez qu’il a été payé).']);
  });
});
