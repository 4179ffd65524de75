import { describe, expect, it } from 'vitest';
import { isFormulaLike, neutraliseFormula, restoreNeutralised } from '@/lib/domain/text/spreadsheet-safe';

describe('neutraliseFormula', () => {
  it.each([
    ['=SOMME(A1:A3)', "'=SOMME(A1:A3)"],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ['-12', "'-12"],
    ['@pseudo', "'@pseudo"],
    ['\tcellule', "'\tcellule"],
    ['\rcellule', "'\rcellule"],
    ["'déjà cité", "''déjà cité"],
  ])('préfixe %j d’une apostrophe', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
    expect(isFormulaLike(neutraliseFormula(text))).toBe(false);
  });

  it.each([['Déjeuner'], [''], ['1 234,56'], ['Repas = 12 €'], [' =espace avant']])('laisse %j tel quel', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('restoreNeutralised', () => {
  it.each([['=1+1'], ['+33'], ['-'], ['@a'], ['\tx'], ["'x"], ["''"], ['Déjeuner'], ['']])(
    'retrouve %j après un aller-retour',
    (text) => {
      expect(restoreNeutralised(neutraliseFormula(text))).toBe(text);
    },
  );

  it('garde une apostrophe qui ne protège rien', () => {
    expect(restoreNeutralised("'Hub")).toBe("'Hub");
    expect(restoreNeutralised("l'atelier")).toBe("l'atelier");
  });
});
