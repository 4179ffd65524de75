import 'server-only';
import { isAttestationEligible } from '@/lib/domain/attestations/certificate-hours';
import { countDeliveries, emailDelivery } from '@/lib/domain/messages/delivery';
import { isPlaceholderEmail } from '@/lib/domain/registrations/personal-data';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { mailIsSent } from '@/lib/server/mail/delivery-mode';
import { listEventDays } from '@/lib/server/participants/event-day';
import { toAttendanceStatus } from '@/lib/server/participants/facts';


async function canSendEmails(eventId: string): Promise<boolean> {
  return requireEventPermission(eventId, 'event.emails').then(
    () => true,
    () => false,
  );
}

/** The attestations of an event, for its participants page: how many, how many e-mailed and how they fared. */
export async function getAttestationsSummary(eventId: string) {
  await requireEventPermission(eventId, 'event.read');
  const [days, people, event] = await Promise.all([
    listEventDays(db(), eventId),
    db().registration.findMany({
      where: { eventId, anonymisedAt: null, attendances: { some: { status: 'PRESENT' } } },
      select: {
        email: true,
        attendances: { select: { date: true, status: true } },
        attestationDelivery: { select: { outboxEmail: { select: { status: true, attempts: true } } } },
      },
    }),
    db().event.findUniqueOrThrow({ where: { id: eventId }, select: { _count: { select: { registrations: { where: { status: 'CONFIRMED', anonymisedAt: null } } } } } }),
  ]);
  const eligible = people.filter((p) =>
    isAttestationEligible({ anonymised: false, attendance: p.attendances.map((a) => ({ date: a.date, status: toAttendanceStatus(a.status) })) }, days),
  );
  const delivered = countDeliveries(eligible.flatMap((person) => (person.attestationDelivery ? [emailDelivery(person.attestationDelivery.outboxEmail)] : [])));
  const withAddress = eligible.filter((p) => !isPlaceholderEmail(p.email)).length;
  return {
    eligible: eligible.length,
    withAddress,
    notYetSent: withAddress - eligible.filter((p) => p.attestationDelivery && !isPlaceholderEmail(p.email)).length,
    delivered,
    days,
    badges: event._count.registrations,
    canSend: await canSendEmails(eventId),
    mailIsSent: mailIsSent(),
  };
}
export type AttestationsSummary = Awaited<ReturnType<typeof getAttestationsSummary>>;

/** One person's attestation: whether there is one, and whether it was e-mailed. */
export async function getPersonAttestation(eventId: string, registrationId: string) {
  await requireEventPermission(eventId, 'event.read');
  const [days, person] = await Promise.all([
    listEventDays(db(), eventId),
    db().registration.findFirst({
      where: { id: registrationId, eventId },
      select: {
        email: true,
        anonymisedAt: true,
        attendances: { select: { date: true, status: true } },
        attestationDelivery: { select: { queuedAt: true, outboxEmail: { select: { status: true, attempts: true } } } },
      },
    }),
  ]);
  if (!person) return null;
  const eligible = isAttestationEligible(
    { anonymised: person.anonymisedAt !== null, attendance: person.attendances.map((a) => ({ date: a.date, status: toAttendanceStatus(a.status) })) },
    days,
  );
  return {
    eligible,
    hasAddress: !isPlaceholderEmail(person.email),
    delivery: person.attestationDelivery ? { queuedAt: person.attestationDelivery.queuedAt, state: emailDelivery(person.attestationDelivery.outboxEmail) } : null,
    canSend: await canSendEmails(eventId),
    mailIsSent: mailIsSent(),
  };
}
