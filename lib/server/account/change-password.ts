import 'server-only';
import { assertStrongPassword } from '@/lib/server/account/password-strength';
import { revokeSessions } from '@/lib/server/account/sessions';
import { FieldError } from '@/lib/server/action';
import { db } from '@/lib/server/db';
import { hashPassword, verifyPassword } from '@/lib/server/password';
import { consume, reward } from '@/lib/server/rate-limit';

export const WRONG_CURRENT_PASSWORD = 'Ce n’est pas votre mot de passe actuel.';

/**
 * The signed-in person replaces their password: the current one is checked (and counted like a
 * sign-in attempt, so a borrowed session cannot guess it), then every session of the account is
 * revoked. The caller opens a fresh session on this device.
 */
export async function changePassword(userId: string, input: { currentPassword: string; password: string }): Promise<{ email: string }> {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, passwordHash: true } });
  const account = `email:${user.email}`;
  await consume('signInAccount', account);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new FieldError('currentPassword', WRONG_CURRENT_PASSWORD);
  await reward('signInAccount', account);
  assertStrongPassword(input.password, user);
  const passwordHash = await hashPassword(input.password);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await revokeSessions(tx, userId);
  });
  return { email: user.email };
}
