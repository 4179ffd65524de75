import 'server-only';
import { AuthError } from 'next-auth';
import { signIn } from '@/lib/server/auth';
import { TooManySignInAttempts } from '@/lib/server/credentials';
import { isOutsideRequest } from '@/lib/server/current-user';
import { SafeError } from '@/lib/server/errors';

export const BAD_CREDENTIALS = 'E-mail ou mot de passe incorrect.';

/** Opens the session cookie for credentials already checked or just created. */
export async function startSession(email: string, password: string): Promise<void> {
  if (isOutsideRequest()) return;
  try {
    const url = await signIn('credentials', { email, password, redirect: false });
    if (typeof url === 'string' && url.includes('error=')) throw new SafeError(BAD_CREDENTIALS);
  } catch (error) {
    if (error instanceof TooManySignInAttempts) throw new SafeError(error.frenchMessage, 'rate-limited');
    if (error instanceof AuthError) throw new SafeError(BAD_CREDENTIALS);
    throw error;
  }
}
