import 'server-only';
import { z } from 'zod';
import type { LogoRefusal } from '@/lib/domain/files/image-type';
import { PUBLIC_EVENT_STATUSES } from '@/lib/domain/public';
import { db } from '@/lib/server/db';
import { readLogoUpload } from '@/lib/server/logo-upload';

/*
 * An organisation's logo: in the app's header for its members, and on the public page of its
 * published events (as their host or an accepted co-organiser). An organisation that never
 * published anything shows its logo to nobody outside.
 */

const idSchema = z.uuid();

/** Stores (or with `_action=supprimer` removes) the logo of the caller's organisation (organisationRoute). */
export async function storeOrganisationLogo(request: Request, organisationId: string): Promise<LogoRefusal | null> {
  const upload = await readLogoUpload(request);
  if (upload.kind === 'refused') return upload.reason;
  const data = upload.kind === 'remove' ? { logo: null, logoType: null } : { logo: upload.bytes, logoType: upload.type };
  await db().organisation.update({ where: { id: organisationId }, data, select: { id: true } });
  return null;
}

/** The logo of an organisation its member is looking at (the header). */
export async function getOrganisationLogo(organisationId: string) {
  const organisation = await db().organisation.findUnique({ where: { id: organisationId }, select: { logo: true, logoType: true } });
  return organisation?.logo && organisation.logoType ? { bytes: organisation.logo, type: organisation.logoType } : null;
}

/** Public by design, for an organisation that hosts or co-organises a published (or past) event; else `null`. */
export async function getPublicOrganisationLogo(organisationId: string) {
  if (!idSchema.safeParse(organisationId).success) return null;
  const publicEvent = { status: { in: [...PUBLIC_EVENT_STATUSES] } };
  const organisation = await db().organisation.findFirst({
    where: {
      id: organisationId,
      logo: { not: null },
      OR: [{ ownedEvents: { some: publicEvent } }, { coOrganised: { some: { status: 'ACCEPTED', event: publicEvent } } }],
    },
    select: { logo: true, logoType: true },
  });
  return organisation?.logo && organisation.logoType ? { bytes: organisation.logo, type: organisation.logoType } : null;
}
