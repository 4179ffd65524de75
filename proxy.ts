import { NextResponse, type NextRequest } from 'next/server';
import { guardServerAction } from '@/lib/server/server-action-guard';

/*
 * Content-Security-Policy with a fresh nonce per request for every dynamically rendered page (the
 * signed-in app, sign-in, registration forms): Next reads the nonce from the request's CSP header
 * and puts it on its own scripts, so script-src needs no 'unsafe-inline'.
 *
 * The cached public pages (/e/<slug>, its .ics, programme.json and schedules, an organisation's .ics, the
 * prerendered format pages) are not
 * matched here: their HTML is rendered once and shared, so it cannot carry a per-request nonce.
 * next.config.js gives them a policy without nonce (see PUBLIC_CACHED_CSP there and the report of
 * issue 9). Authorization never lives here: this file only adds headers.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // React and Tailwind write style attributes: a nonce cannot cover those.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export async function proxy(request: NextRequest) {
  // A server action Next would answer with a 500 (foreign Origin, body too large): 403 / 413 in French.
  const refusal = await guardServerAction(request);
  if (refusal) return refusal;
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Not: route handlers under /api, static files, and the cached public pages listed above.
      source:
        '/((?!api/|_next/static|_next/image|favicon\\.ico|formats/|e/[^/]+/?$|e/[^/]+/calendar\\.ics$|e/[^/]+/programme\\.json$|e/[^/]+/schedule\\.xml$|e/[^/]+/schedule\\.json$|o/[^/]+/evenements\\.ics$).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
    // Every server action, wherever its page is (the cached public pages above included).
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
