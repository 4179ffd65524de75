import 'server-only';
import { z } from 'zod';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/lib/server/database-unavailable';
import { forbidden, SafeError } from '@/lib/server/errors';

export const HTTP_STATUS: Record<SafeError['code'], number> = {
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  invalid: 400,
  unavailable: 503,
  'too-large': 413,
};

/** The response of a route handler that failed: a safe French message, or a generic one logged. */
export function routeErrorResponse(error: unknown): Response {
  if (error instanceof SafeError) return Response.json({ error: error.message }, { status: HTTP_STATUS[error.code] });
  if (error instanceof z.ZodError) {
    return Response.json({ error: 'Requête invalide.', fieldErrors: z.flattenError(error).fieldErrors }, { status: 400 });
  }
  if (isDatabaseUnavailable(error)) return Response.json({ error: DATABASE_UNAVAILABLE_MESSAGE }, { status: 503, headers: { 'Retry-After': '5' } });
  console.error(error);
  return Response.json({ error: 'Une erreur inattendue est survenue.' }, { status: 500 });
}

/**
 * Route handlers that change data answer only this site's pages, as Next does for server actions:
 * the Origin a browser sends must name this host (behind a proxy, the forwarded one); a request
 * without Origin passes only when the browser says it is same-origin (Sec-Fetch-Site).
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  if (origin === null) {
    if (request.headers.get('sec-fetch-site') !== 'same-origin') throw forbidden();
    return;
  }
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? new URL(request.url).host;
  if (!URL.canParse(origin) || new URL(origin).host !== host) throw forbidden();
}
