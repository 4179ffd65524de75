import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';
import { expectAccessible, expectHydrated, screenshot } from './support';

// Issue 16, points 7 and 9: after the event, the coordinator downloads one attestation de présence,
// all of them in a ZIP, e-mails them once, and prints the badges.

const OUT = path.join('test-results', 'attestations');

async function saved(page: Page, trigger: Locator, file: string): Promise<string> {
  const pending: Promise<Download> = page.waitForEvent('download');
  await trigger.click();
  const done = await pending;
  // One folder per test run: journeys running at once never read each other's files.
  const folder = path.join(OUT, randomUUID());
  mkdirSync(folder, { recursive: true });
  const target = path.join(folder, file);
  await done.saveAs(target);
  return target;
}

// The e2e server delivers e-mails to a local mailbox, one JSON file per message (tests/e2e/account-links.ts).
const MAILBOX = path.resolve(__dirname, '..', '..', '.data', `e2e-mail-${process.env.E2E_PORT ?? 3210}`);

async function attestationMails(email: string): Promise<number> {
  let count = 0;
  for (const name of (await readdir(MAILBOX)).filter((n) => n.endsWith('.json'))) {
    const message = JSON.parse(await readFile(path.join(MAILBOX, name), 'utf8')) as { to: string[]; subject: string };
    if (message.to.includes(email) && message.subject.startsWith('Votre attestation de présence')) count += 1;
  }
  return count;
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[\s\u00a0]+/g, ' ');

test('a coordinator downloads an attestation, the ZIP of all of them, e-mails them once and prints the badges', async ({ page, seed, hub }) => {
  test.setTimeout(120_000);
  const scene = await seed.createAttestationEvent(hub);
  const [amina, bastien] = scene.present;
  await signInAs(page, hub.coordinator);
  await page.goto(`/evenements/${scene.event.id}/participants`);
  await expectHydrated(page);

  // One attestation from the list: only those present get the link.
  await expect(page.getByRole('link', { name: `Attestation de présence d’${amina!.name} (PDF)` })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(`Attestation de présence de ${scene.absent.name}`) })).toHaveCount(0);
  const one = await saved(page, page.getByRole('link', { name: `Attestation de présence d’${amina!.name} (PDF)` }), 'amina.pdf');
  const text = pdfText(one);
  for (const expected of ['Attestation de présence', amina!.name, 'Jeudi 11 février 2027', 'Vendredi 12 février 2027', 'Fait à Marseille, le', hub.coordinator.name]) {
    expect(text).toContain(expected);
  }

  // The section: counts, the ZIP with its progress, badges.
  const section = page.getByRole('region', { name: 'Attestations de présence et badges' });
  await expect(section.getByText('2 personnes pointées présentes reçoivent une attestation')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'attestations-participants');
  const zip = await saved(page, section.getByRole('button', { name: 'Télécharger toutes les attestations (ZIP)' }), 'attestations.zip');
  const listing = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n').sort();
  expect(listing).toHaveLength(2);
  expect(listing.every((name) => /^attestation-[a-z0-9-]+\.pdf$/.test(name))).toBe(true);

  // E-mail: the two people present, once; a second look offers nothing more to send.
  await section.getByRole('button', { name: 'Envoyer les attestations par courriel (2 personnes)' }).click();
  await expect(section.getByText('2 attestations mises dans la file d’envoi.')).toBeVisible();
  await expect.poll(() => attestationMails(`amina-${hub.tag}@exemple.fr`), { timeout: 20_000 }).toBe(1);
  await expect(section.getByText(/^Rien de plus à envoyer/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: /Envoyer les attestations par courriel/ })).toHaveCount(0);
  await expect(section.getByText(/Par courriel : /)).toBeVisible();

  // Badges of everyone confirmed, sorted by name.
  const badges = await saved(page, page.getByRole('button', { name: 'Imprimer les badges (PDF)' }), 'badges.pdf');
  const badgeText = pdfText(badges);
  // A long name wraps inside its label, and the text of two columns of labels is read line by line:
  // each word is looked for, the tagged surname being unique to its person.
  const words = (name: string) => name.split(' ');
  for (const person of scene.people) for (const word of words(person.name)) expect(badgeText).toContain(word);
  expect(badgeText).not.toContain(words(scene.waiting.name).at(-1)!);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', badges, path.join('tests/e2e/screenshots', 'badges')]);

  // The person's page says it was e-mailed; Bastien's attestation has only his day of presence.
  await page.goto(`/evenements/${scene.event.id}/participants/${bastien!.id}`);
  await expect(page.getByText(/Courriel de l’attestation préparé le .* : (envoyée|en attente d’envoi)\./)).toBeVisible();
  const his = pdfText(await saved(page, page.getByRole('link', { name: 'Télécharger l’attestation (PDF)' }), 'bastien.pdf'));
  expect(his).toContain('Jeudi 11 février 2027');
  expect(his).not.toContain('Vendredi 12 février 2027');
  await expectAccessible(page);
  await screenshot(page, 'attestation-personne');
  // Sent once, whatever was clicked.
  expect(await attestationMails(`amina-${hub.tag}@exemple.fr`)).toBe(1);
});
