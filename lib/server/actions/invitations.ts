'use server';
import type { z } from 'zod';
import { acceptInvitationSchema, createInvitationSchema, joinInvitationSchema } from '@/lib/schemas/auth';
import { action, FieldError, revalidate } from '@/lib/server/action';
import { requireCurrentPermission, requireViewer } from '@/lib/server/authz';
import { db, type Tx } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { assertStrongPassword } from '@/lib/server/account/password-strength';
import { hashPassword } from '@/lib/server/password';
import { consumeForm } from '@/lib/server/rate-limit';
import { startSession } from '@/lib/server/session';
import { hashToken, newToken } from '@/lib/server/tokens';
import { DUPLICATE_EMAIL } from '@/lib/server/messages';

const INVITATION_DAYS = 7;
const INVALID_INVITATION = 'Cette invitation n’est plus valable (déjà utilisée ou expirée). Demandez-en une nouvelle.';

/** An admin creates a single-use invitation link to their current organisation. */
const createInvitation = action(createInvitationSchema, async (input) => {
  const { viewer, membership } = await requireCurrentPermission('organisation.manage');
  const { token, tokenHash } = newToken();
  await db().invitation.create({
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
const acceptInvitation = action(acceptInvitationSchema, async (input) => {
  await consumeForm(`account:${input.email}`);
  assertStrongPassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  const result = await db().$transaction(async (tx) => {
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
});

/** A signed-in person joins another organisation through the link. */
const joinWithInvitation = action(joinInvitationSchema, async (input) => {
  const viewer = await requireViewer();
  return db().$transaction(async (tx) => {
    const invitation = await claimInvitation(tx, input.token);
    await tx.membership.upsert({
      where: { userId_organisationId: { userId: viewer.user.id, organisationId: invitation.organisationId } },
      create: { userId: viewer.user.id, organisationId: invitation.organisationId, role: invitation.role },
      update: {},
    });
    return { organisationId: invitation.organisationId };
  });
});

export async function createInvitationAction(input: z.input<typeof createInvitationSchema>) {
  return createInvitation(input);
}

export async function acceptInvitationAction(input: z.input<typeof acceptInvitationSchema>) {
  return acceptInvitation(input);
}

export async function joinWithInvitationAction(input: z.input<typeof joinInvitationSchema>) {
  return joinWithInvitation(input);
}
