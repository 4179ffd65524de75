'use server';
import type { z } from 'zod';
import { signUpSchema } from '@/lib/schemas/auth';
import { FieldError, publicAction, type PublicContext } from '@/lib/server/action';
import { createOrganisationRow, siretRaceError } from '@/lib/server/organisations/create-organisation';
import { hashPassword } from '@/lib/server/password';
import { clientAddress, consume } from '@/lib/server/rate-limit';
import { DUPLICATE_EMAIL } from '@/lib/server/messages';
import { startSession } from '@/lib/server/session';
import { isUniqueViolation } from '@/lib/server/unique-violation';

/** Creates an account, its organisation and the admin membership in one transaction, then signs in. */
async function signUp({ input, transaction }: PublicContext<z.output<typeof signUpSchema>>) {
  await consume('signUp', await clientAddress());
  const passwordHash = await hashPassword(input.password);
  try {
    const created = await transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        throw new FieldError('email', DUPLICATE_EMAIL);
      }
      const organisation = await createOrganisationRow(tx, input);
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
      await tx.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: 'ADMIN' } });
      return { userId: user.id, organisationId: organisation.id };
    });
    await startSession(input.email, input.password);
    return created;
  } catch (error) {
    const siretTaken = siretRaceError(error);
    if (siretTaken) throw siretTaken;
    if (isUniqueViolation(error)) throw new FieldError('email', DUPLICATE_EMAIL);
    throw error;
  }
}

// Public on purpose: creates the account. The rate-limit count must survive a refused attempt and the
// session starts once the account is committed, so only the account is one transaction.
export const signUpAction = publicAction(signUpSchema, signUp, { transaction: false });
