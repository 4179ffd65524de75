'use server';
import { cookies } from 'next/headers';
import { organisationSchema, removeMemberSchema, switchOrganisationSchema } from '@/lib/schemas/auth';
import { removeMember } from '@/lib/server/account/remove-member';
import { orgAction, userAction } from '@/lib/server/action';
import { ORGANISATION_COOKIE, isOutsideRequest } from '@/lib/server/current-user';
import { createOrganisationRow, siretRaceError } from '@/lib/server/organisations/create-organisation';

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

/** The organisation switcher: only to an organisation the person belongs to (any role). */
export const switchOrganisationAction = orgAction(
  switchOrganisationSchema,
  null,
  async ({ input, revalidate }) => {
    await rememberOrganisation(input.organisationId);
    revalidate('/', 'layout');
    return { organisationId: input.organisationId };
  },
  // Writes nothing to the database: a cookie only.
  { organisationOf: (input) => input.organisationId, transaction: false },
);

/**
 * A signed-in person creates another organisation, of which they become admin. The current
 * organisation does not change (issue 15.13): a silent switch moved the person's next steps — an event
 * form in another tab, its co-organisers, its budget — into the new, empty organisation. The page
 * offers the switch, as an explicit choice.
 */
export const createOrganisationAction = userAction(organisationSchema, async ({ input, viewer, tx, revalidate }) => {
  const created = await createOrganisationRow(tx, input).catch((error: unknown) => {
    throw siretRaceError(error) ?? error;
  });
  await tx.membership.create({ data: { userId: viewer.user.id, organisationId: created.id, role: 'ADMIN' } });
  revalidate('/', 'layout');
  return { organisationId: created.id, name: input.organisationName };
});

/** An admin removes a member of the current organisation (see lib/server/account/remove-member.ts). */
export const removeMemberAction = orgAction(
  removeMemberSchema,
  'organisation.manage',
  async ({ input, membership, tx, revalidate }) => {
    await removeMember(tx, membership.organisationId, input.userId);
    revalidate('/organisation');
    return { removed: input.userId };
  },
);
