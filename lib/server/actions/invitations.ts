'use server';
import { acceptInvitationSchema, createInvitationSchema, joinInvitationSchema } from '@/lib/schemas/auth';
import { orgAction, publicAction, userAction } from '@/lib/server/action';
import type { Tx } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { appUrl } from '@/lib/env';
import { findVerifiedAccount, sendConfirmation, warnExistingAccount } from '@/lib/server/account/new-account';
import { assertStrongPassword } from '@/lib/server/account/password-strength';
import { hashPassword } from '@/lib/server/password';
import { consumeForm } from '@/lib/server/rate-limit';
import { invitationForExistingAccountEmail } from '@/lib/server/mail/account-templates';
import { hashToken, newToken } from '@/lib/server/tokens';

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

/** The invitation if it can still be used; with `claim`, marked used under a row lock (single use). */
async function findInvitation(tx: Tx, token: string, claim: boolean) {
  const rows = await tx.$queryRaw<{ id: string; organisationId: string; role: 'ADMIN' | 'COORDINATOR' | 'MEMBER' }[]>`
    SELECT id, "organisationId", role::text AS role FROM "Invitation"
    WHERE "tokenHash" = ${hashToken(token)} AND "acceptedAt" IS NULL AND "expiresAt" > now()
    FOR UPDATE`;
  const invitation = rows[0];
  if (!invitation) throw new SafeError(INVALID_INVITATION, 'not-found');
  if (claim) await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
  return invitation;
}

const claimInvitation = (tx: Tx, token: string) => findInvitation(tx, token, true);

/**
 * Someone without an account joins through the link: an unconfirmed account and its membership,
 * opened by the link e-mailed to the address. An address that already has an account gets a warning
 * instead and the invitation stays unused: the answer is the same (see lib/server/account/new-account.ts).
 */
export const acceptInvitationAction = publicAction(
  acceptInvitationSchema,
  async ({ input, transaction }) => {
    await consumeForm(`account:${input.email}`);
    assertStrongPassword(input.password, input);
    const passwordHash = await hashPassword(input.password);
    await transaction(async (tx) => {
      const invitation = await findInvitation(tx, input.token, false);
      const existing = await findVerifiedAccount(tx, input.email);
      if (existing) {
        const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: invitation.organisationId }, select: { name: true } });
        const email = invitationForExistingAccountEmail({ name: existing.name, organisation: organisation.name, signInLink: `${appUrl()}/connexion` });
        return warnExistingAccount(tx, existing, email);
      }
      await claimInvitation(tx, input.token);
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash, emailVerifiedAt: null } });
      await tx.membership.create({ data: { userId: user.id, organisationId: invitation.organisationId, role: invitation.role } });
      await sendConfirmation(tx, user, new Date());
    });
    return { email: input.email };
  },
  // Public on purpose: the invitation token is the credential. The rate-limit count must survive a
  // refused attempt, so only the account itself is one transaction.
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
