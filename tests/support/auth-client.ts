// Drives Auth.js's own route handler as a browser (or a script) would: GET the CSRF token, POST the
// credentials with its cookie, then read the session with the cookie it set.
import { handlers } from '@/lib/server/auth';

export type Cookie = { name: string; value: string; attributes: string[] };

export function cookiesOf(response: Response): Cookie[] {
  return response.headers.getSetCookie().map((line) => {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1), attributes: attributes.map((a) => a.toLowerCase()) };
  });
}

export const BASE = 'http://localhost:3000';

/** Signs in through /api/auth/callback/credentials; `headers` are added to both requests. */
export async function signInThroughAuthJs(email: string, password: string, headers: Record<string, string> = {}) {
  const csrfResponse = await handlers.GET(new Request(`${BASE}/api/auth/csrf`, { headers }) as never);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = cookiesOf(csrfResponse).find((c) => c.name.endsWith('authjs.csrf-token'));
  const response = await handlers.POST(
    new Request(`${BASE}/api/auth/callback/credentials`, {
      method: 'POST',
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${BASE}/` }),
      headers: {
        ...headers,
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `${csrfCookie?.name}=${csrfCookie?.value}`,
        origin: BASE,
      },
    }) as never,
  );
  const session = cookiesOf(response).find((c) => c.name === 'authjs.session-token' && c.value !== '');
  return { response, session };
}

/** The session Auth.js sees for this cookie (null when signed out), and the cookies it sets back. */
export async function readSession(session: Cookie) {
  const response = await handlers.GET(
    new Request(`${BASE}/api/auth/session`, { headers: { cookie: `${session.name}=${session.value}` } }) as never,
  );
  const body = (await response.json()) as { user?: { id?: string } } | null;
  return { userId: body?.user?.id ?? null, cookies: cookiesOf(response) };
}
