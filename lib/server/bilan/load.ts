import 'server-only';
import { computeBilan } from '@/lib/domain/bilan/compute';
import type { BilanInput, BilanTextsInput } from '@/lib/domain/bilan/input';
import type { BilanSnapshot } from '@/lib/domain/bilan/types';
import type { QuestionnaireSummary } from '@/lib/domain/questionnaire/types';
import { db, type Tx } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { loadBudgetLines } from '@/lib/server/queries/budget';
import { toAttendanceStatus, toAudienceCategory, toRegistrationStatus } from '@/lib/server/participants/facts';
import type { OutsideSource } from '@/lib/domain/bilan/outside-results';
import { loadOutsideSources } from './outside-results';
import { BILAN_TEXTS_SELECT, toTextsInput } from './texts';

type Client = Tx | ReturnType<typeof db>;


/**
 * Everything the bilan reads, in three selects (the event with its programme and texts, the
 * registrations with their attendance, the budget). The caller has authorized access to the event.
 */
export async function loadBilanInput(
  client: Client,
  eventId: string,
  questionnaire: QuestionnaireSummary | null,
  now: Date,
): Promise<BilanInput> {
  // One after the other: inside a transaction the three selects share one connection.
  const event = await client.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      mode: true,
      venueName: true,
      venueAddress: true,
      themes: true,
      level: true,
      objective: true,
      participantMin: true,
      participantMax: true,
      territory: { select: { name: true } },
      owner: { select: { id: true, name: true } },
      coOrganisers: { where: { status: 'ACCEPTED' }, select: { organisation: { select: { id: true, name: true } } } },
      outsideCoOrganisers: { select: { id: true, name: true }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] },
      days: { select: { date: true, startsAt: true, endsAt: true }, orderBy: { date: 'asc' } },
      // A draft (an accepted proposal never placed) was not part of the event.
      sessions: {
        where: { draft: false },
        select: {
          id: true,
          title: true,
          formatId: true,
          customFormat: true,
          startsAt: true,
          endsAt: true,
          status: true,
          cancelReason: true,
          countsAsContent: true,
          day: { select: { date: true } },
          room: { select: { name: true } },
          speakers: { select: { speakerId: true } },
        },
        orderBy: [{ startsAt: 'asc' }, { title: 'asc' }],
      },
      // Not the speakers of a draft alone (an accepted proposal never placed).
      speakers: {
        where: { OR: [{ sessions: { none: {} } }, { sessions: { some: { session: { draft: false } } } }] },
        select: { id: true, name: true, scope: true, gender: true },
        orderBy: { name: 'asc' },
      },
      audiences: { select: { category: true, territoryTotal: true } },
      bilan: { select: BILAN_TEXTS_SELECT },
    },
  });
  const registrations = await client.registration.findMany({
    where: { eventId },
    select: { id: true, category: true, status: true, isSpeaker: true, isWalkIn: true, days: true, attendances: { select: { date: true, status: true } } },
  });
  const lines = await loadBudgetLines(client, eventId);
  const outsideResults = await loadOutsideSources(client, eventId);
  if (!event) throw notFound('Cet événement');
  const texts: BilanTextsInput | null = event.bilan ? toTextsInput(event.bilan) : null;
  return {
    event: {
      id: event.id,
      title: event.title,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      mode: event.mode,
      venueName: event.venueName,
      venueAddress: event.venueAddress,
      territoryName: event.territory?.name ?? null,
      themes: event.themes,
      level: event.level,
      objective: event.objective,
      participantMin: event.participantMin,
      participantMax: event.participantMax,
    },
    organisers: [
      { id: event.owner.id, name: event.owner.name, role: 'owner' },
      ...event.coOrganisers.map(({ organisation }) => ({ id: organisation.id, name: organisation.name, role: 'co-organiser' as const })),
      ...event.outsideCoOrganisers.map(({ id, name }) => ({ id, name, role: 'co-organiser' as const, outsideTrame: true })),
    ],
    days: event.days,
    sessions: event.sessions.map((session) => ({
      id: session.id,
      title: session.title,
      formatId: session.formatId,
      customFormat: session.customFormat,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      dayDate: session.day?.date ?? null,
      room: session.room?.name ?? null,
      speakerIds: session.speakers.map((link) => link.speakerId),
      cancelled: session.status === 'CANCELLED',
      cancelReason: session.cancelReason,
      countsAsContent: session.countsAsContent,
    })),
    speakers: event.speakers,
    registrations: registrations.map((row) => ({
      id: row.id,
      audienceCategory: toAudienceCategory(row.category),
      status: toRegistrationStatus(row.status),
      isSpeaker: row.isSpeaker,
      isWalkIn: row.isWalkIn,
      days: row.days.length === 0 ? null : row.days,
    })),
    attendance: registrations.flatMap((row) =>
      row.attendances.map((record) => ({ registrationId: row.id, day: record.date, status: toAttendanceStatus(record.status) })),
    ),
    audiences: event.audiences,
    budgetLines: lines,
    texts,
    questionnaire,
    outsideResults: outsideResults.map((source): OutsideSource => ({ sourceLabel: source.sourceLabel, responseCount: source.responseCount, scores: source.scores, quotes: source.quotes, importedFrom: source.importedFrom })),
    now,
  };
}

export async function computeEventBilan(
  client: Client,
  eventId: string,
  questionnaire: QuestionnaireSummary | null,
  now: Date,
): Promise<BilanSnapshot> {
  return computeBilan(await loadBilanInput(client, eventId, questionnaire, now));
}
