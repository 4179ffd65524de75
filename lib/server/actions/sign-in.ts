'use server';
import type { z } from 'zod';
import { signInSchema } from '@/lib/schemas/auth';
import { action } from '@/lib/server/action';
import { startSession } from '@/lib/server/session';

// Failed attempts are counted where the password is checked (lib/server/credentials.ts), so the
// limit also holds for requests sent straight to Auth.js's endpoint.
const signIn = action(signInSchema, async (input) => {
  await startSession(input.email, input.password);
  return { signedIn: true };
});

export async function signInAction(input: z.input<typeof signInSchema>) {
  return signIn(input);
}
