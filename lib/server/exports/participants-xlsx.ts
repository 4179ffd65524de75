import 'server-only';
import ExcelJS from 'exceljs';
import { participantTable, type ParticipantExport } from '@/lib/server/exports/participants-table';

/** One sheet, header frozen and bold, columns wide enough to read; every text cell formula-safe. */
export async function participantsXlsx(data: ParticipantExport): Promise<Uint8Array> {
  const { headers, rows } = participantTable(data);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Trame';
  const sheet = workbook.addWorksheet('Participant·es', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header, index) => ({ header, width: index < 3 ? 32 : 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
