import { randomUUID } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { expect, signInAs, test, type Hub } from './fixtures';

// Three journeys with the keyboard only (Tab, Shift+Tab, Enter, Space, arrows, typing): never a
// click after signing in. At every stop the focused element must show a visible focus indicator.

/** Fails unless the focused element draws an outline or a ring (box-shadow) of its own. */
async function expectVisibleFocus(page: Page, { allowNone = false } = {}) {
  const focus = await page.evaluate((allowNone) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { ok: allowNone, what: 'nothing focused' };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none' && style.boxShadow !== '';
    const what = `${el.tagName.toLowerCase()} « ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)} »`;
    return { ok: outline || ring, what };
  }, allowNone);
  expect(focus.ok, `focus not visible on ${focus.what}`).toBe(true);
}

/** Tabs (forwards, or backwards with Shift) until `target` has the focus, checking every stop. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return expectVisibleFocus(page);
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    // Past the last element, Tab leaves the page for the browser's own controls, then comes back.
    await expectVisibleFocus(page, { allowNone: true });
  }
  throw new Error(`Focus never reached ${target}`);
}

/** Signs in and opens the hub's event open to registration (three people registered, no programme day). */
async function openEvent(page: Page, hub: Hub, title: string): Promise<string> {
  await signInAs(page, hub.coordinator);
  await tabTo(page, page.getByRole('link', { name: title, exact: true }).first());
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/evenements\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

test('diagnostic: search a territory, answer, save, with the keyboard', async ({ page, hub }) => {
  await signInAs(page, hub.coordinator);
  await page.goto('/diagnostic');
  const combobox = page.getByRole('combobox', { name: 'Territoire' });
  await tabTo(page, combobox);
  await page.keyboard.type('marseille');
  await expect(page.getByRole('option', { name: 'Marseille (commune, 13)' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(combobox).toHaveValue('Marseille (commune, 13)');
  // Each question: Tab enters the group, Space checks, arrows move the choice.
  for (const steps of [1, 0, 2]) {
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page);
    await page.keyboard.press('Space');
    for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowRight');
    await expectVisibleFocus(page);
  }
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(3);
  // Back to the territory and forth again, to show Shift+Tab works across the groups.
  await tabTo(page, combobox, { backwards: true });
  await tabTo(page, page.getByRole('button', { name: 'Enregistrer et voir le résultat' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/diagnostic\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Marseille (commune, 13)' })).toBeVisible();
});

test('programme: add a session with the keyboard', async ({ page, seed, hub }) => {
  const { title: eventTitle } = await seed.createRegistrationEvent(hub);
  const event = await openEvent(page, hub, eventTitle);
  await page.goto(`${event}/programme`);
  const addSession = page.getByRole('link', { name: 'Ajouter une séance' });
  await expect(addSession).toHaveCount(0);
  // No day yet: add one, typing into the date and time fields. 2 February reads the same in the
  // day/month order of a French browser and the month/day order of an English one.
  const dayForm = page.getByRole('region', { name: 'Ajouter une journée', exact: true });
  await tabTo(page, dayForm.getByLabel('Date'));
  await page.keyboard.type('02022027');
  await expect(dayForm.getByLabel('Date')).toHaveValue('2027-02-02');
  await tabTo(page, dayForm.getByLabel('Ouverture'));
  await page.keyboard.type('0900');
  await tabTo(page, dayForm.getByLabel('Fermeture'));
  await page.keyboard.type('1230');
  await tabTo(page, dayForm.getByRole('button', { name: 'Ajouter la journée' }));
  await page.keyboard.press('Enter');
  await expect(addSession.first()).toBeVisible();
  await tabTo(page, addSession.first());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Nouvelle séance' })).toBeVisible();

  const title = `Atelier au clavier ${randomUUID().slice(0, 6)}`;
  await tabTo(page, page.getByRole('textbox', { name: 'Titre', exact: true }));
  await page.keyboard.type(title);
  await tabTo(page, page.getByLabel('Début (heure de Paris)'));
  await page.keyboard.type('1000');
  const format = page.getByRole('combobox', { name: 'Format', exact: true });
  await tabTo(page, format);
  await page.keyboard.type('Atelier');
  await expect(format).toHaveValue('atelier');
  await tabTo(page, page.getByRole('button', { name: 'Ajouter la séance' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: `${title} — modifier la séance` }).first()).toBeVisible();
});

test('check-in: find someone and mark them present with the keyboard', async ({ page, seed, hub }) => {
  const { title } = await seed.createRegistrationEvent(hub);
  const event = await openEvent(page, hub, title);
  await page.goto(`${event}/pointage`);
  await tabTo(page, page.getByLabel('Rechercher une personne'));
  await page.keyboard.type('awa');
  const present = page.getByRole('button', { name: 'Marquer Awa Diallo présent·e' });
  await tabTo(page, present);
  await page.keyboard.press('Space');
  await expect(present).toHaveAttribute('aria-pressed', 'true');
  await expectVisibleFocus(page);
  // Enter undoes it: a pressed button pressed again clears the mark.
  await page.keyboard.press('Enter');
  await expect(present).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Space');
  await expect(present).toHaveAttribute('aria-pressed', 'true');
});
