'use server';
import type { z } from 'zod';
import { signInSchema } from '@/lib/schemas/auth';
import { action } from '@/lib/server/action';
import { clientAddress, consume } from '@/lib/server/rate-limit';
import { startSession } from '@/lib/server/session';

const signIn = action(signInSchema, async (input) => {
  // Per address and per account, so neither a spray nor a targeted guess gets far.
  await consume('signIn', await clientAddress());
  await consume('signIn', `email:${input.email}`);
  await startSession(input.email, input.password);
  return { signedIn: true };
});

export async function signInAction(input: z.input<typeof signInSchema>) {
  return signIn(input);
}
