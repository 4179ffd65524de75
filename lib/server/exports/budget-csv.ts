import 'server-only';
import Papa from 'papaparse';
import type { BudgetLineDraft } from '@/lib/domain/budget';
import { formatCentsDecimal, formatQuantity } from '@/lib/domain/budget/decimal-input';
import { neutraliseFormula } from '@/lib/domain/budget/spreadsheet-safe';
import { TRANSFER_COLUMNS, lineToTransferValues, type TransferColumn, type TransferContext, type TransferValue } from '@/lib/domain/budget/transfer-columns';

/* Excel en français ouvre d'un double clic un CSV en UTF-8 avec BOM, séparé par des points-virgules. */
export const CSV_BOM = '\ufeff';

function csvCell(column: TransferColumn, value: TransferValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return neutraliseFormula(value);
  return column.type === 'money' ? formatCentsDecimal(value) : formatQuantity(value);
}

/** The budget lines as a French-Excel CSV: header row in French, decimal comma, every text cell formula-safe. */
export function budgetCsv(lines: readonly BudgetLineDraft[], context: TransferContext): string {
  const rows = lines.map((line) => {
    const values = lineToTransferValues(line, context);
    return TRANSFER_COLUMNS.map((column) => csvCell(column, values[column.id]));
  });
  const body = Papa.unparse(
    { fields: TRANSFER_COLUMNS.map((column) => column.header), data: rows },
    { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `${CSV_BOM}${body}\r\n`;
}
