import 'server-only';
import type { RegisterInput } from '@/lib/schemas/registration';
import { attendanceDaysToStore } from '@/lib/server/registrations/days';
import { assertOpen, lockEvent, lockSessions } from '@/lib/server/registrations/locks';
import { sendRegistrationEmail } from '@/lib/server/registrations/notify';
import type { RegistrationOutcome } from '@/lib/server/registrations/outcome';
import { decideEventSeat } from '@/lib/server/registrations/seats';
import { joinSession } from '@/lib/server/registrations/session-choices';
import { registrationTransaction } from '@/lib/server/registrations/transaction';
import { newToken } from '@/lib/server/tokens';

/**
 * The public registration, in one transaction under the event's lock. The same e-mail again updates
 * the registration: its details are replaced and the chosen sessions are added, never removed (anyone
 * may type someone else's address; leaving a session takes the personal link). The seat already held
 * is kept. A cancelled registration starts again at the back of the line. The personal link is (re)sent.
 */
export async function registerParticipant(input: RegisterInput): Promise<RegistrationOutcome> {
  return registrationTransaction(async (tx) => {
    const event = await lockEvent(tx, input.eventId);
    assertOpen(event);
    const sessions = await lockSessions(tx, event.id, input.sessionIds);
    const now = new Date();
    const days = await attendanceDaysToStore(tx, event.id, input.days);
    const details = {
      name: input.name,
      organisation: input.organisation || null,
      category: input.category,
      accessibilityNeeds: input.accessibilityNeeds || null,
      consentAt: now,
      // Multi-day events: the days chosen on the form ([] = every day); kept as they are when none is sent.
      ...(days === undefined ? {} : { days }),
    };
    const select = { id: true, status: true } as const;
    // The link sent by e-mail; any earlier one stops working.
    const { token, tokenHash } = newToken();
    const existing = await tx.registration.findUnique({ where: { eventId_email: { eventId: event.id, email: input.email } }, select });
    const updated = existing !== null && existing.status !== 'CANCELLED';
    let registration: { id: string; status: string };
    if (existing && updated) {
      registration = await tx.registration.update({ where: { id: existing.id }, data: { ...details, tokenHash }, select });
    } else {
      const seat = await decideEventSeat(tx, event);
      const fresh = { ...details, ...seat, tokenHash, registeredAt: now, cancelledAt: null, source: 'formulaire' };
      registration = existing
        ? await tx.registration.update({ where: { id: existing.id }, data: fresh, select })
        : await tx.registration.create({ data: { ...fresh, eventId: event.id, email: input.email }, select });
    }
    for (const session of sessions) await joinSession(tx, session, registration);
    return sendRegistrationEmail(tx, event, registration.id, { token, updated });
  });
}
