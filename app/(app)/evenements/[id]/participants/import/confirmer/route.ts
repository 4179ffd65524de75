import { confirmRegistrationImportAction } from '@/lib/server/actions/registration-import';
import { actionResponse, readUpload } from '@/lib/server/imports/upload-request';
import { eventRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** Imports the file with the mapping shown in the preview: every row in one transaction, or none. */
export const POST = eventRoute(
  'event.edit',
  async ({ request, event }) => {
    // The action validates every field with its zod schema; the form only carries them.
    const input = await readUpload(request, event.id);
    return actionResponse(await confirmRegistrationImportAction(input as Parameters<typeof confirmRegistrationImportAction>[0]));
  },
  { mutates: true },
);
