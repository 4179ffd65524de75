import { confirmRegistrationImportAction } from '@/lib/server/actions/registration-import';
import { actionResponse, readUpload } from '@/lib/server/imports/upload-request';
import { routeErrorResponse } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** Imports the file with the mapping shown in the preview: every row in one transaction, or none. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await context.params;
    // The action validates every field with its zod schema; the form only carries them.
    const input = await readUpload(request, id);
    return actionResponse(await confirmRegistrationImportAction(input as Parameters<typeof confirmRegistrationImportAction>[0]));
  } catch (error) {
    return routeErrorResponse(error);
  }
}
