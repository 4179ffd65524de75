'use server';
import { signInSchema } from '@/lib/schemas/auth';
import { action } from '@/lib/server/action';
import { clientAddress, consume } from '@/lib/server/rate-limit';
import { startSession } from '@/lib/server/session';

export const signInAction = action(signInSchema, async (input) => {
  // Per address and per account, so neither a spray nor a targeted guess gets far.
  await consume('signIn', await clientAddress());
  await consume('signIn', `email:${input.email}`);
  await startSession(input.email, input.password);
  return { signedIn: true };
});
