import { SPREADSHEET_MAX_BYTES } from '@/lib/domain/files/spreadsheet';
import { outsideImportFormSchema } from '@/lib/schemas/outside-results';
import { importOutsideAnswers } from '@/lib/server/bilan/outside-results';
import { SafeError } from '@/lib/server/errors';
import { readMultipartForm } from '@/lib/server/multipart';
import { revalidate } from '@/lib/server/revalidate';
import { eventRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

// A route handler rather than a server action: server actions refuse bodies over 1 MB, and the
// file of answers may weigh up to 2 MB. Like a server action, it only answers a page of the same origin.

/** A file of answers gathered outside Trame (one row per respondent) becomes one source of the bilan, or nothing. */
export const POST = eventRoute(
  'event.edit',
  async ({ request, event }) => {
    const form = await readMultipartForm(request, { maxBytes: SPREADSHEET_MAX_BYTES + 64 * 1024, tooLarge: 'Ce fichier dépasse 2 Mo : découpez-le en plusieurs fichiers.' });
    const { sourceLabel } = outsideImportFormSchema.parse({ sourceLabel: form.get('sourceLabel') ?? '' });
    const file = form.get('file');
    if (!(file instanceof File)) throw new SafeError('Choisissez un fichier .csv ou .xlsx de réponses.');
    const outcome = await importOutsideAnswers(event.id, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, sourceLabel);
    if (outcome.ok) revalidate(`/evenements/${event.id}/bilan`);
    return Response.json(outcome, { status: outcome.ok ? 200 : 422, headers: { 'Cache-Control': 'no-store' } });
  },
  { mutates: true },
);
