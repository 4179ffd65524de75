import 'server-only';
import type { BudgetLineDraft } from '@/lib/domain/budget';
import { formatCentsDecimal, formatQuantity } from '@/lib/domain/budget/decimal-input';
import { TRANSFER_COLUMNS, lineToTransferValues, type TransferColumn, type TransferContext, type TransferValue } from '@/lib/domain/budget/transfer-columns';
import { writeCsv, type CsvCell } from '@/lib/server/spreadsheets/write-csv';

function csvCell(column: TransferColumn, value: TransferValue): CsvCell {
  if (value === null || typeof value === 'string') return value;
  return column.type === 'money' ? formatCentsDecimal(value) : formatQuantity(value);
}

/** The budget lines as a French-Excel CSV: header row in French, decimal comma, every text cell formula-safe. */
export function budgetCsv(lines: readonly BudgetLineDraft[], context: TransferContext): string {
  const rows = lines.map((line) => {
    const values = lineToTransferValues(line, context);
    return TRANSFER_COLUMNS.map((column) => csvCell(column, values[column.id]));
  });
  return writeCsv(
    TRANSFER_COLUMNS.map((column) => column.header),
    rows,
  );
}
