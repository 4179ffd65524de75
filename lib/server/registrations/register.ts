import 'server-only';
import { decideRegistration } from '@/lib/domain/registrations/waiting-list';
import type { RegisterInput } from '@/lib/schemas/registration';
import { db, type Tx } from '@/lib/server/db';
import { attendanceDaysToStore } from '@/lib/server/registrations/days';
import { assertOpen, lockEvent, lockSessions, type LockedEvent, type LockedSession } from '@/lib/server/registrations/locks';
import { sendAlreadyRegisteredEmail, sendNewRegistrationEmail, sendRegistrationEmail } from '@/lib/server/registrations/notify';
import type { RegistrationOutcome } from '@/lib/server/registrations/outcome';
import { readSeatState, type SeatState } from '@/lib/server/registrations/seat-state';
import { type Seat } from '@/lib/server/registrations/seats';
import { joinSession } from '@/lib/server/registrations/session-choices';
import { registrationTransaction } from '@/lib/server/registrations/transaction';
import { newToken } from '@/lib/server/tokens';
import { emitRegistration } from '@/lib/server/webhooks/occurrences';

/*
 * The public registration, in one transaction under the event's lock. Anyone may type anyone's
 * address, so the same e-mail again changes NOTHING of a registration that holds: its owner is sent a
 * link to it instead (a second, "re-sent" link; the first keeps working), and the form is answered
 * exactly as a new address would be (the seat a newcomer would get), so that the answer does not tell
 * whether the address is registered. A cancelled registration starts again at the back of the line,
 * with the details typed and a new personal link, as a new one would.
 *
 * Registrations of one event run one after the other, so a burst is a queue whose length is the
 * time spent under the lock: everything that needs no lock (days check, token) is done before it,
 * and a first registration — the common case — takes lock, one read of the counts, the inserts and
 * the e-mail (outbox + job), nothing else.
 */
export async function registerParticipant(input: RegisterInput): Promise<RegistrationOutcome> {
  const days = await attendanceDaysToStore(db(), input.eventId, input.days);
  // The link sent by e-mail; any earlier one stops working.
  const { token, tokenHash } = newToken();
  return registrationTransaction(async (tx) => {
    const event = await lockEvent(tx, input.eventId);
    assertOpen(event);
    const sessions = await lockSessions(tx, event.id, input.sessionIds);
    const state = await readSeatState(tx, event.id, input.email, sessions.map((session) => session.id));
    const now = new Date();
    const details: Details = {
      name: input.name,
      organisation: input.organisation || null,
      category: input.category,
      accessibilityNeeds: input.accessibilityNeeds || null,
      consentAt: now,
      tokenHash,
      // Multi-day events: the days chosen on the form ([] = every day); kept as they are when none is sent.
      ...(days === undefined ? {} : { days }),
    };
    if (state.existing === null) return registerFirstTime(tx, { event, sessions, state, email: input.email, details, token, now });
    const { existing } = state;
    if (existing.status !== 'CANCELLED') {
      await tx.registration.update({ where: { id: existing.id }, data: { resentTokenHash: tokenHash }, select: { id: true } });
      await sendAlreadyRegisteredEmail(tx, event, existing.id, token);
      return newcomerOutcome(event, sessions, state);
    }
    const registration = await tx.registration.update({
      where: { id: existing.id },
      data: { ...details, ...eventSeat(event, state), resentTokenHash: null, registeredAt: now, cancelledAt: null, source: 'formulaire' },
      select: { id: true, status: true },
    });
    for (const session of sessions) await joinSession(tx, session, registration);
    await emitRegistration(tx, 'registration.created', event, registration.id, now);
    return sendRegistrationEmail(tx, event, registration.id, { token, updated: false });
  }, input.eventId);
}

const CONFIRMED: Seat = { status: 'CONFIRMED', rank: null };

/** What a new address would have been told, from the same counts (nothing is written). */
function newcomerOutcome(event: LockedEvent, sessions: LockedSession[], state: SeatState): RegistrationOutcome {
  const seat = eventSeat(event, state);
  const ordered = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return {
    ...seat,
    updated: false,
    sessions: ordered.map((session) => ({ sessionId: session.id, ...sessionSeat(session, state, seat.status === 'CONFIRMED') })),
  };
}

function eventSeat(event: LockedEvent, state: SeatState): Seat {
  const decision = decideRegistration({ capacity: event.capacity, confirmedCount: state.confirmed, waitingCount: state.waiting });
  return decision.status === 'confirmed' ? CONFIRMED : { status: 'WAITING', rank: decision.rank };
}

/** Same rule as decideSessionSeat (seats.ts), from the counts already read. */
function sessionSeat(session: LockedSession, state: SeatState, confirmedAtEvent: boolean): Seat {
  const line = state.sessions.find((entry) => entry.sessionId === session.id) ?? { confirmed: 0, waiting: 0, eligible: 0 };
  const decision = decideRegistration({ capacity: session.capacity, confirmedCount: line.confirmed, waitingCount: line.eligible });
  if (confirmedAtEvent && decision.status === 'confirmed') return CONFIRMED;
  return { status: 'WAITING', rank: line.waiting + 1 };
}

type Details = {
  name: string;
  organisation: string | null;
  category: string;
  accessibilityNeeds: string | null;
  consentAt: Date;
  tokenHash: string;
  days?: string[];
};

type FirstTime = {
  event: LockedEvent;
  sessions: LockedSession[];
  state: SeatState;
  email: string;
  details: Details;
  token: string;
  now: Date;
};

/** A new address: everything is known from the counts, so nothing is read back. */
async function registerFirstTime(tx: Tx, { event, sessions, state, email, details, token, now }: FirstTime): Promise<RegistrationOutcome> {
  const seat = eventSeat(event, state);
  // One statement for the registration and its session places (a nested Prisma create takes three).
  const places = sessions.map((session) => ({ session, seat: sessionSeat(session, state, seat.status === 'CONFIRMED') }));
  const rows = places.map(({ session, seat: place }) => ({ sessionId: session.id, status: place.status, rank: place.rank }));
  const inserted = await tx.$queryRaw<Array<{ id: string }>>`
    WITH registration AS (
      INSERT INTO "Registration" (id, "eventId", email, name, organisation, category, "accessibilityNeeds", status, rank,
        "tokenHash", "consentAt", source, "registeredAt", "updatedAt", days)
      VALUES (gen_random_uuid()::text, ${event.id}, ${email}, ${details.name}, ${details.organisation}, ${details.category},
        ${details.accessibilityNeeds}, ${seat.status}::"RegistrationStatus", ${seat.rank}, ${details.tokenHash}, ${details.consentAt},
        'formulaire', ${now}, ${now}, ${details.days ?? []}::text[])
      RETURNING id
    ), places AS (
      INSERT INTO "SessionRegistration" (id, "sessionId", "registrationId", status, rank, "createdAt")
      SELECT gen_random_uuid()::text, place."sessionId", registration.id, place.status::"RegistrationStatus", place.rank, ${now}
      FROM registration, json_to_recordset(${JSON.stringify(rows)}::json) AS place("sessionId" text, status text, rank int)
    )
    SELECT id FROM registration`;
  const registration = inserted[0];
  if (!registration) throw new Error('registration not inserted');
  await emitRegistration(tx, 'registration.created', event, registration.id, now);
  return sendNewRegistrationEmail(tx, event, { id: registration.id, name: details.name, email, ...seat }, places, token);
}
