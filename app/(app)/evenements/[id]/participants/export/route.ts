import { parisDay } from '@/lib/domain/dates';
import { participantExportQuerySchema } from '@/lib/schemas/participants';
import { participantsCsv } from '@/lib/server/exports/participants-csv';
import { participantsXlsx } from '@/lib/server/exports/participants-xlsx';
import { getParticipantExport } from '@/lib/server/queries/participant-export';
import { eventRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The participant list as CSV (French Excel) or XLSX: organisers of the event only, others get 404. */
export const GET = eventRoute('event.read', async ({ request, event }) => {
  const { format } = participantExportQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const data = await getParticipantExport(event.id);
  const filename = `participants-${data.slug}-${parisDay(new Date())}.${format}`;
  const headers = { 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'private, no-store' };
  if (format === 'csv') {
    return new Response(participantsCsv(data), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  return new Response(new Uint8Array(await participantsXlsx(data)), { headers: { ...headers, 'Content-Type': XLSX_TYPE } });
});
