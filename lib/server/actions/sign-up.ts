'use server';
import type { z } from 'zod';
import { signUpSchema } from '@/lib/schemas/auth';
import { action, FieldError } from '@/lib/server/action';
import { db } from '@/lib/server/db';
import { assertStrongPassword } from '@/lib/server/account/password-strength';
import { hashPassword } from '@/lib/server/password';
import { consumeForm } from '@/lib/server/rate-limit';
import { DUPLICATE_EMAIL } from '@/lib/server/messages';
import { startSession } from '@/lib/server/session';
import { isUniqueViolation } from '@/lib/server/unique-violation';

/** Creates an account, its organisation and the admin membership in one transaction, then signs in. */
const signUp = action(signUpSchema, async (input) => {
  await consumeForm(`account:${input.email}`);
  assertStrongPassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  try {
    const created = await db().$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        throw new FieldError('email', DUPLICATE_EMAIL);
      }
      const organisation = await tx.organisation.create({
        data: { name: input.organisationName, kind: input.organisationKind, siret: input.siret || null },
      });
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
      await tx.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: 'ADMIN' } });
      return { userId: user.id, organisationId: organisation.id };
    });
    await startSession(input.email, input.password);
    return created;
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError('email', DUPLICATE_EMAIL);
    throw error;
  }
});

export async function signUpAction(input: z.input<typeof signUpSchema>) {
  return signUp(input);
}
