import 'server-only';
import { can } from '@/lib/domain/access/permissions';
import type { EventStatus } from '@/lib/domain/events/status';
import type { CoreQuestionData, CoreQuestionKind } from '@/lib/domain/networks/core-questions';
import { coreQuestionId } from '@/lib/domain/networks/core-questions';
import type { LevelRow } from '@/lib/domain/networks/level-before-after';
import { consolidateCoreResults, type CoreResult } from '@/lib/domain/networks/rollup';
import { eventRow, funderTotals, type FunderEventRow, type FunderTotals } from '@/lib/domain/funders/rollup';
import { summarise } from '@/lib/domain/questionnaire/summary';
import type { Answers } from '@/lib/domain/questionnaire/types';
import type { Viewer } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { levelRowsForEvents } from '@/lib/server/networks/levels';
import { networkOf } from '@/lib/server/networks/manage';
import { factsOf } from '@/lib/server/queries/funder-dashboard';
import { readQuestions } from '@/lib/server/questionnaires/stored';

/*
 * Issue 19.3: what a network sees of its members. Only the cycle events of organisations that joined
 * it; the figures from each event's latest validated bilan (as the funder dashboard: frozen counts
 * and amounts, lib/domain/funders); the core questions' results summed from the questionnaires'
 * anonymous aggregates, across events only (no event's answers, no free text, no person).
 */

export type NetworkCoreQuestion = CoreQuestionData & { frozen: boolean };

export type NetworkCycleRow = {
  eventId: string;
  title: string;
  hubName: string;
  startsAt: Date;
  endsAt: Date;
  status: EventStatus;
  territoryName: string | null;
  /** The figures of its latest validated bilan; `null` until one is validated. */
  figures: FunderEventRow | null;
  /** Answers to its questionnaire (anonymous count), `null` without questionnaire. */
  responses: number | null;
};

export type NetworkPage = {
  networkId: string;
  name: string;
  canManage: boolean;
  members: Array<{ organisationId: string; name: string; joinedAt: Date | null; invitedAt: Date; cycleEvents: number }>;
  /** Organisations that may be invited (not yet in the network, no funder, no network). */
  candidates: Array<{ id: string; name: string }>;
  coreQuestions: NetworkCoreQuestion[];
  rows: NetworkCycleRow[];
  totals: FunderTotals;
  coreResults: CoreResult[];
  levels: LevelRow[];
};

const MAX_CANDIDATES = 2000;

async function frozenIds(ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db().$queryRaw<Array<{ id: string }>>`
    SELECT q.id FROM unnest(${ids.map(coreQuestionId)}::text[]) AS q(id)
    WHERE EXISTS (SELECT 1 FROM "Questionnaire" s WHERE s."sentAt" IS NOT NULL AND s.questions @> jsonb_build_array(jsonb_build_object('id', q.id)))`;
  return new Set(rows.map((row) => row.id));
}

export async function getNetworkPage(viewer: Viewer): Promise<NetworkPage> {
  const networkId = networkOf(viewer.current);
  const [members, candidates, core] = await Promise.all([
    db().networkMembership.findMany({
      where: { networkId },
      select: { memberOrganisationId: true, joinedAt: true, invitedAt: true, member: { select: { name: true } } },
      orderBy: { invitedAt: 'asc' },
    }),
    db().organisation.findMany({
      where: { id: { not: networkId }, kind: { notIn: ['FINANCEUR', 'RESEAU'] }, networks: { none: { networkId } } },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
      take: MAX_CANDIDATES,
    }),
    db().coreQuestion.findMany({ where: { networkId }, select: { id: true, kind: true, label: true, options: true, required: true, position: true, frozenAt: true }, orderBy: { position: 'asc' } }),
  ]);
  const sent = await frozenIds(core.filter((q) => !q.frozenAt).map((q) => q.id));
  const coreQuestions = core.map(({ frozenAt, ...q }) => ({ ...q, kind: q.kind as CoreQuestionKind, frozen: frozenAt !== null || sent.has(coreQuestionId(q.id)) }));
  const joined = members.filter((m) => m.joinedAt !== null).map((m) => m.memberOrganisationId);
  // Only joined members' own events (leaving a network also takes the member's events out of its cycle).
  const cycle = await db().networkCycleEvent.findMany({
    where: { networkId, event: { ownerOrganisationId: { in: joined } } },
    select: {
      event: {
        select: {
          id: true,
          title: true,
          startsAt: true,
          endsAt: true,
          status: true,
          ownerOrganisationId: true,
          owner: { select: { name: true } },
          territory: { select: { name: true } },
          bilanVersions: { select: { id: true, number: true }, orderBy: { number: 'desc' }, take: 1 },
          questionnaire: { select: { id: true, questions: true, _count: { select: { invitations: true, responses: true } } } },
        },
      },
    },
  });
  const events = cycle.map((c) => c.event).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.title.localeCompare(b.title, 'fr'));
  const versions = events.flatMap((e) =>
    e.bilanVersions[0]
      ? [{ versionId: e.bilanVersions[0].id, number: e.bilanVersions[0].number, eventId: e.id, startsAt: e.startsAt, hubId: e.ownerOrganisationId, hubName: e.owner.name }]
      : [],
  );
  const name = viewer.current.organisationName;
  const facts = await factsOf(versions, name);
  const factsByEvent = new Map(facts.map((f) => [f.eventId, f]));
  const coreData: CoreQuestionData[] = coreQuestions;
  return {
    networkId,
    name,
    canManage: can(viewer.current.role, 'organisation.manage'),
    members: members.map((m) => ({
      organisationId: m.memberOrganisationId,
      name: m.member.name,
      joinedAt: m.joinedAt,
      invitedAt: m.invitedAt,
      cycleEvents: events.filter((e) => e.ownerOrganisationId === m.memberOrganisationId).length,
    })),
    candidates,
    coreQuestions,
    rows: events.map((e) => {
      const f = factsByEvent.get(e.id);
      return {
        eventId: e.id,
        title: e.title,
        hubName: e.owner.name,
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        status: e.status,
        territoryName: e.territory?.name ?? null,
        figures: f ? eventRow(f) : null,
        responses: e.questionnaire ? e.questionnaire._count.responses : null,
      };
    }),
    totals: funderTotals(facts),
    coreResults: consolidateCoreResults(coreData, await coreSummaries(events.flatMap((e) => (e.questionnaire ? [e.questionnaire] : [])), coreData)),
    levels: await levelRowsForEvents(events.map((e) => e.id)),
  };
}

