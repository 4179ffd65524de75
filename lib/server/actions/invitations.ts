'use server';
import { acceptInvitationSchema, createInvitationSchema, joinInvitationSchema } from '@/lib/schemas/auth';
import { FieldError, orgAction, publicAction, userAction } from '@/lib/server/action';
import type { Tx } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { hashPassword } from '@/lib/server/password';
import { clientAddress, consume } from '@/lib/server/rate-limit';
import { startSession } from '@/lib/server/session';
import { hashToken, newToken } from '@/lib/server/tokens';
import { DUPLICATE_EMAIL } from '@/lib/server/messages';

const INVITATION_DAYS = 7;
const INVALID_INVITATION = 'Cette invitation n’est plus valable (déjà utilisée ou expirée). Demandez-en une nouvelle.';

/** An admin creates a single-use invitation link to their current organisation. */
export const createInvitationAction = orgAction(createInvitationSchema, 'organisation.manage', async ({ input, viewer, membership, tx, revalidate }) => {
  const { token, tokenHash } = newToken();
  await tx.invitation.create({
    data: {
      organisationId: membership.organisationId,
      role: input.role,
      tokenHash,
      createdById: viewer.user.id,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000),
    },
  });
  revalidate('/organisation');
  return { path: `/invitation/${token}` };
});

/** Marks the invitation used, under a row lock so that a link cannot be used twice at once. */
async function claimInvitation(tx: Tx, token: string) {
  const rows = await tx.$queryRaw<{ id: string; organisationId: string; role: 'ADMIN' | 'COORDINATOR' | 'MEMBER' }[]>`
    SELECT id, "organisationId", role::text AS role FROM "Invitation"
    WHERE "tokenHash" = ${hashToken(token)} AND "acceptedAt" IS NULL AND "expiresAt" > now()
    FOR UPDATE`;
  const invitation = rows[0];
  if (!invitation) throw new SafeError(INVALID_INVITATION, 'not-found');
  await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
  return invitation;
}

/** Someone without an account joins through the link: account and membership in one transaction. */
export const acceptInvitationAction = publicAction(
  acceptInvitationSchema,
  async ({ input, transaction }) => {
    await consume('signUp', await clientAddress());
    const passwordHash = await hashPassword(input.password);
    const result = await transaction(async (tx) => {
      const invitation = await claimInvitation(tx, input.token);
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        throw new FieldError('email', DUPLICATE_EMAIL);
      }
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
      await tx.membership.create({ data: { userId: user.id, organisationId: invitation.organisationId, role: invitation.role } });
      return { organisationId: invitation.organisationId };
    });
    await startSession(input.email, input.password);
    return result;
  },
  // Public on purpose: the invitation token is the credential. The rate-limit count must survive a
  // refused attempt, and the session starts once the account is committed: no one transaction.
  { transaction: false },
);

/** A signed-in person joins another organisation through the link. */
export const joinWithInvitationAction = userAction(joinInvitationSchema, async ({ input, viewer, tx }) => {
  const invitation = await claimInvitation(tx, input.token);
  await tx.membership.upsert({
    where: { userId_organisationId: { userId: viewer.user.id, organisationId: invitation.organisationId } },
    create: { userId: viewer.user.id, organisationId: invitation.organisationId, role: invitation.role },
    update: {},
  });
  return { organisationId: invitation.organisationId };
});
