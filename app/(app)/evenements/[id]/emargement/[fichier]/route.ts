import { z } from 'zod';
import { isHalfDay } from '@/lib/domain/registrations/attendance-sheet';
import { slugify } from '@/lib/domain/text/slug';
import { loadAttendanceSheet } from '@/lib/server/attendance-sheets/load';
import { renderAttendanceSheetPdf } from '@/lib/server/attendance-sheets/sheet-pdf';
import { SafeError } from '@/lib/server/errors';
import { eventRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

// `/evenements/<id>/emargement/2027-02-11.pdf`: the day is the file's name.
const params = z.object({ fichier: z.string().regex(/^\d{4}-\d{2}-\d{2}\.pdf$/) });

/**
 * The printable attendance sheet of one day of the event, or of one half-day
 * (`?demi-journee=matin|apres-midi`), for its organisers (event.read); a day outside the event is 404.
 */
export const GET = eventRoute(
  'event.read',
  async ({ request, event, params: { fichier } }) => {
    const day = fichier.slice(0, 10);
    const requested = new URL(request.url).searchParams.get('demi-journee');
    if (requested !== null && !isHalfDay(requested)) throw new SafeError('Demi-journée inconnue : choisissez « matin » ou « apres-midi ».', 'invalid');
    const halfDay = isHalfDay(requested) ? requested : null;
    const sheet = await loadAttendanceSheet(event.id, day, halfDay);
    const pdf = await renderAttendanceSheetPdf(sheet);
    const name = `emargement-${slugify(sheet.title)}-${day}${halfDay ? `-${halfDay}` : ''}.pdf`;
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  },
  { params },
);
