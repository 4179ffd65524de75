import 'server-only';

/*
 * Auth.js answers a callbackUrl it finds invalid (query or cookie) with a 500 and an English JSON
 * message ("problem with the server configuration"), except on its HTML pages where it redirects to
 * our error page. A visitor controls both, so that is a client error: refuse it before Auth.js with
 * a 400 in French. The rule copies Auth.js's own (assert.js: an http(s) URL, or a path).
 */

const HTML_PAGES = new Set(['signin', 'signout', 'error', 'verify-request']);
const CALLBACK_COOKIES = ['authjs.callback-url', '__Secure-authjs.callback-url'];

function isValidHttpUrl(url: string, origin: string): boolean {
  try {
    return /^https?:/.test(new URL(url, url.startsWith('/') ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return rest.join('=');
    }
  }
  return undefined;
}

/** A 400 for a request Auth.js would answer with a 500 because of what the visitor sent, else null. */
export function refuseInvalidCallbackUrl(request: Request): Response | null {
  const url = new URL(request.url);
  const action = url.pathname.split('/').filter(Boolean)[2] ?? '';
  if (request.method === 'GET' && HTML_PAGES.has(action)) return null;
  const candidates = [url.searchParams.get('callbackUrl'), ...CALLBACK_COOKIES.map((name) => cookieValue(request.headers.get('cookie'), name))];
  const invalid = candidates.some((value) => value && !isValidHttpUrl(value, url.origin));
  return invalid ? Response.json({ message: 'Adresse de retour invalide.' }, { status: 400 }) : null;
}
