// On the running production build: Auth.js's own credentials endpoint is limited like the form, the
// address counted is the connection's (a forged X-Forwarded-For changes nothing), and its sign-in
// page never answers 500 for a hostile callbackUrl.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import pg from 'pg';
import { confirmAddress } from './account-links';

const PASSWORD = 'girafe-trombone-citron-42';

/** The sign-in counters by address, read on the e2e server's database (scripts/start.mjs writes its address). */
async function signInAddressKeys(): Promise<string[]> {
  const url = readFileSync(path.resolve(__dirname, '..', '..', '.data', `e2e-${process.env.E2E_PORT ?? 3210}.url`), 'utf8').trim();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ key: string }>(`SELECT key FROM "RateLimit" WHERE key LIKE 'signInAddress:%'`)).rows.map((row) => row.key);
  } finally {
    await client.end();
  }
}

async function signInThroughAuthJs(request: APIRequestContext, email: string, password: string, forwardedFor: string) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken },
    headers: { 'x-forwarded-for': forwardedFor },
    maxRedirects: 0,
  });
  const cookies = response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);
  return { location: response.headers().location ?? '', session: cookies.some((c) => /authjs\.session-token=[^;]+/.test(c)) };
}

test('the credentials endpoint refuses the right password after 10 failures, whatever X-Forwarded-For says', async ({ page, playwright, baseURL }) => {
  const email = `limite-${randomUUID().slice(0, 8)}@exemple.fr`;
  await page.goto('/inscription');
  await page.getByLabel('Prénom et nom').fill('Lina Limite');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByLabel('Nom de la structure').fill('Hub des limites');
  await page.getByLabel('Type de structure').selectOption({ label: 'Association' });
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await confirmAddress(page, email);

  const request = await playwright.request.newContext({ baseURL });
  expect((await signInThroughAuthJs(request, email, PASSWORD, '198.51.100.1')).session).toBe(true);
  for (let attempt = 1; attempt <= 12; attempt += 1) {
    expect((await signInThroughAuthJs(request, email, `mauvais-${attempt}`, `198.51.100.${attempt + 1}`)).session).toBe(false);
  }
  const blocked = await signInThroughAuthJs(request, email, PASSWORD, '203.0.113.99');
  expect(blocked.session).toBe(false);
  expect(blocked.location).toContain('code=rate_limited');
  await request.dispose();

  // The failures were counted under the connection's address, never under a forged one.
  const keys = await signInAddressKeys();
  expect(keys.length).toBeGreaterThan(0);
  expect(keys.some((key) => /198\.51\.100|203\.0\.113/.test(key))).toBe(false);
});

test('a hostile callbackUrl on Auth.js’s sign-in page leads to /connexion, not to a 500', async ({ request }) => {
  for (const callbackUrl of ['javascript:alert(document.cookie)', '//pirate.example/', 'http://%zz']) {
    const response = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, { maxRedirects: 0 });
    expect(response.status(), callbackUrl).toBeLessThan(400);
    expect(response.headers().location ?? '').not.toMatch(/javascript:|pirate/);
  }
});
