// The public page and participant list of issue 18 (« a guided product »): the registration demo
// event over two days, with a public contact, the host's logo, a waiting list and people's needs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '@/prisma/generated/client';
import { createRegistration } from './registrations';
import { createRegistrationEvent, type HubRef } from './world';

/** A real PNG (the app's own icon), so that the logo shows in screenshots. */
const LOGO = new Uint8Array(readFileSync(path.join(__dirname, '..', '..', 'public', 'icon-192.png')));

/** `full`: the 3 seats are taken and one person waits, so the page says « Complet — … ». */
export async function createGuidedEvent(db: PrismaClient, hub: HubRef, input: { full?: boolean } = {}) {
  const event = await createRegistrationEvent(db, hub, { days: 2 });
  await db.organisation.update({ where: { id: hub.organisation.id }, data: { logo: LOGO, logoType: 'image/png' } });
  await db.event.update({
    where: { id: event.id },
    data: { capacity: input.full ? 3 : 60, publicContactEmail: `contact-${hub.tag}@hub.exemple.fr`, publicContactPhone: '04 91 00 00 00' },
  });
  const waiting = await createRegistration(db, { eventId: event.id, name: `Nour Attente ${hub.tag}`, status: 'WAITING', rank: 1 });
  await db.registration.update({ where: { id: waiting.id }, data: { accessibilityNeeds: 'Repas sans gluten', days: ['2027-01-22'] } });
  return { id: event.id, slug: event.slug, title: event.title, waitingName: waiting.name };
}
