'use server';
import { signUpSchema } from '@/lib/schemas/auth';
import { findVerifiedAccount, sendConfirmation, warnExistingAccount } from '@/lib/server/account/new-account';
import { assertStrongPassword } from '@/lib/server/account/password-strength';
import { publicAction } from '@/lib/server/action';
import { createOrganisationRow, siretRaceError } from '@/lib/server/organisations/create-organisation';
import { hashPassword } from '@/lib/server/password';
import { consumeForm } from '@/lib/server/rate-limit';

/**
 * Creates an account, its organisation and the admin membership in one transaction, unconfirmed:
 * the answer is the same whether the address already has an account or not (lib/server/account/
 * new-account.ts), and the e-mailed link opens it. The anonymous diagnostic's answers, when sent, wait
 * on the new organisation for their territory (asked after the first sign-in, on the dashboard).
 */
export const signUpAction = publicAction(
  signUpSchema,
  async ({ input, transaction }) => {
    await consumeForm(`account:${input.email}`);
    assertStrongPassword(input.password, input);
    const passwordHash = await hashPassword(input.password);
    await transaction(async (tx) => {
      const existing = await findVerifiedAccount(tx, input.email);
      if (existing) return warnExistingAccount(tx, existing);
      const organisation = await createOrganisationRow(tx, input);
      // Only the three validated answers are kept: the level is computed again when it is saved.
      if (input.diagnostic) await tx.organisation.update({ where: { id: organisation.id }, data: { pendingDiagnostic: { ...input.diagnostic } } });
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash, emailVerifiedAt: null } });
      await tx.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: 'ADMIN' } });
      await sendConfirmation(tx, user, new Date());
    }).catch((error: unknown) => {
      throw siretRaceError(error) ?? error;
    });
    return { email: input.email };
  },
  // Public on purpose: creates the account. The rate-limit count must survive a refused attempt,
  // so only the account itself is one transaction.
  { transaction: false },
);
