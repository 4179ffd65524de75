// Attestations de présence and badges (issue 16, points 7 and 9), tried on A's event by every caller:
// a present participant of A exists, so that a refusal can only come from authorization.
import { randomUUID } from 'node:crypto';
import { GET as getAttestationsZip } from '@/app/(app)/evenements/[id]/attestations.zip/route';
import { GET as getBadges } from '@/app/(app)/evenements/[id]/badges.pdf/route';
import { GET as getAttestation } from '@/app/(app)/evenements/[id]/participants/[registrationId]/attestation.pdf/route';
import { sendAttestationsAction } from '@/lib/server/actions/attestations';
import { refusals, type RegistryEntry, type Scene } from './kinds';

const present = new Map<string, Promise<string>>();

/** One participant of A's event marked present on the event's first day, created once per scene. */
function presentOf({ db, eventA }: Scene): Promise<string> {
  let found = present.get(eventA.id);
  if (!found) {
    found = (async () => {
      const event = await db.event.findUniqueOrThrow({ where: { id: eventA.id }, select: { startsAt: true } });
      const registration = await db.registration.create({
        data: {
          eventId: eventA.id,
          email: `present-${randomUUID()}@exemple.fr`,
          name: 'Présente de A',
          category: 'AUTRE',
          status: 'CONFIRMED',
          tokenHash: randomUUID(),
          consentAt: new Date(),
        },
      });
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(event.startsAt);
      await db.attendance.create({ data: { registrationId: registration.id, date: day, status: 'PRESENT' } });
      return registration.id;
    })();
    present.set(eventA.id, found);
  }
  return found;
}

async function nothingSent({ db, eventA }: Scene) {
  const [emails, deliveries] = await Promise.all([
    db.outboxEmail.count({ where: { eventId: eventA.id } }),
    db.attestationDelivery.count({ where: { registration: { eventId: eventA.id } } }),
  ]);
  if (emails + deliveries !== 0) throw new Error(`attestations sent for A: ${emails} e-mails, ${deliveries} deliveries`);
}

const request = () => new Request('http://localhost/x');

export const attestationsEntries: RegistryEntry[] = [
  {
    kind: 'route',
    name: 'app/(app)/evenements/[id]/participants/[registrationId]/attestation.pdf/route.ts',
    attempt: async (scene) => getAttestation(request(), { params: Promise.resolve({ id: scene.eventA.id, registrationId: await presentOf(scene) }) }),
    expect: refusals.event('event.read'),
  },
  {
    kind: 'route',
    name: 'app/(app)/evenements/[id]/attestations.zip/route.ts',
    attempt: async (scene) => {
      await presentOf(scene);
      return getAttestationsZip(request(), { params: Promise.resolve({ id: scene.eventA.id }) });
    },
    expect: refusals.event('event.read'),
  },
  {
    kind: 'route',
    name: 'app/(app)/evenements/[id]/badges.pdf/route.ts',
    attempt: (scene) => getBadges(request(), { params: Promise.resolve({ id: scene.eventA.id }) }),
    expect: refusals.event('event.read'),
  },
  {
    kind: 'action',
    name: 'sendAttestationsAction',
    attempt: async (scene) => {
      await presentOf(scene);
      return sendAttestationsAction({ eventId: scene.eventA.id });
    },
    unchanged: nothingSent,
    expect: refusals.event('event.emails'),
  },
];
