import { z } from 'zod';
import { budgetImportRequestSchema } from '@/lib/schemas/budget';
import { requireEventPermission } from '@/lib/server/authz';
import { notFound, SafeError } from '@/lib/server/errors';
import { MAX_IMPORT_BYTES } from '@/lib/server/imports/budget-file';
import { importBudgetFile, previewBudgetImport } from '@/lib/server/imports/budget-import';
import { readMultipartForm } from '@/lib/server/multipart';
import { assertSameOrigin, routeErrorResponse } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

// A route handler rather than a server action: server actions refuse bodies over 1 MB, and the
// import accepts files up to 2 MB. Like a server action, it only answers a page of the same origin.

/** step=preview checks the file and lists its lines; step=confirm writes them all, or none. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await context.params;
    if (!z.uuid().safeParse(id).success) throw notFound('Cet événement');
    assertSameOrigin(request);
    await requireEventPermission(id, 'event.edit');
    const form = await readMultipartForm(request, { maxBytes: MAX_IMPORT_BYTES + 64 * 1024, tooLarge: 'Ce fichier dépasse 2 Mo : découpez-le en plusieurs fichiers.' });
    const { step, mode } = budgetImportRequestSchema.parse({ step: form.get('step'), mode: form.get('mode') ?? 'append' });
    const file = form.get('file');
    if (!(file instanceof File)) throw new SafeError('Choisissez un fichier .csv ou .xlsx à importer.');
    const outcome = step === 'preview' ? await previewBudgetImport(id, file) : await importBudgetFile(id, file, mode);
    return Response.json(outcome, { status: outcome.ok ? 200 : 422, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return routeErrorResponse(error);
  }
}
