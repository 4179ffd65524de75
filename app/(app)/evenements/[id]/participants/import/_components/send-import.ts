import type { ColumnMapping, ImportSource } from '@/lib/domain/registrations/import-columns';

type Result<T> = { ok: true; data: T } | { ok: false; error: string };

const GENERIC = 'Le fichier n’a pas pu être envoyé. Vérifiez votre connexion et réessayez.';

/** Posts the file to the import route (a multipart form: server actions stop at 1 MB). */
export async function sendImport<T>(input: {
  eventId: string;
  step: 'apercu' | 'confirmer';
  source: ImportSource;
  file: File;
  mapping: ColumnMapping | null;
  /** Days per ticket label, as shown in the preview; `null`: guessed by the server. */
  ticketDays?: Record<string, readonly string[]> | null;
}): Promise<Result<T>> {
  const form = new FormData();
  form.set('source', input.source);
  form.set('file', input.file);
  if (input.mapping) form.set('mapping', JSON.stringify(input.mapping));
  if (input.ticketDays) form.set('ticketDays', JSON.stringify(input.ticketDays));
  try {
    const response = await fetch(`/evenements/${input.eventId}/participants/import/${input.step}`, { method: 'POST', body: form });
    const body = (await response.json()) as { ok?: boolean; data?: T; error?: string; fieldErrors?: Record<string, string[]> };
    if (body.ok === true && body.data !== undefined) return { ok: true, data: body.data };
    const fieldMessage = Object.values(body.fieldErrors ?? {}).flat()[0];
    return { ok: false, error: fieldMessage ?? body.error ?? GENERIC };
  } catch {
    return { ok: false, error: GENERIC };
  }
}
