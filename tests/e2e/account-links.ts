import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { expectHydrated } from './support';

// The e2e server delivers every e-mail to a local mailbox (scripts/lib/e2e-mailbox.mjs): one JSON file
// per message in .data/e2e-mail-<port>/, named so that they sort oldest first. The journeys read their
// links there, as the person would in their inbox (the « Courriels » page shows them masked).

type LinkPrefix = '/confirmation/' | '/mot-de-passe-oublie/' | '/inscription/' | '/q/' | '/desabonnement/';
type MailboxMessage = { to: string[]; subject: string; text: string };

const mailbox = path.resolve(__dirname, '..', '..', '.data', `e2e-mail-${process.env.E2E_PORT ?? 3210}`);

/** The path (`prefix<token>`) of the newest link under `prefix` e-mailed to `email`, or null. */
async function newestLink(email: string, prefix: LinkPrefix): Promise<string | null> {
  // Unsubscribe links are `<registration id>.<signature>`: a dot among the token's characters.
  const pattern = new RegExp(`${prefix.replace(/\//g, '\\/')}[A-Za-z0-9_.-]{20,}`);
  const names = (await readdir(mailbox)).filter((name) => name.endsWith('.json')).sort().reverse();
  for (const name of names) {
    const message = JSON.parse(await readFile(path.join(mailbox, name), 'utf8')) as MailboxMessage;
    if (!message.to.includes(email)) continue;
    const link = pattern.exec(message.text)?.[0];
    if (link) return link;
  }
  return null;
}

/** Waits (up to 20 s: the mail worker polls its queue) for a link under `prefix` sent to `email`; returns its path. */
export async function linkFromMailbox(email: string, prefix: LinkPrefix): Promise<string> {
  let link: string | null = null;
  await expect
    .poll(async () => (link = await newestLink(email, prefix)), { message: `un lien ${prefix} envoyé à ${email}`, timeout: 20_000 })
    .not.toBeNull();
  return link!;
}

/** After « Vérifiez votre boîte e-mail »: opens the confirmation link, confirms, lands on /connexion. */
export async function confirmAddress(page: Page, email: string) {
  await expect(page.getByText('Vérifiez votre boîte e-mail.')).toBeVisible();
  await page.goto(await linkFromMailbox(email, '/confirmation/'));
  await expectHydrated(page);
  await page.getByRole('button', { name: 'Confirmer mon adresse e-mail' }).click();
  await expect(page.getByText('Votre adresse est confirmée. Connectez-vous pour commencer.')).toBeVisible();
}
