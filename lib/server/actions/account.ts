'use server';
import { changePasswordSchema, confirmAddressSchema, requestPasswordResetSchema, resetPasswordSchema, signOutEverywhereSchema } from '@/lib/schemas/auth';
import { changePassword } from '@/lib/server/account/change-password';
import { confirmAddress } from '@/lib/server/account/new-account';
import { requestPasswordReset, resetPassword } from '@/lib/server/account/password-reset';
import { revokeSessions } from '@/lib/server/account/sessions';
import { publicAction, userAction } from '@/lib/server/action';
import { signOut } from '@/lib/server/auth';
import { isOutsideRequest } from '@/lib/server/current-user';
import { consumeForm } from '@/lib/server/rate-limit';
import { startSession } from '@/lib/server/session';

/** « Se déconnecter partout »: every session of the account ends, this one included. */
export const signOutEverywhereAction = userAction(
  signOutEverywhereSchema,
  async ({ viewer, transaction }) => {
    await transaction((tx) => revokeSessions(tx, viewer.user.id));
    if (!isOutsideRequest()) await signOut({ redirectTo: '/connexion?deconnexion=1' });
    return { signedOut: true };
  },
  // The redirect of signOut() must follow the committed revocation.
  { transaction: false },
);

/** The other sessions end; this device gets a fresh one with the new password. */
export const changePasswordAction = userAction(
  changePasswordSchema,
  async ({ input, viewer }) => {
    const { email } = await changePassword(viewer.user.id, input);
    await startSession(email, input.password);
    return { changed: true };
  },
  // A wrong current password is counted like a failed sign-in: the count must survive the refusal.
  { transaction: false },
);

/** Same answer whether the address has an account or not (the page says "if an account exists…"). */
export const requestPasswordResetAction = publicAction(
  requestPasswordResetSchema,
  async ({ input }) => {
    await consumeForm(`reset:${input.email}`);
    await requestPasswordReset(input.email, new Date());
    return { email: input.email };
  },
  // Public on purpose: the person cannot sign in. The rate-limit count must survive a refusal.
  { transaction: false },
);

/** A new password through the e-mailed link; every session of the account ends. */
export const resetPasswordAction = publicAction(
  resetPasswordSchema,
  async ({ input }) => {
    await resetPassword(input.token, input.password, new Date());
    return { reset: true };
  },
  // Public on purpose: the e-mailed token is the credential; resetPassword claims it in its own transaction.
  { transaction: false },
);

/** The link e-mailed at sign-up: the account can now sign in. Public: the token is the credential. */
export const confirmAddressAction = publicAction(confirmAddressSchema, async ({ input, tx }) => {
  await confirmAddress(tx, input.token, new Date());
  return { confirmed: true };
});
