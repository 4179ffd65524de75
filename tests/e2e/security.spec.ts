import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures';

test('a server action refuses a request from another site (Next’s Origin check)', async ({ page, playwright, baseURL, hub }) => {
  // Capture the sign-in action as the browser sends it…
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(hub.coordinator.email);
  await page.getByLabel('Mot de passe').fill(hub.coordinator.password);
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && r.headers()['next-action'] !== undefined),
    page.getByRole('button', { name: 'Se connecter' }).click(),
  ]);
  const dropped = new Set(['host', 'cookie', 'content-length']);
  const headers = Object.fromEntries(Object.entries(await request.allHeaders()).filter(([name]) => !dropped.has(name)));
  const replay = async (origin: string) => {
    const client = await playwright.request.newContext({ baseURL });
    const response = await client.post(new URL(request.url()).pathname, {
      headers: { ...headers, origin },
      data: request.postDataBuffer() ?? undefined,
      maxRedirects: 0,
    });
    const cookies = response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);
    await client.dispose();
    return { status: response.status(), session: cookies.some((c) => c.includes('authjs.session-token')) };
  };
  // …then replay it: from another site, no session; from the app itself, a session.
  const forged = await replay('https://pirate.example');
  expect(forged.session).toBe(false);
  expect(forged.status).toBeGreaterThanOrEqual(400);
  expect((await replay(new URL(baseURL!).origin)).session).toBe(true);
});

test('the 11th failed sign-in on one account is refused, whatever the password', async ({ page }) => {
  const email = `essai-${randomUUID().slice(0, 8)}@exemple.fr`;
  await page.goto('/connexion');
  for (let attempt = 1; attempt <= 11; attempt += 1) {
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(`mauvais-mot-de-passe-${attempt}`);
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.request().headers()['next-action'] !== undefined),
      page.getByRole('button', { name: 'Se connecter' }).click(),
    ]);
    const expected = attempt <= 10 ? 'E-mail ou mot de passe incorrect.' : /Trop de tentatives\. Réessayez dans \d+ minutes?\./;
    await expect(page.getByText(expected)).toBeVisible();
    if (attempt <= 10) await expect(page.getByText(/Trop de tentatives/)).toHaveCount(0);
  }
});
