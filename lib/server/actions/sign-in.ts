'use server';
import type { z } from 'zod';
import { signInSchema } from '@/lib/schemas/auth';
import { publicAction, type PublicContext } from '@/lib/server/action';
import { SafeError } from '@/lib/server/errors';
import { assertNotBlocked, clientAddress, penalise } from '@/lib/server/rate-limit';
import { startSession } from '@/lib/server/session';

async function signIn({ input }: PublicContext<z.output<typeof signInSchema>>) {
  // Failed attempts are counted per address and per account, so neither a password spray nor a
  // targeted guess gets far, while colleagues signing in from one office are never locked out.
  const address = await clientAddress();
  const account = `email:${input.email}`;
  await assertNotBlocked('signInAddress', address);
  await assertNotBlocked('signInAccount', account);
  try {
    await startSession(input.email, input.password);
  } catch (error) {
    if (error instanceof SafeError) await Promise.all([penalise('signInAddress', address), penalise('signInAccount', account)]);
    throw error;
  }
  return { signedIn: true };
}

// The sign-in form itself: no account yet, and failed attempts are counted outside any transaction.
export const signInAction = publicAction(signInSchema, signIn, { transaction: false });
