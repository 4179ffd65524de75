import 'server-only';
import { z } from 'zod';
import type { LogoRefusal } from '@/lib/domain/files/image-type';
import { PUBLIC_EVENT_STATUSES } from '@/lib/domain/public';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { readLogoUpload } from '@/lib/server/logo-upload';

// Logos are stored in PostgreSQL: the app instances share the database and have no shared disk.

const idSchema = z.uuid();

/** The partner of an event whose edit the caller was granted (eventRoute); anything else is "not found". */
export async function findEventPartner(eventId: string, partnerId: string) {
  const partner = await db().partner.findFirst({ where: { id: partnerId, eventId }, select: { id: true } });
  if (!partner) throw notFound('Ce partenaire');
}

/** Reads the `logo` field and stores it when its bytes are a PNG, JPEG or WebP of at most 500 kB. */
export async function storeLogo(request: Request, eventId: string, partnerId: string): Promise<LogoRefusal | null> {
  const upload = await readLogoUpload(request);
  if (upload.kind === 'refused') return upload.reason;
  if (upload.kind === 'remove') {
    await removeLogo(eventId, partnerId);
    return null;
  }
  await db().partner.updateMany({ where: { id: partnerId, eventId }, data: { logo: upload.bytes, logoType: upload.type } });
  return null;
}

export async function removeLogo(eventId: string, partnerId: string) {
  await db().partner.updateMany({ where: { id: partnerId, eventId }, data: { logo: null, logoType: null } });
}

/** Public by design: the logo of a partner of a published (or past) event; a draft's is "not found". */
export async function getPublicLogo(slug: string, partnerId: string) {
  if (!idSchema.safeParse(partnerId).success || slug.length > 120) return null;
  const partner = await db().partner.findFirst({
    where: { id: partnerId, logo: { not: null }, event: { slug, status: { in: [...PUBLIC_EVENT_STATUSES] } } },
    select: { logo: true, logoType: true },
  });
  if (!partner?.logo || !partner.logoType) return null;
  return { bytes: partner.logo, type: partner.logoType };
}
