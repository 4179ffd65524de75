import 'server-only';
import { z } from 'zod';
import type { ActionResult } from '@/lib/server/action';
import { readMultipartForm } from '@/lib/server/multipart';
import { assertSameOrigin, HTTP_STATUS } from '@/lib/server/route';
import { IMPORT_MAX_BYTES } from '@/lib/schemas/registration-import';

/*
 * The import's upload goes through a route handler, not a server action: server actions refuse
 * bodies over 1 MB and the import accepts 2 MB files. The handler only reads the multipart form;
 * the action it calls authorizes, validates and writes.
 */

const uploadFormSchema = z.object({
  source: z.string().max(40),
  mapping: z.string().max(5_000).optional(),
  ticketDays: z.string().max(50_000).optional(),
  file: z.instanceof(File, { error: 'Choisissez un fichier .csv ou .xlsx.' }),
});

function parseMapping(text: string | undefined): unknown {
  if (text === undefined || text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return 'illisible';
  }
}

export async function readUpload(request: Request, eventId: string) {
  assertSameOrigin(request);
  const body = await readMultipartForm(request, { maxBytes: IMPORT_MAX_BYTES + 100_000, tooLarge: 'Le fichier dépasse 2 Mo : découpez-le en plusieurs fichiers.' });
  const form = uploadFormSchema.parse(Object.fromEntries(body.entries()));
  return {
    eventId,
    source: form.source,
    mapping: parseMapping(form.mapping),
    ticketDays: parseMapping(form.ticketDays),
    file: { name: form.file.name, bytes: new Uint8Array(await form.file.arrayBuffer()) },
  };
}

export function actionResponse<T>(result: ActionResult<T>): Response {
  const status = result.ok ? 200 : HTTP_STATUS[result.code ?? 'invalid'];
  return Response.json(result, { status, headers: { 'Cache-Control': 'private, no-store' } });
}
