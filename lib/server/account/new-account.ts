import 'server-only';
import { appUrl } from '@/lib/env';
import type { Tx } from '@/lib/server/db';
import { accountExistsEmail, confirmAddressEmail } from '@/lib/server/mail/account-templates';
import type { Email } from '@/lib/server/mail/templates';
import { queueEmail } from '@/lib/server/mail/outbox';
import { hashToken, newToken } from '@/lib/server/tokens';
import { SafeError } from '@/lib/server/errors';

/**
 * Creating an account never tells whether the address already has one: both cases answer « check
 * your e-mail ». A new account stays unusable (it cannot sign in) until its owner follows the link
 * e-mailed to the address; the owner of an existing account gets a warning instead. Otherwise an
 * attacker could learn who has an account by signing in with the password they had just chosen.
 */
export const CONFIRMATION_HOURS = 48;
export const INVALID_CONFIRMATION_LINK = 'Ce lien de confirmation n’est plus valable (déjà utilisé ou trop ancien). Créez votre compte à nouveau.';

export type ExistingAccount = { id: string; name: string; email: string; emailVerifiedAt: Date | null };

/**
 * The verified account of this address, if any. An unconfirmed one is dropped (with the
 * organisations it alone belongs to): it never signed in, and whoever created it may not own the
 * address, so the address's real owner takes it over by signing up.
 */
export async function findVerifiedAccount(tx: Tx, email: string): Promise<ExistingAccount | null> {
  const found = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, emailVerifiedAt: true } });
  if (!found || found.emailVerifiedAt) return found;
  await tx.$executeRaw`
    DELETE FROM "Organisation" o WHERE o.id IN (SELECT "organisationId" FROM "Membership" WHERE "userId" = ${found.id})
      AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."organisationId" = o.id AND m."userId" <> ${found.id})`;
  await tx.user.delete({ where: { id: found.id } });
  return null;
}

/** The owner of an existing account is told someone tried to create one with their address. */
export async function warnExistingAccount(tx: Tx, account: ExistingAccount, email?: Email): Promise<void> {
  const message = email ?? accountExistsEmail({ name: account.name, signInLink: `${appUrl()}/connexion`, resetLink: `${appUrl()}/mot-de-passe-oublie` });
  await queueEmail(tx, { eventId: null, to: account.email, ...message });
}

/** Stores a confirmation link for a new, unconfirmed account and e-mails it. */
export async function sendConfirmation(tx: Tx, user: { id: string; name: string; email: string }, now: Date): Promise<void> {
  const { token, tokenHash } = newToken();
  await tx.emailConfirmation.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(now.getTime() + CONFIRMATION_HOURS * 3600_000) } });
  const message = confirmAddressEmail({ name: user.name, link: `${appUrl()}/confirmation/${token}` });
  await queueEmail(tx, { eventId: null, to: user.email, ...message, tokens: [token] });
}

/** The owner followed the link: the account can sign in. Claimed under a row lock (single use). */
export async function confirmAddress(tx: Tx, token: string, now: Date): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string; userId: string }[]>`
    SELECT id, "userId" FROM "EmailConfirmation"
    WHERE "tokenHash" = ${hashToken(token)} AND "usedAt" IS NULL AND "expiresAt" > ${now}
    FOR UPDATE`;
  const link = rows[0];
  if (!link) throw new SafeError(INVALID_CONFIRMATION_LINK, 'not-found');
  await tx.emailConfirmation.update({ where: { id: link.id }, data: { usedAt: now } });
  await tx.user.update({ where: { id: link.userId }, data: { emailVerifiedAt: now } });
}
