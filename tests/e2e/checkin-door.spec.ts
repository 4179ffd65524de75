import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { devices, type Browser, type Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, expectHydrated, screenshot } from './support';

// Event day on phones: a coordinator and a volunteer (check-in link + PIN) on the same list, two days,
// QR codes read from an image, and a network that comes and goes.

const phone = devices['Pixel 7'];
test.use({ ...phone });

type Seeded = { event: { id: string; title: string }; people: Array<{ id: string; name: string; token: string }>; waiting: { name: string; token: string } };

const presentButton = (page: Page, name: string) => page.getByRole('button', { name: `Marquer ${name} présent·e` });
const excusedButton = (page: Page, name: string) => page.getByRole('button', { name: `Marquer ${name} excusé·e` });
/** The board's 30 s question: the version of the day's list (a server action, POSTed with its id). */
const versionAnswer = (page: Page) => page.waitForResponse((response) => response.request().method() === 'POST' && response.request().headers()['next-action'] !== undefined);

/** The page fetched again by the router (prefetches of links left aside). */
function countRefreshes(page: Page) {
  const refreshes = { count: 0 };
  page.on('request', (request) => {
    const headers = request.headers();
    if (request.method() === 'GET' && headers['rsc'] === '1' && headers['next-router-prefetch'] === undefined) refreshes.count += 1;
  });
  return refreshes;
}

const counter = (page: Page, label: string) => page.locator('dl > div').filter({ hasText: label }).getByRole('definition');

async function openCheckIn(page: Page, eventId: string, day?: string) {
  await page.goto(`/evenements/${eventId}/pointage${day ? `?jour=${day}` : ''}`);
  await expectHydrated(page);
}

