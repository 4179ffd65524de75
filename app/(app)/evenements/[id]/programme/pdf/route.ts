import { slugify } from '@/lib/domain/text/slug';
import { getProgramme } from '@/lib/server/queries/programme';
import { routeErrorResponse } from '@/lib/server/route';
import { renderProgrammePdf } from './programme-pdf';

export const dynamic = 'force-dynamic';

/** The programme as a PDF: organisers of the event only, others get 404. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await context.params;
    const programme = await getProgramme(id);
    const pdf = await renderProgrammePdf(programme);
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="programme-${slugify(programme.event.title)}.pdf"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    return routeErrorResponse(error);
  }
}
