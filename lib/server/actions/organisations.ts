'use server';
import type { z } from 'zod';
import { cookies } from 'next/headers';
import { organisationSchema, removeMemberSchema, switchOrganisationSchema } from '@/lib/schemas/auth';
import { removeMember } from '@/lib/server/account/remove-member';
import { action, revalidate } from '@/lib/server/action';
import { requireCurrentPermission, requireMembership, requireViewer } from '@/lib/server/authz';
import { ORGANISATION_COOKIE, isOutsideRequest } from '@/lib/server/current-user';
import { db } from '@/lib/server/db';

async function rememberOrganisation(organisationId: string) {
  if (isOutsideRequest()) return;
  (await cookies()).set(ORGANISATION_COOKIE, organisationId, {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production',
    path: '/',
    maxAge: 365 * 24 * 3600,
  });
}

/** The organisation switcher: only to an organisation the person belongs to. */
const switchOrganisation = action(switchOrganisationSchema, async (input) => {
  await requireMembership(input.organisationId);
  await rememberOrganisation(input.organisationId);
  revalidate('/', 'layout');
  return { organisationId: input.organisationId };
});

/** A signed-in person creates another organisation, of which they become admin. */
const createOrganisation = action(organisationSchema, async (input) => {
  const viewer = await requireViewer();
  const organisation = await db().$transaction(async (tx) => {
    const created = await tx.organisation.create({
      data: { name: input.organisationName, kind: input.organisationKind, siret: input.siret || null },
    });
    await tx.membership.create({ data: { userId: viewer.user.id, organisationId: created.id, role: 'ADMIN' } });
    return created;
  });
  await rememberOrganisation(organisation.id);
  revalidate('/', 'layout');
  return { organisationId: organisation.id };
});

export async function switchOrganisationAction(input: z.input<typeof switchOrganisationSchema>) {
  return switchOrganisation(input);
}

export async function createOrganisationAction(input: z.input<typeof organisationSchema>) {
  return createOrganisation(input);
}

/** An admin removes a member of the current organisation (see lib/server/account/remove-member.ts). */
const removeOrganisationMember = action(removeMemberSchema, async (input) => {
  const { membership } = await requireCurrentPermission('organisation.manage');
  await removeMember(membership.organisationId, input.userId);
  revalidate('/organisation');
  return { removed: input.userId };
});

export async function removeMemberAction(input: z.input<typeof removeMemberSchema>) {
  return removeOrganisationMember(input);
}