/** The coordinator creates a volunteer link; a second phone opens it and types the PIN. */
async function volunteerPhone(browser: Browser, coordinator: Page, eventId: string, baseURL: string) {
  await openCheckIn(coordinator, eventId);
  await coordinator.getByLabel('Pour qui').fill('Accueil');
  await coordinator.getByRole('button', { name: 'Créer le lien' }).click();
  const url = (await coordinator.getByTestId('lien-benevole').textContent())!;
  const pin = (await coordinator.getByTestId('pin-benevole').textContent())!;
  expect(url).toMatch(/\/pointage\/[A-Za-z0-9_-]{43}$/);
  const context = await browser.newContext({ ...phone, baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  // Time flows as usual; the test jumps it forward to the board's next check instead of waiting 30 s.
  await context.clock.install();
  const volunteer = await context.newPage();
  await volunteer.goto(url);
  await expectHydrated(volunteer);
  await expect(volunteer.getByRole('heading', { level: 1 })).toContainText('Pointage');
  await volunteer.getByLabel('Code PIN (6 chiffres)').fill(pin === '000000' ? '111111' : '000000');
  await volunteer.getByRole('button', { name: 'Ouvrir la liste de pointage' }).click();
  await expect(volunteer.getByText('Ce code PIN ne correspond pas à ce lien de pointage.')).toBeVisible();
  await volunteer.getByLabel('Code PIN (6 chiffres)').fill(pin);
  await volunteer.getByRole('button', { name: 'Ouvrir la liste de pointage' }).click();
  await expect(volunteer.getByLabel('Rechercher une personne')).toBeVisible();
  return { volunteer, context, url };
}

test('two phones, two days: each shows what the server holds', async ({ page, browser, seed, hub }, testInfo) => {
  const world = (await seed.createCheckInEvent(hub)) as Seeded;
  const [amina, bastien] = world.people as [Seeded['people'][0], Seeded['people'][0]];
  await signInAs(page, hub.coordinator);
  const { volunteer, context } = await volunteerPhone(browser, page, world.event.id, testInfo.project.use.baseURL!);
  const refreshes = countRefreshes(volunteer);

  // On a phone the search and the list come first; the event's sections fold away.
  await expect(page.getByRole('navigation', { name: 'Sections de l’événement' }).getByText('Sections de l’événement')).toBeVisible();
  const search = await page.getByLabel('Rechercher une personne').boundingBox();
  expect(search!.y + search!.height).toBeLessThan(phone.viewport.height);

  // Day 1: the volunteer marks Amina present; the coordinator marks Bastien excused then present.
  await presentButton(volunteer, amina.name).click();
  await expect(presentButton(volunteer, amina.name)).toHaveAttribute('aria-pressed', 'true');
  await expect(volunteer.getByText('Bénévole (Accueil)')).toBeVisible();
  await excusedButton(page, bastien.name).click();
  await presentButton(page, bastien.name).click();
  await expect(page.getByText(/pointages? en attente/)).toHaveCount(0);

  // The volunteer's phone shows the coordinator's taps without reloading: 30 s later it asks for the
  // list's version, sees it changed, and fetches the page again.
  let asked = versionAnswer(volunteer);
  await volunteer.clock.fastForward('00:31');
  await asked;
  await expect(presentButton(volunteer, bastien.name)).toHaveAttribute('aria-pressed', 'true');
  await expect(counter(volunteer, 'Présent·es')).toHaveText('2');
  const fetched = refreshes.count;
  expect(fetched).toBeGreaterThan(0);
  // Nothing changed since: the next two checks fetch nothing more (a fetch after the first one would
  // have started before the second one is answered).
  for (let check = 0; check < 2; check += 1) {
    asked = versionAnswer(volunteer);
    await volunteer.clock.fastForward('00:31');
    await asked;
  }
  expect(refreshes.count).toBe(fetched);

  // The coordinator reloads: Amina is present, marked by the volunteer; Bastien present, not excused.
  await page.reload();
  await expect(presentButton(page, amina.name)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/Présent·e · \d\d:\d\d, par Bénévole \(Accueil\)/)).toBeVisible();
  await expect(presentButton(page, bastien.name)).toHaveAttribute('aria-pressed', 'true');
  await expect(counter(page, 'Présent·es')).toHaveText('2');

  // Day 2 on the coordinator's phone: nobody is checked in yet (day 1's taps stay on day 1).
  await page.getByRole('link', { name: 'vendredi 12 février', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Pointage du vendredi 12 février' })).toBeVisible();
  await expect(counter(page, 'Présent·es')).toHaveText('0');
  await expect(presentButton(page, amina.name)).toHaveAttribute('aria-pressed', 'false');
  await excusedButton(page, amina.name).click();
  await expect(excusedButton(page, amina.name)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/pointages? en attente/)).toHaveCount(0);

  // The volunteer switches to day 2, then back to day 1: each day as the server holds it.
  await volunteer.getByRole('link', { name: 'vendredi 12 février', exact: true }).click();
  await expect(excusedButton(volunteer, amina.name)).toHaveAttribute('aria-pressed', 'true');
  await expect(presentButton(volunteer, bastien.name)).toHaveAttribute('aria-pressed', 'false');
  await volunteer.getByRole('link', { name: 'jeudi 11 février', exact: true }).click();
  await expect(presentButton(volunteer, amina.name)).toHaveAttribute('aria-pressed', 'true');
  await expect(presentButton(volunteer, bastien.name)).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(volunteer);
  await screenshot(volunteer, 'pointage-benevole');

  // The coordinator revokes the link: the volunteer's next visit is refused.
  await page.getByRole('button', { name: 'Révoquer le lien « Accueil »' }).click();
  await expect(page.getByText(/révoqué · créé par/)).toBeVisible();
  await volunteer.reload();
  await expect(volunteer.getByRole('heading', { name: 'Lien de pointage non valable' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'pointage-coordination-jour-2');
  await context.close();
});

test('a QR code read from an image marks the person present, with a distinct message for each refusal', async ({ page, seed, hub }) => {
  const world = (await seed.createCheckInEvent(hub)) as Seeded;
  const chloe = world.people[2]!;
  const qrFile = async (token: string, name: string) => {
    await page.goto(`/inscription/${token}`);
    const source = await page.getByRole('img', { name: /QR code de pointage/ }).getAttribute('src');
    const file = path.join(tmpdir(), `qr-${name}-${hub.tag}.png`);
    await writeFile(file, Buffer.from(source!.replace(/^data:image\/png;base64,/, ''), 'base64'));
    return file;
  };
  // A confirmed person's page shows their QR code; someone on the waiting list has none.
  const chloeQr = await qrFile(chloe.token, 'chloe');
  // …and their own calendar, made from the same personal link.
  const calendar = await page.request.get(await page.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' }).getAttribute('href') as string);
  expect(calendar.headers()['content-type']).toMatch(/^text\/calendar/);
  expect(await calendar.text()).toContain('BEGIN:VEVENT');
  await expectAccessible(page);
  await screenshot(page, 'inscription-qr');
  await page.goto(`/inscription/${world.waiting.token}`);
  await expect(page.getByRole('img', { name: /QR code de pointage/ })).toHaveCount(0);

  await signInAs(page, hub.coordinator);
  await openCheckIn(page, world.event.id);
  const scan = page.getByLabel('Scanner une image');
  const feedback = page.getByTestId('retour-scan');
  await scan.setInputFiles(chloeQr);
  await expect(feedback).toHaveText(`${chloe.name} : présent·e ✓`);
  await expect(presentButton(page, chloe.name)).toHaveAttribute('aria-pressed', 'true');
  await expect(counter(page, 'Présent·es')).toHaveText('1');
  await screenshot(page, 'pointage-scan');

  // Scanned again: already present, nothing changes.
  await scan.setInputFiles(chloeQr);
  await expect(feedback).toContainText(`${chloe.name} est déjà pointé·e présent·e`);

  // An image without a QR code.
  const blank = path.join(tmpdir(), `vide-${hub.tag}.png`);
  await writeFile(
    blank,
    Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
  );
  await scan.setInputFiles(blank);
  await expect(feedback).toContainText('Aucun QR code lisible sur cette image');
  await expectAccessible(page);
});

test('offline at the venue: taps wait on the phone and are sent when the network returns', async ({ page, context, seed, hub }) => {
  const world = (await seed.createCheckInEvent(hub)) as Seeded;
  await signInAs(page, hub.coordinator);
  await openCheckIn(page, world.event.id);
  await expect(presentButton(page, world.people[0]!.name)).toBeVisible();

  await context.setOffline(true);
  await expect(page.getByText('Hors ligne : les pointages sont gardés sur cet appareil et envoyés au retour du réseau.')).toBeVisible();
  for (const person of world.people.slice(0, 3)) await presentButton(page, person.name).click();
  await expect(page.getByText('3 pointages en attente')).toBeVisible();
  await expect(counter(page, 'Présent·es')).toHaveText('3');
  await expectAccessible(page);
  await screenshot(page, 'pointage-hors-ligne');

  await context.setOffline(false);
  await expect(page.getByText(/pointages? en attente/)).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByText('Hors ligne')).toHaveCount(0);
  await page.reload();
  for (const person of world.people.slice(0, 3)) await expect(presentButton(page, person.name)).toHaveAttribute('aria-pressed', 'true');
  await expect(counter(page, 'Présent·es')).toHaveText('3');
});

test('a crowd: the list is drawn 50 people at a time, the search finds everyone', async ({ page, seed, hub }) => {
  const { event } = await seed.createCrowdedCheckInEvent(hub, { people: 120 });
  const person = (n: number) => `Personne ${String(n).padStart(3, '0')}-${hub.tag}`;
  await signInAs(page, hub.coordinator);
  await openCheckIn(page, event.id);

  // 108 expected on the first day (every tenth comes on the second day only): the first 50 are drawn.
  await expect(counter(page, 'Attendu·es ce jour')).toHaveText('108');
  await expect(presentButton(page, person(0))).toBeVisible();
  await expect(presentButton(page, person(54))).toBeVisible();
  await expect(presentButton(page, person(55))).toHaveCount(0);
  await expect(page.getByText('50 sur 108 personnes affichées : tapez quelques lettres du nom pour trouver quelqu’un.')).toBeVisible();
  const more = page.getByRole('button', { name: 'Afficher 50 personnes de plus', exact: true });
  await more.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/e2e/screenshots/pointage-foule-suite.png' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await more.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/e2e/screenshots/pointage-foule-suite-large.png' });
  await page.setViewportSize(phone.viewport);

  // More rows on request.
  await more.click();
  await expect(presentButton(page, person(55))).toBeVisible();
  await expect(page.getByText('100 sur 108 personnes affichées', { exact: false })).toBeVisible();

  // The search looks through everyone, from its first rows; cleared, the list keeps the rows drawn.
  const search = page.getByLabel('Rechercher une personne');
  await search.fill(person(117));
  await expect(page.getByText('1 sur 120 personnes', { exact: true })).toBeVisible();
  await presentButton(page, person(117)).click();
  await expect(presentButton(page, person(117))).toHaveAttribute('aria-pressed', 'true');
  await expect(counter(page, 'Présent·es')).toHaveText('1');
  await search.fill(person(0).slice(0, 9));
  await expect(page.getByText('50 sur 120 personnes affichées', { exact: false })).toBeVisible();
  await search.fill('');
  await expect(presentButton(page, person(55))).toBeVisible();
  await page.getByRole('button', { name: 'Afficher 8 personnes de plus', exact: true }).click();
  await expect(presentButton(page, person(117))).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: /de plus$/ })).toHaveCount(0);

  // People of the second day only are drawn once their fold is opened.
  await expect(presentButton(page, person(9))).toHaveCount(0);
  await page.getByText('12 personnes inscrites pour d’autres jours seulement', { exact: true }).click();
  await expect(presentButton(page, person(9))).toBeVisible();
  await expectAccessible(page);
  await page.getByText('12 personnes inscrites pour d’autres jours seulement', { exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/e2e/screenshots/pointage-foule-autres-jours.png' });
});
