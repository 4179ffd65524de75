import type { Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, expectHydrated, screenshot } from './support';

// Issue 18 (« a guided product »): the public event page on a phone, the registration form's errors
// brought into view, the organisers' participant list, and both on paper.

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1440, height: 900 };

async function screenshots(page: Page, name: string) {
  await page.setViewportSize(DESK);
  await screenshot(page, `${name}-1440`);
  await page.setViewportSize(PHONE);
  await screenshot(page, `${name}-390`);
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('the public page shows organisers, seats left, the register button on the first screen, the map and the agenda', async ({ page, seed, hub }) => {
    const event = await seed.createGuidedEvent(hub);
    await page.goto(`/e/${event.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: event.title })).toBeVisible();

    const register = page.getByRole('link', { name: 'S’inscrire', exact: true });
    const box = await register.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
    // 60 seats, 3 confirmed, 1 waiting (served first).
    await expect(page.getByRole('region', { name: 'Inscription' })).toContainText('56 places restantes');
    await expect(page.getByRole('link', { name: 'Ajouter à mon agenda (.ics)', exact: true })).toHaveAttribute('href', `/e/${event.slug}/calendar.ics`);
    await expect(page.getByRole('link', { name: 'Voir le lieu sur OpenStreetMap', exact: true })).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/search?query=Aix-en-Provence',
    );

    const organisers = page.getByRole('region', { name: 'Organisateurs' });
    await expect(organisers.getByText(hub.organisation.name, { exact: true })).toBeVisible();
    await expect(organisers.getByText('Structure porteuse', { exact: true })).toBeVisible();
    await expect(organisers.locator('img')).toHaveAttribute('src', `/o/${hub.organisation.id}/logo`);
    expect((await page.request.get(`/o/${hub.organisation.id}/logo`)).headers()['content-type']).toBe('image/png');
    await expect(organisers.getByRole('link', { name: `contact-${hub.tag}@hub.exemple.fr`, exact: true })).toHaveAttribute(
      'href',
      `mailto:contact-${hub.tag}@hub.exemple.fr`,
    );
    await expect(organisers.getByRole('link', { name: '04 91 00 00 00', exact: true })).toHaveAttribute('href', 'tel:0491000000');

    // Machines find the feeds in the head; people see no « JSON » link.
    await expect(page.getByRole('link', { name: /JSON/ })).toHaveCount(0);
    await expect(page.locator('link[rel="alternate"][type="application/json"]')).toHaveAttribute('href', `/e/${event.slug}/programme.json`);
    // Hours in running text: « 9 h 30 – 9 h 45 ».
    await expect(page.getByRole('region', { name: 'Programme' })).toContainText('9 h 30 – 9 h 45');

    await expectAccessible(page);
    await screenshots(page, 'guided-public');
    await page.emulateMedia({ media: 'print' });
    await expect(register).toBeHidden();
    await screenshot(page, 'guided-public-print');
  });

  test('a full event says so, and registration goes to the waiting list', async ({ page, seed, hub }) => {
    const event = await seed.createGuidedEvent(hub, { full: true });
    await page.goto(`/e/${event.slug}`);
    await expect(page.getByText('Complet — inscription sur liste d’attente', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'M’inscrire sur la liste d’attente', exact: true })).toBeInViewport();
    await expectAccessible(page);
  });

  test('a refused registration brings the first error into view and focuses it, above the consent box', async ({ page, seed, hub }) => {
    const event = await seed.createGuidedEvent(hub);
    await page.goto(`/e/${event.slug}/inscription`);
    await expectHydrated(page);
    await page.getByLabel('Prénom et nom').fill('Lou Testeur');
    await page.getByLabel('Adresse e-mail').fill('lou-chez-exemple.fr');
    await page.getByLabel('Vous êtes').selectOption({ label: 'Médiateur·rice numérique' });
    // The person scrolls down to the end of the form, consents and sends.
    const consent = page.getByRole('checkbox', { name: /J’accepte que mes données/ });
    await consent.check();
    await page.getByRole('button', { name: 'Je m’inscris', exact: true }).click();

    const email = page.getByLabel('Adresse e-mail');
    await expect(email).toBeFocused();
    await expect(email).toBeInViewport();
    await expect(page.getByText(/Cette adresse e-mail n’est pas valide|Indiquez une adresse e-mail valide/)).toBeInViewport();
    await expect(page).toHaveURL(new RegExp(`/e/${event.slug}/inscription$`));
    await screenshot(page, 'guided-registration-error-390');
  });
});

test('organisers see days, séances and needs per person, act on a row, and print the list', async ({ page, seed, hub }) => {
  await page.setViewportSize(DESK);
  const event = await seed.createGuidedEvent(hub);
  await signInAs(page, hub.coordinator);
  await page.goto(`/evenements/${event.id}/participants`);
  const table = page.getByRole('table', { name: /Inscriptions, 4 au total/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Nom', 'Contact et structure', 'Catégorie', 'Statut et provenance', 'Jours', 'Séances', 'Besoins signalés', 'Actions']);
  const waiting = table.getByRole('row').filter({ hasText: event.waitingName });
  await expect(waiting).toContainText('Vendredi 22 janvier');
  await expect(waiting).toContainText('Repas sans gluten');
  await expect(waiting).toContainText('rang 1');
  const ines = table.getByRole('row').filter({ hasText: 'Inès Benali' });
  await expect(ines).toContainText('Tous les jours');
  await expect(ines).toContainText('Atelier : accompagner les démarches en ligne');
  await expect(ines.getByRole('link', { name: 'Voir la fiche d’Inès Benali', exact: true })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'guided-participants');
  await page.setViewportSize(DESK);

  await waiting.getByRole('button', { name: `Confirmer maintenant l’inscription de ${event.waitingName}`, exact: true }).click();
  await expect(waiting.getByRole('status')).toHaveText('Inscription confirmée.');
  await expect(waiting).not.toContainText('rang 1');
  await expect(waiting).toContainText('Confirmée');

  const paul = table.getByRole('row').filter({ hasText: 'Paul Girard' });
  await paul.getByRole('button', { name: 'Annuler l’inscription de Paul Girard', exact: true }).click();
  await paul.getByRole('button', { name: 'Confirmer l’annulation de Paul Girard', exact: true }).click();
  await expect(paul.getByRole('status')).toHaveText('Inscription annulée.');
  await paul.getByRole('button', { name: 'Remettre l’inscription de Paul Girard', exact: true }).click();
  await expect(paul.getByRole('status')).toHaveText('Inscription remise.');
  await expect(paul).toContainText('Confirmée');
  await expectAccessible(page);

  // On paper: no header navigation, no buttons, the table whole.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(paul.getByRole('button', { name: 'Remettre l’inscription de Paul Girard', exact: true })).toBeHidden();
  await expect(table).toBeVisible();
  await screenshot(page, 'guided-participants-print');
  // The header shows the organisation's logo (on screen).
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('header img').first()).toHaveAttribute('src', `/organisation/logo?o=${hub.organisation.id}`);
});
