import { expect, test } from '@playwright/test';

// The icons and the web manifest follow Next's file conventions (app/favicon.ico, icon.svg,
// apple-icon.png, manifest.ts) plus two PNGs in public/: none of them is a 404 any more.
test('the favicon, the icons and the web manifest are served and linked', async ({ page, request }) => {
  for (const [path, type] of [
    ['/favicon.ico', /image\/(x-icon|vnd\.microsoft\.icon)/],
    ['/icon.svg', /image\/svg\+xml/],
    ['/apple-icon.png', /image\/png/],
    ['/icon-192.png', /image\/png/],
    ['/icon-512.png', /image\/png/],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(type);
  }
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);
  expect(await manifest.json()).toMatchObject({ name: 'Trame', lang: 'fr', icons: expect.arrayContaining([expect.objectContaining({ src: '/icon-512.png' })]) });

  await page.goto('/connexion');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  await expect(page.locator('link[rel="icon"]').first()).toBeAttached();
  await expect(page.locator('link[rel="apple-touch-icon"]')).toBeAttached();
});
