// Auth.js's own endpoint (/api/auth/callback/credentials) is an entry point like the sign-in form:
// the attempt limits hold there too, on an address the client cannot choose, and its pages never
// answer 500 nor send anyone to a javascript: URL.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handlers } from '@/lib/server/auth';
import { addressOf, SOCKET_ADDRESS_HEADER } from '@/lib/server/rate-limit';
import { createUser, DEFAULT_PASSWORD } from '@/tests/factories';
import { signInThroughAuthJs } from '@/tests/support/auth-client';
import { testDb } from '@/tests/support/db';

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= 'secret-de-test-pour-les-cookies-de-session';
});

const HOOK = Symbol.for('trame.socketAddressHook');
const hookSocketAddress = (on: boolean) => {
  (globalThis as Record<symbol, unknown>)[HOOK] = on || undefined;
};

beforeEach(async () => {
  await testDb().rateLimit.deleteMany();
});
afterEach(() => hookSocketAddress(false));

describe('sign-in limit on Auth.js’s endpoint', () => {
  it('refuses the right password after 10 failures on the account, even with a new forged address each time', async () => {
    const user = await createUser(testDb());
    for (let attempt = 1; attempt <= 12; attempt += 1) {
      const { session } = await signInThroughAuthJs(user.email, `mauvais-${attempt}`, { 'x-forwarded-for': `198.51.100.${attempt}` });
      expect(session).toBeUndefined();
    }
    const { session, response } = await signInThroughAuthJs(user.email, DEFAULT_PASSWORD, { 'x-forwarded-for': '203.0.113.99' });
    expect(session).toBeUndefined();
    expect(response.headers.get('location')).toContain('code=rate_limited');
  });

  it('does not count successful sign-ins', async () => {
    const user = await createUser(testDb());
    for (let attempt = 1; attempt <= 12; attempt += 1) {
      expect((await signInThroughAuthJs(user.email, DEFAULT_PASSWORD)).session).toBeDefined();
    }
  });

  it('counts failures per socket address, whatever X-Forwarded-For says, and not for other addresses', async () => {
    hookSocketAddress(true);
    const spray = await Promise.all(Array.from({ length: 3 }, () => createUser(testDb())));
    const victim = await createUser(testDb());
    // 30 failures spread over accounts from one address (a password spray), forged headers changing.
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const target = spray[attempt % spray.length]!;
      await signInThroughAuthJs(target.email, `essai-${attempt}`, { [SOCKET_ADDRESS_HEADER]: '203.0.113.7', 'x-forwarded-for': `10.0.0.${attempt}` });
    }
    const fromAttacker = await signInThroughAuthJs(victim.email, DEFAULT_PASSWORD, { [SOCKET_ADDRESS_HEADER]: '203.0.113.7', 'x-forwarded-for': '10.9.9.9' });
    expect(fromAttacker.session).toBeUndefined();
    const fromElsewhere = await signInThroughAuthJs(victim.email, DEFAULT_PASSWORD, { [SOCKET_ADDRESS_HEADER]: '198.51.100.20' });
    expect(fromElsewhere.session).toBeDefined();
  });
});

describe('client address', () => {
  const request = (headers: Record<string, string>) => new Headers(headers);

  it('is the socket’s by default (no proxy): X-Forwarded-For is the client’s word', () => {
    hookSocketAddress(true);
    expect(addressOf(request({ [SOCKET_ADDRESS_HEADER]: '::ffff:203.0.113.7', 'x-forwarded-for': '1.2.3.4' }), 0)).toBe('203.0.113.7');
  });

  it('is the entry our proxy appended when TRUSTED_PROXY_HOPS=1', () => {
    hookSocketAddress(true);
    const headers = request({ [SOCKET_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': '1.2.3.4, 203.0.113.7' });
    expect(addressOf(headers, 1)).toBe('203.0.113.7');
  });

  it('is unknown when the start-up hook did not write the socket header (a client-sent one is ignored)', () => {
    expect(addressOf(request({ [SOCKET_ADDRESS_HEADER]: '203.0.113.7', 'x-forwarded-for': '203.0.113.7' }), 0)).toBeNull();
  });
});

describe('Auth.js pages', () => {
  it.each([
    ['javascript:', '/api/auth/signin?callbackUrl=javascript:alert(document.cookie)'],
    ['another site', '/api/auth/signin?callbackUrl=https://pirate.example/'],
    ['protocol-relative', '/api/auth/signin?callbackUrl=//pirate.example/'],
    ['malformed', '/api/auth/signin?callbackUrl=http://%zz'],
    ['error page', '/api/auth/error?error=Configuration'],
  ])('answer a redirect to a page of ours for %s, never a 500', async (_case, path) => {
    const response = await handlers.GET(new Request(`http://localhost:3000${path}`) as never);
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    const location = new URL(response.headers.get('location') ?? '', 'http://localhost:3000');
    expect(location.origin).toBe('http://localhost:3000');
    expect(location.pathname).toBe('/connexion');
    expect(decodeURIComponent(location.search)).not.toMatch(/javascript:|pirate/);
  });
});
