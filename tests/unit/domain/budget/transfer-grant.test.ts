import { describe, expect, it } from 'vitest';
import { budgetLineSchema } from '@/lib/domain/budget';
import { formatCentsDecimal } from '@/lib/domain/budget/decimal-input';
import { TRANSFER_COLUMNS, lineToTransferValues } from '@/lib/domain/budget/transfer-columns';
import { cellsToBudgetLine, type TransferCells } from '@/lib/domain/budget/transfer-parse';

const context = { organisations: [] };
const line = budgetLineSchema.parse({
  kind: 'produit',
  category: 'subvention',
  label: 'Subvention FSE+',
  forecastCents: 500_000,
  actualCents: 500_000,
  inKind: false,
  funderName: 'Région Bretagne',
  funderType: 'region',
  grant: { reference: 'Z34507', agreementDate: '2027-06-27', amountCents: 2_200_080, euCofinanced: true },
});

function cells(): TransferCells {
  const values = lineToTransferValues(line, context);
  return Object.fromEntries(
    TRANSFER_COLUMNS.map((column) => {
      const value = values[column.id];
      return [column.id, value === null ? '' : typeof value === 'number' ? formatCentsDecimal(value) : value];
    }),
  );
}

describe('grant references in the budget file', () => {
  it('reads back a produit line with its grant identically', () => {
    expect(cellsToBudgetLine(cells(), context)).toEqual({ ok: true, line });
  });

  it.each([
    ['27/06/2027', '2027-06-27'],
    [new Date(Date.UTC(2027, 5, 27)), '2027-06-27'],
  ])('reads the agreement date %o', (written, day) => {
    const result = cellsToBudgetLine({ ...cells(), grantAgreementDate: written }, context);
    expect(result.ok && result.line.kind === 'produit' ? result.line.grant?.agreementDate : null).toBe(day);
  });

  it.each([
    [{ grantAgreementDate: 'juin' }, '« Subvention : date de la convention (AAAA-MM-JJ) » : date illisible « juin » : écrivez par exemple 2027-02-15 ou 15/02/2027.'],
    [{ grantEuCofinanced: 'peut-être' }, '« Subvention : cofinancement européen » : indiquez « oui » ou « non ».'],
    [{ grantAmount: '1 000' }, '« Subvention : référence de la convention » : Le montant total accordé ne peut pas être inférieur au montant de cette ligne.'],
  ])('reports %o in French with its column', (patch, message) => {
    expect(cellsToBudgetLine({ ...cells(), ...patch }, context)).toEqual({ ok: false, problems: [message] });
  });
});
