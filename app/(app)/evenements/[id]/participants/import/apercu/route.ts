import { previewRegistrationImportAction } from '@/lib/server/actions/registration-import';
import { actionResponse, readUpload } from '@/lib/server/imports/upload-request';
import { routeErrorResponse } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** Analyses an uploaded ticketing export (multipart: file, source, mapping?) and writes nothing. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await context.params;
    // The action validates every field with its zod schema; the form only carries them.
    const input = await readUpload(request, id);
    return actionResponse(await previewRegistrationImportAction(input as Parameters<typeof previewRegistrationImportAction>[0]));
  } catch (error) {
    return routeErrorResponse(error);
  }
}
