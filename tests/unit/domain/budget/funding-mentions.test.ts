import { describe, expect, it } from 'vitest';
import { fundingMentions } from '@/lib/domain/budget/funding-mentions';
import type { BudgetLineDraft } from '@/lib/domain/budget/line';

type Line = Pick<BudgetLineDraft, 'kind' | 'inKind' | 'funderName' | 'funderType' | 'forecastCents' | 'actualCents'>;
const produit = (funderName: string | null, funderType: Line['funderType'], forecastCents: number, actualCents: number | null = null, inKind = false): Line => ({
  kind: 'produit',
  inKind,
  funderName,
  funderType,
  forecastCents,
  actualCents,
});

describe('funding mentions', () => {
  it('prints the EU mention for a European fund and names every funder, biggest first', () => {
    const mentions = fundingMentions([
      produit('Département des Bouches-du-Rhône', 'departement', 300_000),
      produit('FSE+', 'fonds-europeens', 500_000),
      produit('ANCT', 'etat', 100_000, 200_000),
      produit('anct', 'etat', 50_000),
    ]);
    expect(mentions.mandatory).toEqual(['Cofinancé par l’Union européenne']);
    expect(mentions.funders).toEqual(['FSE+', 'Département des Bouches-du-Rhône', 'ANCT']);
    expect(mentions.supportLine).toBe('Avec le soutien de FSE+, Département des Bouches-du-Rhône et ANCT');
  });

  it.each<[string, Line[], string[], string | null]>([
    ['no funder at all', [], [], null],
    ['a charge naming a supplier', [{ kind: 'charge', inKind: false, funderName: 'Traiteur', funderType: null, forecastCents: 100, actualCents: null }], [], null],
    ['an EU line only in kind', [produit('FEDER', 'fonds-europeens', 1000, null, true)], [], null],
    ['a refused EU subsidy (actual 0)', [produit('FSE+', 'fonds-europeens', 1000, 0)], [], null],
    ['an EU line with no name', [produit(null, 'fonds-europeens', 1000)], ['Cofinancé par l’Union européenne'], null],
    ['one funder starting with a vowel', [produit('Emmaüs Connect', 'fondations-aides-privees', 1000)], [], 'Avec le soutien d’Emmaüs Connect'],
  ])('%s', (_what, lines, mandatory, supportLine) => {
    const mentions = fundingMentions(lines);
    expect(mentions.mandatory).toEqual(mandatory);
    expect(mentions.supportLine).toBe(supportLine);
  });
});
