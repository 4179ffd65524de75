import { budgetImportRequestSchema } from '@/lib/schemas/budget';
import { SafeError } from '@/lib/server/errors';
import { SPREADSHEET_MAX_BYTES } from '@/lib/domain/files/spreadsheet';
import { importBudgetFile, previewBudgetImport } from '@/lib/server/imports/budget-import';
import { readMultipartForm } from '@/lib/server/multipart';
import { eventRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

// A route handler rather than a server action: server actions refuse bodies over 1 MB, and the
// import accepts files up to 2 MB. Like a server action, it only answers a page of the same origin.

/** step=preview checks the file and lists its lines; step=confirm writes them all, or none. */
export const POST = eventRoute(
  'event.edit',
  async ({ request, event }) => {
    const form = await readMultipartForm(request, { maxBytes: SPREADSHEET_MAX_BYTES + 64 * 1024, tooLarge: 'Ce fichier dépasse 2 Mo : découpez-le en plusieurs fichiers.' });
    const { step, mode } = budgetImportRequestSchema.parse({ step: form.get('step'), mode: form.get('mode') ?? 'append' });
    const file = form.get('file');
    if (!(file instanceof File)) throw new SafeError('Choisissez un fichier .csv ou .xlsx à importer.');
    const outcome = step === 'preview' ? await previewBudgetImport(event.id, file) : await importBudgetFile(event.id, file, mode);
    return Response.json(outcome, { status: outcome.ok ? 200 : 422, headers: { 'Cache-Control': 'no-store' } });
  },
  { mutates: true },
);
