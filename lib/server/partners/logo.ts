import 'server-only';
import { z } from 'zod';
import { checkLogo, LOGO_MAX_BYTES, LOGO_REFUSALS, type LogoRefusal } from '@/lib/domain/files/image-type';
import { PUBLIC_EVENT_STATUSES } from '@/lib/domain/public';
import { db } from '@/lib/server/db';
import { notFound, SafeError } from '@/lib/server/errors';
import { readMultipartForm } from '@/lib/server/multipart';

// Logos are stored in PostgreSQL: the app instances share the database and have no shared disk.

const idSchema = z.uuid();

/** The partner of an event whose edit the caller was granted (eventRoute); anything else is "not found". */
export async function findEventPartner(eventId: string, partnerId: string) {
  const partner = await db().partner.findFirst({ where: { id: partnerId, eventId }, select: { id: true } });
  if (!partner) throw notFound('Ce partenaire');
}

/** Reads the `logo` field and stores it when its bytes are a PNG, JPEG or WebP of at most 500 kB. */
export async function storeLogo(request: Request, eventId: string, partnerId: string): Promise<LogoRefusal | null> {
  // An oversized body is refused while it arrives; the multipart envelope adds a little.
  const form = await readMultipartForm(request, { maxBytes: LOGO_MAX_BYTES + 16 * 1024, tooLarge: LOGO_REFUSALS['too-large'] }).catch((error: unknown) => {
    if (error instanceof SafeError && error.code === 'too-large') return null;
    throw error;
  });
  if (!form) return 'too-large';
  if (form.get('_action') === 'supprimer') {
    await removeLogo(eventId, partnerId);
    return null;
  }
  const file = form.get('logo');
  if (!(file instanceof File)) return 'empty';
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkLogo(bytes);
  if (!check.ok) return check.reason;
  await db().partner.updateMany({ where: { id: partnerId, eventId }, data: { logo: bytes, logoType: check.type } });
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
