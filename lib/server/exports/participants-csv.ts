import 'server-only';
import Papa from 'papaparse';
import { participantTable, type ParticipantExport } from '@/lib/server/exports/participants-table';

/* Excel en français ouvre d'un double clic un CSV en UTF-8 avec BOM, séparé par des points-virgules. */
const BOM = '\ufeff';

export function participantsCsv(data: ParticipantExport): string {
  const { headers, rows } = participantTable(data);
  const body = Papa.unparse(
    { fields: headers, data: rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))) },
    // Cells are neutralised by participantTable: Papa must not add its own quote prefix on top.
    { delimiter: ';', newline: '\r\n', escapeFormulae: false },
  );
  return `${BOM}${body}\r\n`;
}
