import { describe, expect, it } from 'vitest';
import { budgetLineSchema, type BudgetLineDraft } from '@/lib/domain/budget';
import { formatCentsDecimal, formatQuantity } from '@/lib/domain/budget/decimal-input';
import { neutraliseFormula } from '@/lib/domain/text/spreadsheet-safe';
import { TRANSFER_COLUMNS, lineToTransferValues, mapHeaders } from '@/lib/domain/budget/transfer-columns';
import { cellsToBudgetLine, type TransferCells } from '@/lib/domain/budget/transfer-parse';

const context = { organisations: [{ id: 'hub', name: 'Hub Sud' }, { id: 'ma', name: 'Le Mouvement associatif' }] };

const lines: BudgetLineDraft[] = [
  budgetLineSchema.parse({
    kind: 'charge',
    category: 'achats',
    subCategory: 'restauration',
    label: '=HYPERLINK("http://x")',
    forecastCents: 250000,
    actualCents: 300000,
    inKind: false,
    explanation: 'Plus de monde que prévu',
    payerOrganisationId: 'hub',
    quantity: 100,
    unitPriceCents: 2500,
    supplier: 'Traiteur',
    paymentReference: 'M-12',
    paymentMonth: '2027-02',
    note: 'Ligne 1\nLigne 2',
  }),
  budgetLineSchema.parse({
    kind: 'produit',
    category: 'subvention',
    label: 'Subvention',
    forecastCents: 100000,
    actualCents: null,
    inKind: false,
    funderName: 'Région Sud',
    funderType: 'region',
    receiverOrganisationId: 'ma',
  }),
  budgetLineSchema.parse({
    kind: 'charge',
    category: 'contributions-en-nature',
    subCategory: 'benevolat',
    label: 'Bénévoles',
    forecastCents: 83333,
    actualCents: null,
    inKind: true,
    personnel: { days: 2.5, dailyCostCents: 33333, who: 'Bénévoles' },
  }),
];

/** What a CSV writer would put in each cell, read back as text. */
function asCsvCells(line: BudgetLineDraft): TransferCells {
  const values = lineToTransferValues(line, context);
  const cells: TransferCells = {};
  for (const column of TRANSFER_COLUMNS) {
    const value = values[column.id];
    cells[column.id] =
      value === null ? '' : typeof value === 'string' ? neutraliseFormula(value) : column.type === 'money' ? formatCentsDecimal(value) : formatQuantity(value);
  }
  return cells;
}

describe('budget transfer columns', () => {
  it.each(lines.map((line) => [line.label, line] as const))('reads back %j identically', (_label, line) => {
    expect(cellsToBudgetLine(asCsvCells(line), context)).toEqual({ ok: true, line });
  });

  it('reads numbers and dates as a spreadsheet gives them', () => {
    const cells = { ...asCsvCells(lines[0]!), forecast: 2500, actual: 3000, quantity: 100, unitPrice: 25, paymentMonth: new Date(Date.UTC(2027, 1, 1)) };
    expect(cellsToBudgetLine(cells, context)).toEqual({ ok: true, line: lines[0] });
  });

  it('accepts identifiers, any case and « MM/AAAA »', () => {
    const cells = { ...asCsvCells(lines[1]!), kind: 'PRODUITS', category: 'subvention', funderType: 'région', organisation: 'le mouvement ASSOCIATIF', paymentMonth: '3/2027' };
    expect(cellsToBudgetLine(cells, context)).toMatchObject({ ok: true, line: { kind: 'produit', funderType: 'region', receiverOrganisationId: 'ma', paymentMonth: '2027-03' } });
  });

  it('reports each problem with its column', () => {
    const cells = { ...asCsvCells(lines[0]!), kind: 'Dépense', forecast: '12,345', organisation: 'Inconnue' };
    const result = cellsToBudgetLine(cells, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      '« Type » : indiquez « Charge » ou « Produit ».',
      '« Co-organisateur (payeur ou bénéficiaire) » : « Inconnue » n’organise pas cet événement.',
      expect.stringMatching(/^« Prévisionnel \(€\) » : Indiquez au plus deux chiffres/),
    ]);
  });

  it('maps the domain rule’s refusals to columns', () => {
    const cells = { ...asCsvCells(lines[1]!), funderName: '', actual: '2000,00' };
    const result = cellsToBudgetLine(cells, context);
    expect(result).toEqual({
      ok: false,
      problems: [
        '« Financeur » : Indiquez le financeur de cette subvention.',
        expect.stringMatching(/^« Explication de l’écart » : L'écart entre le réalisé et le prévisionnel dépasse 15 %/),
      ],
    });
  });

  it('finds columns in any order and names the missing ones', () => {
    expect(mapHeaders(['libelle', 'Type', 'Catégorie', 'Rubrique du compte rendu (Cerfa 15059)', 'Autre'])).toEqual({
      columns: ['label', 'kind', 'category', null, null],
      missing: ['forecast', 'actual'],
    });
    expect(mapHeaders(['Autre', 'Réalisé (€)'])).toEqual({ columns: [null, 'actual'], missing: ['label'] });
  });
});