/**
 * Each questionnaire's anonymous summary of the core questions it holds, and nothing else: the
 * member's own questions, free texts and quotes are never read here.
 */
async function coreSummaries(questionnaires: ReadonlyArray<{ id: string; questions: unknown }>, core: readonly CoreQuestionData[]) {
  const coreIds = new Set(core.map((q) => coreQuestionId(q.id)));
  const withCore = questionnaires.flatMap((q) => {
    const questions = readQuestions(q.questions).filter((question) => coreIds.has(question.id));
    return questions.length > 0 ? [{ id: q.id, questions }] : [];
  });
  if (withCore.length === 0) return [];
  const responses = await db().questionnaireResponse.findMany({ where: { questionnaireId: { in: withCore.map((q) => q.id) } }, select: { questionnaireId: true, answers: true } });
  return withCore.map((q) =>
    summarise(
      q.questions,
      responses.filter((r) => r.questionnaireId === q.id).map((r) => ({ answers: (r.answers ?? {}) as Answers, verbatim: null, verbatimConsent: false })),
      { invited: 0, sessions: [], selectedVerbatims: [] },
    ).questions,
  );
}

export type MemberNetworks = {
  canAnswer: boolean;
  invitations: Array<{ networkId: string; name: string; invitedAt: Date }>;
  networks: Array<{ networkId: string; name: string; events: Array<{ id: string; title: string; startsAt: Date; inCycle: boolean }> }>;
  canChooseEvents: boolean;
};

const MAX_EVENTS = 200;

/** The current organisation's networks: invitations to answer, and its own events to put in each cycle. */
export async function getMemberNetworks(viewer: Viewer): Promise<MemberNetworks> {
  const organisationId = viewer.current.organisationId;
  const rows = await db().networkMembership.findMany({
    where: { memberOrganisationId: organisationId },
    select: { networkId: true, joinedAt: true, invitedAt: true, network: { select: { name: true } } },
    orderBy: { invitedAt: 'asc' },
  });
  const joined = rows.filter((r) => r.joinedAt !== null);
  const events =
    joined.length === 0
      ? []
      : await db().event.findMany({
          where: { ownerOrganisationId: organisationId },
          select: { id: true, title: true, startsAt: true, networkCycles: { where: { networkId: { in: joined.map((r) => r.networkId) } }, select: { networkId: true } } },
          orderBy: { startsAt: 'desc' },
          take: MAX_EVENTS,
        });
  return {
    canAnswer: can(viewer.current.role, 'organisation.manage'),
    canChooseEvents: can(viewer.current.role, 'event.publish'),
    invitations: rows.filter((r) => r.joinedAt === null).map((r) => ({ networkId: r.networkId, name: r.network.name, invitedAt: r.invitedAt })),
    networks: joined.map((r) => ({
      networkId: r.networkId,
      name: r.network.name,
      events: events.map((e) => ({ id: e.id, title: e.title, startsAt: e.startsAt, inCycle: e.networkCycles.some((c) => c.networkId === r.networkId) })),
    })),
  };
}
