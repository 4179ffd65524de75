// The session cookie is HttpOnly, SameSite=Lax, and Secure (with the __Secure- prefix) as soon as
// the app is served over HTTPS, as in production. Auth.js's own POSTs need its CSRF token.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { handlers } from '@/lib/server/auth';
import { createUser, DEFAULT_PASSWORD } from '@/tests/factories';
import { testDb } from '@/tests/support/db';

// Auth.js reads its secret when lib/server/auth is loaded; the start-up wrappers provide it
// (scripts/lib/env.mjs), tests run without them.
vi.hoisted(() => {
  process.env.AUTH_SECRET ??= 'secret-de-test-pour-les-cookies-de-session';
});

type Cookie = { name: string; value: string; attributes: string[] };

function cookiesOf(response: Response): Cookie[] {
  return response.headers.getSetCookie().map((line) => {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1), attributes: attributes.map((a) => a.toLowerCase()) };
  });
}

/** Signs in through Auth.js's own endpoints, as the browser does, on `base`. */
async function signIn(base: string, email: string, password: string, csrf: 'valid' | 'missing' = 'valid') {
  const csrfResponse = await handlers.GET(new Request(`${base}/api/auth/csrf`) as never);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = cookiesOf(csrfResponse).find((c) => c.name.endsWith('authjs.csrf-token'));
  const body = new URLSearchParams({ email, password, csrfToken: csrf === 'valid' ? csrfToken : '', callbackUrl: `${base}/` });
  const response = await handlers.POST(
    new Request(`${base}/api/auth/callback/credentials`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${csrfCookie?.name}=${csrfCookie?.value}`, origin: base },
    }) as never,
  );
  return { response, csrfCookie, session: cookiesOf(response).find((c) => c.name.endsWith('authjs.session-token')) };
}

let user: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  user = await createUser(testDb(), { role: 'COORDINATOR' });
});

describe('session cookie', () => {
  it('is Secure, HttpOnly and SameSite=Lax over HTTPS (production)', async () => {
    const { session, csrfCookie } = await signIn('https://trame.exemple.fr', user.email, DEFAULT_PASSWORD);
    expect(session?.name).toBe('__Secure-authjs.session-token');
    expect(session?.attributes).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=lax', 'path=/']));
    expect(csrfCookie?.name).toBe('__Host-authjs.csrf-token');
    expect(csrfCookie?.attributes).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=lax']));
  });

  it('is still HttpOnly and SameSite=Lax on plain-HTTP development servers', async () => {
    const { session } = await signIn('http://localhost:3000', user.email, DEFAULT_PASSWORD);
    expect(session?.name).toBe('authjs.session-token');
    expect(session?.attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax']));
  });

  it('is not given for a wrong password, nor without Auth.js’s CSRF token', async () => {
    expect((await signIn('https://trame.exemple.fr', user.email, 'pas-le-bon-mot-de-passe')).session).toBeUndefined();
    const forged = await signIn('https://trame.exemple.fr', user.email, DEFAULT_PASSWORD, 'missing');
    expect(forged.session).toBeUndefined();
    expect(forged.response.headers.get('location')).toContain('error=MissingCSRF');
  });
});
