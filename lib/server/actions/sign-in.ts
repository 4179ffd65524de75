'use server';
import { signInSchema } from '@/lib/schemas/auth';
import { publicAction } from '@/lib/server/action';
import { startSession } from '@/lib/server/session';

// The sign-in form itself: no account yet. Failed attempts are counted where the password is
// checked (lib/server/credentials.ts), outside any transaction, so the limit also holds for requests
// sent straight to Auth.js's endpoint.
export const signInAction = publicAction(
  signInSchema,
  async ({ input }) => {
    await startSession(input.email, input.password);
    return { signedIn: true };
  },
  { transaction: false },
);
