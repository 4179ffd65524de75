import 'server-only';
import { CredentialsSignin } from 'next-auth';
import { signInSchema } from '@/lib/schemas/auth';
import { db } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { burnPasswordCheck, verifyPassword } from '@/lib/server/password';
import { addressOf, consume, reward } from '@/lib/server/rate-limit';

/** Auth.js hands this error to the sign-in action (startSession), which shows its French message. */
export class TooManySignInAttempts extends CredentialsSignin {
  code = 'rate_limited';
  constructor(readonly frenchMessage: string) {
    super();
  }
}

export type CheckedUser = { id: string; name: string; email: string; sessionVersion: number };

/**
 * The one place a password is checked, whatever the entry point (the sign-in form's action or a
 * POST to Auth.js's /api/auth/callback/credentials): every attempt counts against the sender's
 * address and the account before the password is looked at, and a success gives its points back, so
 * only failures add up and concurrent guesses are all counted.
 */
export async function checkCredentials(raw: unknown, request: Pick<Request, 'headers'> | undefined): Promise<CheckedUser> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) throw new CredentialsSignin();
  const { email, password } = parsed.data;
  const address = request ? addressOf(request.headers) : null;
  const account = `email:${email}`;
  try {
    if (address) await consume('signInAddress', address);
    await consume('signInAccount', account);
  } catch (error) {
    if (error instanceof SafeError && error.code === 'rate-limited') throw new TooManySignInAttempts(error.message);
    throw error;
  }
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, sessionVersion: true, emailVerifiedAt: true },
  });
  if (!user) {
    await burnPasswordCheck(password);
    throw new CredentialsSignin();
  }
  if (!(await verifyPassword(user.passwordHash, password))) throw new CredentialsSignin();
  // An account whose address was never confirmed answers like a wrong password: whoever created it
  // must not learn from the difference whether the address already had an account.
  if (!user.emailVerifiedAt) throw new CredentialsSignin();
  await Promise.all([address ? reward('signInAddress', address) : undefined, reward('signInAccount', account)]);
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

/**
 * A session stays valid while its version matches the account's: signing out everywhere, changing or
 * resetting the password and being removed from an organisation bump the version.
 */
export async function isSessionCurrent(userId: string, version: number): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user !== null && user.sessionVersion === version;
}
