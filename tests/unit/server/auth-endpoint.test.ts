import { describe, expect, it } from 'vitest';
import { refuseInvalidCallbackUrl } from '@/lib/server/auth-endpoint';

const get = (path: string, cookie?: string) => new Request(`http://localhost:3000${path}`, { headers: cookie ? { cookie } : {} });

describe('callbackUrl Auth.js would answer with a 500', () => {
  it.each([
    ['/api/auth/callback/credentials?callbackUrl=%00'],
    ['/api/auth/callback/credentials?callbackUrl=javascript:alert(1)'],
    ['/api/auth/session?callbackUrl=http://%zz'],
  ])('is refused with a French 400: %s', async (path) => {
    const response = refuseInvalidCallbackUrl(get(path));
    expect(response?.status).toBe(400);
    expect(await response?.json()).toEqual({ message: 'Adresse de retour invalide.' });
  });

  it('is refused when it comes from the callback cookie', () => {
    expect(refuseInvalidCallbackUrl(get('/api/auth/session', 'a=1; authjs.callback-url=javascript%3Aalert(1)'))?.status).toBe(400);
  });

  it.each([
    ['/api/auth/callback/credentials?callbackUrl=%2Fevenements'],
    ['/api/auth/callback/credentials?callbackUrl=http%3A%2F%2Flocalhost%3A3000%2F'],
    ['/api/auth/session'],
    // Auth.js's HTML pages redirect to /connexion on their own: left to it.
    ['/api/auth/signin?callbackUrl=javascript:alert(1)'],
  ])('lets through %s', (path) => {
    expect(refuseInvalidCallbackUrl(get(path, 'authjs.callback-url=%2F'))).toBeNull();
  });
});
