import 'server-only';
import { participantTable, type ParticipantExport } from '@/lib/server/exports/participants-table';
import { addTableSheet, createWorkbook, workbookBytes } from '@/lib/server/spreadsheets/write-xlsx';

/** One sheet, header frozen and bold, columns wide enough to read; every text cell formula-safe. */
export async function participantsXlsx(data: ParticipantExport): Promise<Uint8Array> {
  const { headers, rows } = participantTable(data);
  const workbook = createWorkbook();
  const { add } = addTableSheet(workbook, 'Participant·es', headers.map((header, index) => ({ header, width: index < 3 ? 32 : 20 })));
  for (const row of rows) add(row);
  return new Uint8Array(await workbookBytes(workbook));
}
