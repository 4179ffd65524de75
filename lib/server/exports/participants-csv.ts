import 'server-only';
import { participantTable, type ParticipantExport } from '@/lib/server/exports/participants-table';
import { writeCsv } from '@/lib/server/spreadsheets/write-csv';

export function participantsCsv(data: ParticipantExport): string {
  const { headers, rows } = participantTable(data);
  return writeCsv(headers, rows);
}
