import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';

// Texts typed into Trame are shown as text, never run as HTML, in the app and on the public page.
// A hook counts dialogs and the payloads' own side effect (window.__pwned); both must stay at zero.

const tag = randomUUID().slice(0, 6);
const IMG = `<img src=x onerror="window.__pwned=1;alert('img')"> ${tag}`;
const SCRIPT = `<script>window.__pwned=1;alert('script')</script> ${tag}`;

function watch(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return {
    dialogs,
    async expectNothingRan() {
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
    },
  };
}

test('HTML in a session title, its description and a speaker’s name is shown as text everywhere', async ({ page, seed, hub }) => {
  test.setTimeout(180_000);
  // A published event (its public page shows the programme), no programme day yet.
  const { title: EVENT, slug } = await seed.createRegistrationEvent(hub);
  const PUBLIC_PAGE = `/e/${slug}`;
  const hook = watch(page);
  await signInAs(page, hub.coordinator);
  await page.getByRole('link', { name: EVENT, exact: true }).first().click();
  await expect(page).toHaveURL(/\/evenements\/[0-9a-f-]{36}$/);
  const event = new URL(page.url()).pathname;
  await page.goto(`${event}/programme`);

  const dayForm = page.getByRole('region', { name: 'Ajouter une journée', exact: true });
  await dayForm.getByLabel('Date').fill('2027-01-21');
  await dayForm.getByLabel('Ouverture').fill('09:00');
  await dayForm.getByLabel('Fermeture').fill('12:30');
  await dayForm.getByRole('button', { name: 'Ajouter la journée' }).click();
  await expect(page.getByRole('link', { name: 'Ajouter une séance' }).first()).toBeVisible();
  const speakerForm = page.getByRole('region', { name: 'Ajouter une personne', exact: true });
  await speakerForm.getByRole('textbox', { name: 'Nom', exact: true }).fill(IMG);
  await speakerForm.getByLabel('Fonction').fill(SCRIPT);
  await speakerForm.getByRole('button', { name: 'Ajouter la personne' }).click();
  await expect(page.getByText(IMG, { exact: true }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Ajouter une séance' }).first().click();
  await page.getByRole('textbox', { name: 'Titre', exact: true }).fill(SCRIPT);
  await page.getByLabel('Description').fill(`${IMG}\n${SCRIPT}`);
  await page.getByLabel('Début (heure de Paris)').fill('11:00');
  await page.getByRole('combobox', { name: 'Format', exact: true }).selectOption('atelier');
  await page.getByRole('group', { name: 'Intervenant·es' }).getByLabel(IMG).check();
  await page.getByRole('button', { name: 'Ajouter la séance' }).click();
  const sessionLink = page.getByRole('link', { name: `${SCRIPT} — modifier la séance` }).first();
  await expect(sessionLink).toBeVisible();
  await hook.expectNothingRan();

  await sessionLink.click();
  await expect(page.getByRole('textbox', { name: 'Titre', exact: true })).toHaveValue(SCRIPT);
  await hook.expectNothingRan();

  for (const address of [PUBLIC_PAGE, `${event}/programme/imprimer`]) {
    await page.goto(address);
    await expect(page.getByText(SCRIPT).first()).toBeVisible();
    await expect(page.getByText(IMG).first()).toBeVisible();
    await hook.expectNothingRan();
  }
});
