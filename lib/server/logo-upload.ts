import 'server-only';
import { checkLogo, LOGO_MAX_BYTES, LOGO_REFUSALS, type LogoImageType, type LogoRefusal } from '@/lib/domain/files/image-type';
import { SafeError } from '@/lib/server/errors';
import { readMultipartForm } from '@/lib/server/multipart';

// A logo posted by a plain multipart form (partners of an event, an organisation): read with a bounded
// body, its type sniffed from the bytes. Logos live in PostgreSQL: app instances have no shared disk.

export type LogoUpload =
  | { kind: 'remove' }
  | { kind: 'refused'; reason: LogoRefusal }
  | { kind: 'image'; bytes: Uint8Array<ArrayBuffer>; type: LogoImageType };

/** The `logo` field of the form, or its `_action=supprimer`. An oversized body is refused while it arrives. */
export async function readLogoUpload(request: Request): Promise<LogoUpload> {
  // The multipart envelope adds a little to the file.
  const form = await readMultipartForm(request, { maxBytes: LOGO_MAX_BYTES + 16 * 1024, tooLarge: LOGO_REFUSALS['too-large'] }).catch((error: unknown) => {
    if (error instanceof SafeError && error.code === 'too-large') return null;
    throw error;
  });
  if (!form) return { kind: 'refused', reason: 'too-large' };
  if (form.get('_action') === 'supprimer') return { kind: 'remove' };
  const file = form.get('logo');
  if (!(file instanceof File)) return { kind: 'refused', reason: 'empty' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkLogo(bytes);
  return check.ok ? { kind: 'image', bytes, type: check.type } : { kind: 'refused', reason: check.reason };
}

/** A stored logo as an answer: long-cached, never sniffed, never run. */
export function logoResponse(logo: { bytes: Uint8Array; type: string }, cacheControl = 'public, max-age=3600'): Response {
  return new Response(new Uint8Array(logo.bytes), {
    headers: {
      'Content-Type': logo.type,
      'Cache-Control': cacheControl,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'",
    },
  });
}
