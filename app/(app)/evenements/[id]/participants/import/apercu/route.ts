import { previewRegistrationImportAction } from '@/lib/server/actions/registration-import';
import { actionResponse, readUpload } from '@/lib/server/imports/upload-request';
import { eventRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** Analyses an uploaded ticketing export (multipart: file, source, mapping?) and writes nothing. */
export const POST = eventRoute(
  'event.edit',
  async ({ request, event }) => {
    // The action validates every field with its zod schema; the form only carries them.
    const input = await readUpload(request, event.id);
    return actionResponse(await previewRegistrationImportAction(input as Parameters<typeof previewRegistrationImportAction>[0]));
  },
  { mutates: true },
);
