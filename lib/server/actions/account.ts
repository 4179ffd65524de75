'use server';
import type { z } from 'zod';
import { changePasswordSchema, confirmAddressSchema, requestPasswordResetSchema, resetPasswordSchema, signOutEverywhereSchema } from '@/lib/schemas/auth';
import { changePassword } from '@/lib/server/account/change-password';
import { confirmAddress } from '@/lib/server/account/new-account';
import { requestPasswordReset, resetPassword } from '@/lib/server/account/password-reset';
import { revokeSessions } from '@/lib/server/account/sessions';
import { action } from '@/lib/server/action';
import { signOut } from '@/lib/server/auth';
import { requireViewer } from '@/lib/server/authz';
import { isOutsideRequest } from '@/lib/server/current-user';
import { db } from '@/lib/server/db';
import { consumeForm } from '@/lib/server/rate-limit';
import { startSession } from '@/lib/server/session';

/** « Se déconnecter partout »: every session of the account ends, this one included. */
const signOutEverywhere = action(signOutEverywhereSchema, async () => {
  const viewer = await requireViewer();
  await db().$transaction((tx) => revokeSessions(tx, viewer.user.id));
  if (!isOutsideRequest()) await signOut({ redirectTo: '/connexion?deconnexion=1' });
  return { signedOut: true };
});

/** The other sessions end; this device gets a fresh one with the new password. */
const changeOwnPassword = action(changePasswordSchema, async (input) => {
  const viewer = await requireViewer();
  const { email } = await changePassword(viewer.user.id, input);
  await startSession(email, input.password);
  return { changed: true };
});

/** Same answer whether the address has an account or not (the page says "if an account exists…"). */
const requestReset = action(requestPasswordResetSchema, async (input) => {
  await consumeForm(`reset:${input.email}`);
  await requestPasswordReset(input.email, new Date());
  return { email: input.email };
});

/** A new password through the e-mailed link; every session of the account ends. */
const reset = action(resetPasswordSchema, async (input) => {
  await resetPassword(input.token, input.password, new Date());
  return { reset: true };
});

/** The link e-mailed at sign-up: the account can now sign in. */
const confirm = action(confirmAddressSchema, async (input) => {
  await db().$transaction((tx) => confirmAddress(tx, input.token, new Date()));
  return { confirmed: true };
});

export async function confirmAddressAction(input: z.input<typeof confirmAddressSchema>) {
  return confirm(input);
}

export async function signOutEverywhereAction(input: z.input<typeof signOutEverywhereSchema> = {}) {
  return signOutEverywhere(input);
}

export async function changePasswordAction(input: z.input<typeof changePasswordSchema>) {
  return changeOwnPassword(input);
}

export async function requestPasswordResetAction(input: z.input<typeof requestPasswordResetSchema>) {
  return requestReset(input);
}

export async function resetPasswordAction(input: z.input<typeof resetPasswordSchema>) {
  return reset(input);
}
