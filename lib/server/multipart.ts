import 'server-only';
import { SafeError } from '@/lib/server/errors';

/*
 * The one way upload routes read a multipart form. `request.formData()` alone failed with a 500 on a
 * body that is not multipart or is malformed, and read a chunked body of any size (no Content-Length)
 * into memory. Here the type is checked first, the bytes are counted while they arrive and the reading
 * stops past the limit (413), and a form that cannot be read is a French 400.
 */

export const UNREADABLE_FORM = 'Envoi illisible : transmettez le fichier depuis le formulaire de la page.';

/** A body's bytes, counted while they arrive: past `maxBytes` the reading stops with a `too-large` SafeError. */
export async function readBounded(body: ReadableStream<Uint8Array> | null, maxBytes: number, tooLarge: string): Promise<Uint8Array<ArrayBuffer>> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: cancelling one branch of a tee()d body settles only when the other is cancelled too.
      void reader.cancel().catch(() => undefined);
      throw new SafeError(tooLarge, 'too-large');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The multipart form of `request`, at most `maxBytes` long (envelope included). */
export async function readMultipartForm(request: Request, { maxBytes, tooLarge }: { maxBytes: number; tooLarge: string }): Promise<FormData> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;.*\bboundary=/i.test(type)) throw new SafeError(UNREADABLE_FORM, 'invalid');
  const length = request.headers.get('content-length');
  if (length !== null && !/^\d+$/.test(length)) throw new SafeError(UNREADABLE_FORM, 'invalid');
  if (length !== null && Number(length) > maxBytes) throw new SafeError(tooLarge, 'too-large');
  const bytes = await readBounded(request.body, maxBytes, tooLarge);
  try {
    return await new Response(bytes, { headers: { 'Content-Type': type } }).formData();
  } catch {
    throw new SafeError(UNREADABLE_FORM, 'invalid');
  }
}
