import 'server-only';
import { compareEvents, type ComparedEvent } from '@/lib/domain/comparison/events';
import { territoryDiagnostics, type TerritoryDiagnostics } from '@/lib/domain/comparison/diagnostics';
import { eventCalendarDays } from '@/lib/domain/registrations/event-days';
import { requireCurrentPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { toAttendanceStatus, toRegistrationStatus } from '@/lib/server/participants/facts';
import { getQuestionnaireSummary } from '@/lib/server/queries/questionnaire-summary';

export type OrganisationComparison = {
  organisationName: string;
  events: ComparedEvent[];
  territories: TerritoryDiagnostics[];
};

/**
 * The current organisation's events (owned or co-organised) compared over time, and the maturity
 * of their territories before and after. A funder organisation reads shared bilans only: refused
 * here by the permission check. Diagnostics are the organisation's own (a diagnostic belongs to the
 * organisation that made it).
 */
export async function getOrganisationComparison(): Promise<OrganisationComparison> {
  const { membership } = await requireCurrentPermission('event.read');
  const organisationId = membership.organisationId;
  const events = await db().event.findMany({
    where: { OR: [{ ownerOrganisationId: organisationId }, { coOrganisers: { some: { organisationId, status: 'ACCEPTED' } } }] },
    orderBy: { startsAt: 'asc' },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      territoryId: true,
      territory: { select: { name: true } },
      days: { select: { date: true } },
      registrations: {
        select: { id: true, status: true, isSpeaker: true, isWalkIn: true, days: true, attendances: { select: { date: true, status: true } } },
      },
      budgetLines: { where: { kind: 'CHARGE', inKind: false, actualCents: { not: null } }, select: { actualCents: true } },
    },
  });
  const inputs = await Promise.all(
    events.map(async (event) => {
      const summary = await getQuestionnaireSummary(event.id);
      const actual = event.budgetLines.map((line) => line.actualCents ?? 0);
      return {
        id: event.id,
        title: event.title,
        startsAt: event.startsAt,
        days: eventCalendarDays({ dayDates: event.days.map((day) => day.date), startsAt: event.startsAt, endsAt: event.endsAt }),
        registrations: event.registrations.map((row) => ({
          id: row.id,
          status: toRegistrationStatus(row.status),
          isSpeaker: row.isSpeaker,
          isWalkIn: row.isWalkIn,
          days: row.days.length > 0 ? row.days : null,
        })),
        attendance: event.registrations.flatMap((row) =>
          row.attendances.map((record) => ({ registrationId: row.id, day: record.date, status: toAttendanceStatus(record.status) })),
        ),
        actualChargesCents: actual.length > 0 ? actual.reduce((sum, cents) => sum + cents, 0) : null,
        satisfaction: summary?.overallSatisfaction ?? null,
      };
    }),
  );
  const territoryIds = [...new Set(events.flatMap((event) => (event.territoryId ? [event.territoryId] : [])))];
  const diagnostics = await db().diagnostic.findMany({
    where: { organisationId, territoryId: { in: territoryIds } },
    select: { id: true, territoryId: true, createdAt: true, computedLevel: true, chosenLevel: true },
  });
  return {
    organisationName: membership.organisationName,
    events: compareEvents(inputs),
    territories: territoryDiagnostics(
      events.map((event) => ({ id: event.id, title: event.title, startsAt: event.startsAt, territoryId: event.territoryId, territoryName: event.territory?.name ?? null })),
      diagnostics,
    ),
  };
}
