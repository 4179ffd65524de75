import { devices, type Page } from '@playwright/test';
import { expect, test, type Hub, type Seeder } from './fixtures';
import { expectAccessible, screenshot } from './support';

// A past event (status DONE, so public) with the demo's one-day Marseille programme: two rooms,
// three speakers, four sessions, one of them cancelled (tests/factories/public.ts).
async function publicEvent(seed: Seeder, hub: Hub) {
  const event = await seed.createPastEvent(hub, { withOutcome: false });
  return { ...event, page: `/e/${event.slug}`, organiser: hub.organisation.name };
}

/** The session cards (a time slot's list item holds its parallel sessions' cards). */
const sessionCards = (page: Page) => page.locator('li[id^="seance-"]');

async function expectThePublicProgramme(page: Page, event: { title: string; organiser: string }) {
  await expect(page.getByRole('heading', { level: 1, name: event.title })).toBeVisible();
  await expect(page.getByText(`Organisé par ${event.organiser}`)).toBeVisible();
  await expect(page.getByText('Événement terminé')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /jeudi 8 octobre 2026/i })).toBeVisible();
  await expect(page.getByRole('heading', { level: 4 })).toHaveCount(4);
}

test('anyone reads the programme of a published event, with its feeds, without signing in', async ({ page, seed, hub }) => {
  const event = await publicEvent(seed, hub);
  const PAGE = event.page;
  const response = await page.goto(PAGE);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(new RegExp(`^${event.title}`));
  await expectThePublicProgramme(page, event);

  const facts = page.getByRole('region', { name: 'Informations pratiques' });
  await expect(facts.getByText('Cité des associations')).toBeVisible();
  await expect(facts.getByText('93 La Canebière, 13001 Marseille')).toBeVisible();
  await expect(facts.getByRole('listitem').filter({ hasText: 'Accessible aux personnes à mobilité réduite' })).toBeVisible();
  await expect(facts.getByRole('listitem').filter({ hasText: 'À proximité d’une gare' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Inscription' })).toContainText('les inscriptions sont closes');

  const cancelled = sessionCards(page).filter({ has: page.getByRole('heading', { name: 'Atelier : accueillir les publics éloignés' }) });
  await expect(cancelled.getByText('Annulé', { exact: true })).toBeVisible();
  await expect(cancelled).toContainText('Motif : Intervenante indisponible');
  await expect(cancelled.getByRole('heading')).toHaveCSS('text-decoration-line', 'line-through');
  const demo = sessionCards(page).filter({ has: page.getByRole('heading', { name: 'Démo : les outils de la médiation' }) });
  await expect(demo).toContainText('11 h – 12 h · Salle plénière · Démo · Sur pré-inscription');
  await expect(demo).toContainText('Avec Julien Morel');

  const speakers = page.getByRole('region', { name: 'Intervenant·es' });
  await expect(speakers.getByRole('listitem')).toHaveCount(3);
  await expect(speakers.getByRole('listitem').filter({ hasText: 'Nadia Benali' })).toContainText('Coordinatrice');
  const html = await page.content();
  for (const secret of ['@exemple.fr', '06 12 34 56 78', 'Contact régie', 'FEMME']) expect(html).not.toContain(secret);

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event', name: event.title, startDate: '2026-10-08T09:30:00+02:00' });
  expect(jsonLd.subEvent).toHaveLength(4);

  await expectAccessible(page);
  await screenshot(page, 'public-evenement');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' }).click();
  expect((await download).suggestedFilename()).toBe(`${event.slug}.ics`);
  const ics = await page.request.get(`${PAGE}/calendar.ics`);
  expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR/);

  const sessionHref = await demo.getByRole('link', { name: /Ajouter à mon agenda/ }).getAttribute('href');
  const sessionIcs = await page.request.get(sessionHref ?? '');
  expect(sessionIcs.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(await sessionIcs.text()).toContain('SUMMARY:Démo : les outils de la médiation');

  const json = await page.request.get(`${PAGE}/programme.json`);
  const programme = await json.json();
  expect(programme.days).toHaveLength(1);
  expect(programme.days[0].sessions.map((s: { status: string }) => s.status)).toEqual(['planned', 'planned', 'cancelled', 'planned']);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 4 })).toHaveCount(4);
  await screenshot(page, 'public-evenement-impression');
});

test('an unknown or unpublished event is not found', async ({ page }) => {
  const response = await page.goto('/e/evenement-qui-n-existe-pas');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Événement introuvable' })).toBeVisible();
  expect((await page.request.get('/e/evenement-qui-n-existe-pas/calendar.ics')).status()).toBe(404);
});

test.describe('on a phone', () => {
  // A Pixel 7's screen in the project's Chromium (a browser type cannot change inside a file).
  const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent } = devices['Pixel 7'];
  test.use({ viewport, deviceScaleFactor, isMobile, hasTouch, userAgent });

  test('the public page reads in one column without sideways scrolling', async ({ page, seed, hub }) => {
    const event = await publicEvent(seed, hub);
    await page.goto(event.page);
    await expectThePublicProgramme(page, event);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await screenshot(page, 'public-evenement-mobile');
  });
});
