'use server';
import type { z } from 'zod';
import { signUpSchema } from '@/lib/schemas/auth';
import { findVerifiedAccount, sendConfirmation, warnExistingAccount } from '@/lib/server/account/new-account';
import { assertStrongPassword } from '@/lib/server/account/password-strength';
import { action } from '@/lib/server/action';
import { db } from '@/lib/server/db';
import { hashPassword } from '@/lib/server/password';
import { consumeForm } from '@/lib/server/rate-limit';

/**
 * Creates an account, its organisation and the admin membership in one transaction, unconfirmed:
 * the answer is the same whether the address already has an account or not (lib/server/account/
 * new-account.ts), and the e-mailed link opens it.
 */
const signUp = action(signUpSchema, async (input) => {
  await consumeForm(`account:${input.email}`);
  assertStrongPassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  await db().$transaction(async (tx) => {
    const existing = await findVerifiedAccount(tx, input.email);
    if (existing) return warnExistingAccount(tx, existing);
    const organisation = await tx.organisation.create({
      data: { name: input.organisationName, kind: input.organisationKind, siret: input.siret || null },
    });
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash, emailVerifiedAt: null } });
    await tx.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: 'ADMIN' } });
    await sendConfirmation(tx, user, new Date());
  });
  return { email: input.email };
});

export async function signUpAction(input: z.input<typeof signUpSchema>) {
  return signUp(input);
}
