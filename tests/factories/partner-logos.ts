import type { PrismaClient } from '@/prisma/generated/client';

/** The 8-byte PNG signature and the start of an IHDR chunk: enough for the magic-bytes check. */
export const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

export function createPartner(db: PrismaClient, data: { eventId: string; name?: string; position?: number }) {
  return db.partner.create({ data: { eventId: data.eventId, name: data.name ?? 'Partenaire', position: data.position ?? 0 } });
}

/** The multipart request a same-origin page posts to the logo route. */
export function logoRequest(eventId: string, partnerId: string, fields: Record<string, string | File>, origin = 'http://localhost') {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  return new Request(`http://localhost/evenements/${eventId}/partenaires/${partnerId}/logo`, { method: 'POST', body, headers: { origin } });
}
