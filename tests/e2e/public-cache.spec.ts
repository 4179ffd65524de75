import { expect, signInAs, test } from './fixtures';

// A past event, public, with the demo's Marseille programme (tests/factories/public.ts).
const TITLE = 'Atelier : cartographier les lieux de médiation';
const RENAMED = 'Atelier : cartographier les tiers-lieux de médiation';

test('the public page is served from the cache, and a renamed session shows at once on the page, its .ics and its JSON', async ({ page, request, seed, hub }) => {
  test.setTimeout(120_000);
  const { slug: SLUG, title: EVENT } = await seed.createPastEvent(hub, { withOutcome: false });
  const first = await request.get(`/e/${SLUG}`);
  expect(await first.text()).toContain(TITLE);
  // Served from Next's cache. Journeys running alongside may invalidate every public page (a programme
  // change elsewhere), so the page is asked again until it is served from the cache.
  await expect.poll(async () => (await request.get(`/e/${SLUG}`)).headers()['x-nextjs-cache']).toBe('HIT');

  await signInAs(page, hub.coordinator);
  const rename = async (from: string, to: string) => {
    await page.goto('/');
    await page.getByRole('link', { name: EVENT, exact: true }).first().click();
    await page.getByRole('navigation', { name: 'Sections de l’événement' }).getByRole('link', { name: 'Programme' }).click();
    await page.getByRole('link', { name: `${from} — modifier la séance` }).first().click();
    await page.getByRole('textbox', { name: 'Titre', exact: true }).fill(to);
    await page.getByRole('button', { name: 'Enregistrer la séance' }).click();
    await expect(page).toHaveURL(/\/programme$/);
  };
  await rename(TITLE, RENAMED);
  const fresh = await request.get(`/e/${SLUG}`);
  const html = await fresh.text();
  expect(html).toContain(RENAMED);
  expect(html).not.toContain(TITLE);
  expect(await (await request.get(`/e/${SLUG}/calendar.ics`)).text()).toContain(RENAMED);
  expect(await (await request.get(`/e/${SLUG}/programme.json`)).text()).toContain(RENAMED);
  await page.goto(`/e/${SLUG}`);
  await expect(page.getByRole('heading', { name: RENAMED })).toBeVisible();
});
