import { slugify } from '@/lib/domain/text/slug';
import { getProgramme } from '@/lib/server/queries/programme';
import { eventRoute } from '@/lib/server/route';
import { renderProgrammePdf } from '@/lib/server/exports/programme-pdf';

export const dynamic = 'force-dynamic';

/** The programme as a PDF: organisers of the event only, others get 404. */
export const GET = eventRoute('event.read', async ({ event }) => {
  const programme = await getProgramme(event.id);
  const pdf = await renderProgrammePdf(programme);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="programme-${slugify(programme.event.title)}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
