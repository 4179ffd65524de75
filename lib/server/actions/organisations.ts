'use server';
import type { z } from 'zod';
import { cookies } from 'next/headers';
import { organisationSchema, switchOrganisationSchema } from '@/lib/schemas/auth';
import { action, revalidate } from '@/lib/server/action';
import { requireMembership, requireViewer } from '@/lib/server/authz';
import { ORGANISATION_COOKIE, isOutsideRequest } from '@/lib/server/current-user';
import { db } from '@/lib/server/db';
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
  const organisation = await db()
    .$transaction(async (tx) => {
      const created = await createOrganisationRow(tx, input);
      await tx.membership.create({ data: { userId: viewer.user.id, organisationId: created.id, role: 'ADMIN' } });
      return created;
    })
    .catch((error: unknown) => {
      throw siretRaceError(error) ?? error;
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
