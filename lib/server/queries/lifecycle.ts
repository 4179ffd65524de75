import 'server-only';
import { eventDaysOf } from '@/lib/domain/community/task-schedule';
import type { CalendarDate } from '@/lib/domain/dates';
import { lifecycle, type Lifecycle, type LifecycleFacts } from '@/lib/domain/lifecycle/stages';
import { earlyActionRefusal, earlyConfirmationLabel, eventEndsAt, isBeforeEnd, type EarlyAction } from '@/lib/domain/lifecycle/timing';
import { requireEventPermission } from '@/lib/server/authz';
import { db, type Tx } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';

/** What the event's data proves about its lifecycle (see lib/domain/lifecycle): read, never stored. */
export async function loadLifecycleFacts(client: Tx, eventId: string): Promise<LifecycleFacts> {
  const [event, attendance] = await Promise.all([
    client.event.findUniqueOrThrow({
      where: { id: eventId },
      select: {
        startsAt: true,
        endsAt: true,
        status: true,
        level: true,
        diagnosticId: true,
        registrationOpen: true,
        days: { select: { date: true } },
        questionnaire: { select: { sentAt: true } },
        _count: { select: { sessions: true, speakers: true, budgetLines: true, registrations: true, bilanVersions: true } },
      },
    }),
    client.attendance.findFirst({ where: { registration: { eventId } }, select: { date: true } }),
  ]);
  return {
    ...eventDaysOf(event),
    hasDiagnostic: event.diagnosticId !== null || event.level !== null,
    sessionCount: event._count.sessions,
    speakerCount: event._count.speakers,
    budgetLineCount: event._count.budgetLines,
    // A bilan validated on a draft leaves it a draft (statusAfterBilanValidation): only the status says published.
    published: event.status !== 'DRAFT',
    registrationOpen: event.registrationOpen,
    registrationCount: event._count.registrations,
    attendanceRecorded: attendance !== null,
    questionnaireSent: event.questionnaire?.sentAt != null,
    bilanValidated: event._count.bilanVersions > 0,
  };
}

/** The overview's cockpit: the stages, where the event stands, the next useful actions. */
export async function getEventLifecycle(eventId: string, today: CalendarDate): Promise<Lifecycle> {
  await requireEventPermission(eventId, 'event.read');
  return lifecycle(await loadLifecycleFacts(db(), eventId), today, eventId);
}

/** The event's end instant (its end, or its last programme day's if later): see lib/domain/lifecycle/timing. */
export async function loadEventEnd(client: Tx, eventId: string): Promise<Date> {
  const event = await client.event.findUniqueOrThrow({ where: { id: eventId }, select: { endsAt: true, days: { select: { endsAt: true } } } });
  return eventEndsAt(event);
}

/** Refuses an action made before the event's end unless the person confirmed it (`confirmEarly`). */
export async function refuseIfEarly(client: Tx, eventId: string, action: EarlyAction, confirmEarly: boolean | undefined, now: Date) {
  const refusal = earlyActionRefusal(action, await loadEventEnd(client, eventId), now, confirmEarly === true);
  if (refusal) throw new SafeError(refusal, 'conflict');
}

/** The confirmation box's label when the event has not ended yet (the action needs it), else null. */
export async function earlyConfirmation(client: Tx, eventId: string, action: EarlyAction, now: Date): Promise<string | null> {
  const endsAt = await loadEventEnd(client, eventId);
  return isBeforeEnd(endsAt, now) ? earlyConfirmationLabel(action, endsAt) : null;
}
