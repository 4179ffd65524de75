import 'server-only';
import { appUrl } from '@/lib/env';
import { assertStrongPassword } from '@/lib/server/account/password-strength';
import { revokeSessions } from '@/lib/server/account/sessions';
import { db } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { passwordResetEmail } from '@/lib/server/mail/account-templates';
import { queueEmail } from '@/lib/server/mail/outbox';
import { hashPassword } from '@/lib/server/password';
import { hashToken, newToken } from '@/lib/server/tokens';

export const RESET_LINK_MINUTES = 60;
export const INVALID_RESET_LINK = 'Ce lien n’est plus valable (déjà utilisé ou plus vieux d’une heure). Demandez-en un nouveau.';

/**
 * Sends a single-use link to the account's owner, if there is an account: the caller answers the same
 * thing either way, so the form does not tell who has an account. Only the link's hash is stored; a
 * new request replaces the links not used yet.
 */
export async function requestPasswordReset(email: string, now: Date): Promise<void> {
  const user = await db().user.findUnique({ where: { email }, select: { id: true, name: true, email: true } });
  if (!user) return;
  const { token, tokenHash } = newToken();
  await db().$transaction(async (tx) => {
    await tx.passwordReset.deleteMany({ where: { userId: user.id, usedAt: null } });
    await tx.passwordReset.create({
      data: { userId: user.id, tokenHash, expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000) },
    });
    const message = passwordResetEmail({ name: user.name, link: `${appUrl()}/mot-de-passe-oublie/${token}` });
    await queueEmail(tx, { eventId: null, to: user.email, ...message, tokens: [token] });
  });
}

/** Whether the link can still be used (the page shows the form or says it is over). */
export async function isResetLinkValid(token: string, now: Date): Promise<boolean> {
  const found = await db().passwordReset.findUnique({ where: { tokenHash: hashToken(token) }, select: { usedAt: true, expiresAt: true } });
  return found !== null && found.usedAt === null && found.expiresAt > now;
}

/**
 * Sets the new password and signs the account out everywhere. The link is claimed under a row lock,
 * so two submissions of one link cannot both succeed.
 */
export async function resetPassword(token: string, password: string, now: Date): Promise<{ email: string }> {
  const link = await db().passwordReset.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { email: true, name: true } } },
  });
  if (!link || link.usedAt !== null || link.expiresAt <= now) throw new SafeError(INVALID_RESET_LINK, 'not-found');
  assertStrongPassword(password, link.user);
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; userId: string }[]>`
      SELECT id, "userId" FROM "PasswordReset"
      WHERE "tokenHash" = ${hashToken(token)} AND "usedAt" IS NULL AND "expiresAt" > ${now}
      FOR UPDATE`;
    const reset = rows[0];
    if (!reset) throw new SafeError(INVALID_RESET_LINK, 'not-found');
    await tx.passwordReset.update({ where: { id: reset.id }, data: { usedAt: now } });
    await tx.passwordReset.deleteMany({ where: { userId: reset.userId, usedAt: null } });
    const user = await tx.user.update({ where: { id: reset.userId }, data: { passwordHash }, select: { email: true } });
    // The link reached the address: it is confirmed, if it was not yet.
    await tx.user.updateMany({ where: { id: reset.userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    await revokeSessions(tx, reset.userId);
    return user;
  });
}
