/*
 * Server actions refused before Next handles them (proxy.ts), because Next answers these cases with a
 * 500 and an English message: a foreign or malformed Origin (its CSRF check throws), and a body over
 * the action size limit (its 413 is caught and turned into a 500). The same rules as Next's, with the
 * right status and a French message; nothing reaches the action.
 */

/** Next's default `experimental.serverActions.bodySizeLimit` (1 MB), kept as is in next.config.js. */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

export const FOREIGN_ORIGIN_MESSAGE = 'Requête refusée : elle ne vient pas d’une page de ce site.';
export const BODY_TOO_LARGE_MESSAGE = 'Envoi trop volumineux : un formulaire transmet au plus 1 Mo.';

function refusal(status: 403 | 413, message: string): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/** The host the browser believes it talks to: the forwarded one behind a proxy, as Next reads it. */
function requestHost(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return forwarded || headers.get('host');
}

function isForeignOrigin(headers: Headers): boolean {
  const origin = headers.get('origin');
  // No Origin: a hand-made request, which carries no one else's cookies; Next lets it through too.
  if (origin === null) return false;
  const host = requestHost(headers);
  return !host || !URL.canParse(origin) || new URL(origin).host !== host;
}

/** Counts the bytes of a body sent without Content-Length (chunked), stopping past the limit. */
async function exceedsLimit(body: ReadableStream<Uint8Array>, limit: number): Promise<boolean> {
  const reader = body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: cancelling one branch of a tee()d body settles only when the other is cancelled too.
      void reader.cancel().catch(() => undefined);
      return true;
    }
  }
}

async function isTooLarge(request: Request): Promise<boolean> {
  const length = request.headers.get('content-length');
  if (length !== null) return !/^\d+$/.test(length) || Number(length) > SERVER_ACTION_BODY_LIMIT;
  const body = request.clone().body;
  return body !== null && (await exceedsLimit(body, SERVER_ACTION_BODY_LIMIT));
}

/** A refusal for a server action request that Next would answer with a 500, or null to let it through. */
export async function guardServerAction(request: Request): Promise<Response | null> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return null;
  if (isForeignOrigin(request.headers)) return refusal(403, FOREIGN_ORIGIN_MESSAGE);
  if (await isTooLarge(request)) return refusal(413, BODY_TOO_LARGE_MESSAGE);
  return null;
}
