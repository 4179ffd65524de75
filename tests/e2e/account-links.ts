import { expect, type Page } from '@playwright/test';
import { withE2eDatabase } from './database';

/** The path of the last link e-mailed to `email` under `prefix` (read from the outbox, as a mailbox would). */
export async function linkFromOutbox(email: string, prefix: '/confirmation/' | '/mot-de-passe-oublie/'): Promise<string> {
  const texts = await withE2eDatabase(async (client) =>
    (await client.query<{ text: string }>(`SELECT text FROM "OutboxEmail" WHERE "to" = $1 ORDER BY "createdAt" DESC`, [email])).rows.map((row) => row.text),
  );
  const pattern = new RegExp(`${prefix.replace(/\//g, '\\/')}[A-Za-z0-9_-]{43}`);
  const found = texts.map((text) => pattern.exec(text)?.[0]).find(Boolean);
  if (!found) throw new Error(`no ${prefix} link e-mailed to ${email}`);
  return found;
}

/** After « Vérifiez votre boîte e-mail »: opens the confirmation link, confirms, lands on /connexion. */
export async function confirmAddress(page: Page, email: string) {
  await expect(page.getByText('Vérifiez votre boîte e-mail.')).toBeVisible();
  await page.goto(await linkFromOutbox(email, '/confirmation/'));
  await page.getByRole('button', { name: 'Confirmer mon adresse e-mail' }).click();
  await expect(page.getByText('Votre adresse est confirmée. Connectez-vous pour commencer.')).toBeVisible();
}
