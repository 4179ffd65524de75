import 'server-only';
import { z } from 'zod';
import { parisDay } from '@/lib/domain/dates';
import { getFormat } from '@/lib/domain/formats/formats';
import { isFormatId } from '@/lib/domain/formats/format-ids';
import { READABLE_SNAPSHOT_VERSIONS } from '@/lib/domain/bilan/types';
import { funderEventFacts, type FunderEventFacts, type FunderSnapshotPart } from '@/lib/domain/funders/facts';
import { eventRow, funderTotals, grantGroups, monthlyTotals, type FunderEventRow, type FunderTotals, type GrantGroup, type MonthTotals } from '@/lib/domain/funders/rollup';
import { placeOf, type AdministrativeArea, type AdministrativeDepartement } from '@/lib/domain/territories/administrative';
import { funderDashboardFiltersSchema, pickFilterParams, type FunderDashboardFilters } from '@/lib/schemas/funder-dashboard';
import { isFunder, type Viewer } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { administrativeMap } from '@/lib/server/territories/administrative';
import { levelRowsForEvents } from '@/lib/server/networks/levels';
import type { LevelRow } from '@/lib/domain/networks/level-before-after';

/*
 * The dashboard of a funder organisation: the latest version of each event's bilan shared with it
 * (share not revoked; a version exists only once validated), across every hub. Only the frozen
 * snapshot's counts and amounts leave this module (lib/domain/funders/facts.ts): no registration,
 * no answer, no name of a participant.
 */

export const NOT_A_FUNDER = 'Ce tableau de bord est réservé aux financeurs : passez sur votre structure de financeur pour le voir.';

/** The caller's current organisation must be a funder; a hub's member is refused (403). */
export function funderOf(viewer: Viewer): { organisationId: string; organisationName: string } {
  if (!isFunder(viewer.current)) throw new SafeError(NOT_A_FUNDER, 'forbidden');
  return { organisationId: viewer.current.organisationId, organisationName: viewer.current.organisationName };
}

export type FunderDashboardOptions = {
  hubs: Array<{ id: string; name: string }>;
  regions: AdministrativeArea[];
  departements: AdministrativeDepartement[];
  formats: Array<{ id: string; name: string }>;
};

export type FunderDashboard = {
  funderName: string;
  /** Bilans shared with the funder before any filter: 0 means the empty state that explains sharing. */
  sharedCount: number;
  filters: FunderDashboardFilters;
  /** French messages for unusable filters; the figures are then not computed. */
  errors: string[];
  options: FunderDashboardOptions;
  rows: FunderEventRow[];
  totals: FunderTotals;
  grants: GrantGroup[];
  /** The same totals month by month (Paris month of the event's start), for the charts. */
  months: MonthTotals[];
  /** Each territory's diagnostic level before the first and after the last funded event (issue 19.4). */
  levels: LevelRow[];
};

export type SharedVersion = {
  versionId: string;
  number: number;
  eventId: string;
  startsAt: Date;
  hubId: string;
  hubName: string;
  territory: { level: 'COMMUNE' | 'EPCI' | 'DEPARTEMENT' | 'REGION'; code: string } | null;
};

/** Every live share with the organisation, one per event: its highest version number. */
async function latestSharedVersions(organisationId: string): Promise<SharedVersion[]> {
  const shares = await db().bilanShare.findMany({
    where: { organisationId, revokedAt: null },
    select: {
      version: {
        select: {
          id: true,
          number: true,
          event: { select: { id: true, startsAt: true, ownerOrganisationId: true, owner: { select: { name: true } }, territory: { select: { level: true, inseeCode: true } } } },
        },
      },
    },
  });
  const latest = new Map<string, SharedVersion>();
  for (const { version } of shares) {
    const known = latest.get(version.event.id);
    if (known && known.number >= version.number) continue;
    latest.set(version.event.id, {
      versionId: version.id,
      number: version.number,
      eventId: version.event.id,
      startsAt: version.event.startsAt,
      hubId: version.event.ownerOrganisationId,
      hubName: version.event.owner.name,
      territory: version.event.territory ? { level: version.event.territory.level, code: version.event.territory.inseeCode } : null,
    });
  }
  return [...latest.values()];
}

/**
 * Only the parts of each frozen snapshot the dashboard reads, extracted by PostgreSQL: a bilan's
 * snapshot holds its programme, expenses and answers' texts, which a funder's roll-up never needs
 * (and 500 whole snapshots would be megabytes to parse on every render).
 */
export async function factsOf(versions: ReadonlyArray<Omit<SharedVersion, 'territory'>>, funderName: string): Promise<FunderEventFacts[]> {
  if (versions.length === 0) return [];
  const byId = new Map(versions.map((version) => [version.versionId, version]));
  const ids = [...byId.keys()];
  // The snapshot is read (detoasted) once per row in the sub-query, annexes dropped; OFFSET 0 keeps
  // PostgreSQL from folding it into the outer query, where each « s->… » would read it again.
  const rows = await db().$queryRaw<Array<{ id: string; snapshotVersion: number | null; part: FunderSnapshotPart }>>`
    SELECT id,
      (s->>'snapshotVersion')::int AS "snapshotVersion",
      jsonb_build_object(
        'introduction', jsonb_build_object(
          'title', s->'introduction'->'title',
          'startsAt', s->'introduction'->'startsAt',
          'territoryName', s->'introduction'->'territoryName'),
        'quantitative', jsonb_build_object(
          'participants', s->'quantitative'->'participants',
          'perDay', s->'quantitative'->'perDay',
          'audiences', s->'quantitative'->'audiences',
          'sessionsByFormat', s->'quantitative'->'sessionsByFormat',
          'speakers', s->'quantitative'->'speakers'),
        'overall', jsonb_path_query_first(s, '$.qualitative.questionnaire.questions[*] ? (@.id == "overall")'),
        'outsideOverall', jsonb_path_query_first(s, '$.qualitative.outside.scores[*] ? (@.key == "overall")'),
        'financial', jsonb_build_object(
          'totals', s->'financial'->'totals',
          'costPerParticipantCents', s->'financial'->'costPerParticipantCents',
          'produitsBySource', s->'financial'->'produitsBySource')
      ) AS part
    FROM (SELECT id, snapshot - 'annexes' AS s FROM "BilanVersion" WHERE id = ANY(${ids}::text[]) OFFSET 0) AS version`;
  return rows.flatMap((row) => {
    const version = byId.get(row.id);
    if (!version) return [];
    if (!READABLE_SNAPSHOT_VERSIONS.some((readable) => readable === row.snapshotVersion)) throw new Error('Version de bilan illisible.');
    const facts = funderEventFacts(row.part, { versionId: row.id, versionNumber: version.number, eventId: version.eventId, hubId: version.hubId, hubName: version.hubName }, funderName);
    // The period filter, the order and the months all read the event's start date.
    return [{ ...facts, startsAt: version.startsAt.toISOString() }];
  });
}

const byStart = (a: FunderEventFacts, b: FunderEventFacts) => a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title, 'fr');

/** The dashboard for the funder `viewer` acts for, filtered by the address's search params. */
export async function getFunderDashboard(viewer: Viewer, searchParams: Record<string, string | string[] | undefined> | URLSearchParams): Promise<FunderDashboard> {
  const funder = funderOf(viewer);
  const [map, versions] = await Promise.all([administrativeMap(), latestSharedVersions(funder.organisationId)]);
  const hubs = [...new Map(versions.map((v) => [v.hubId, v.hubName])).entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const options: FunderDashboardOptions = { hubs, regions: [...map.regions], departements: [...map.departements], formats: [] };
  const parsed = funderDashboardFiltersSchema({ regions: new Set(map.regions.map((r) => r.code)), departements: new Set(map.departements.map((d) => d.code)) }).safeParse(
    pickFilterParams(searchParams),
  );
  const empty = { rows: [], totals: funderTotals([]), grants: [], months: [], levels: [] };
  if (!parsed.success) {
    const errors = [...new Set(Object.values(z.flattenError(parsed.error).fieldErrors).flat())].filter((message): message is string => typeof message === 'string');
    return { funderName: funder.organisationName, sharedCount: versions.length, filters: {}, errors, options, ...empty };
  }
  const filters = parsed.data;
  const selected = versions.filter((version) => {
    const day = parisDay(version.startsAt);
    if (filters.du && day < filters.du) return false;
    if (filters.au && day > filters.au) return false;
    if (filters.structure && version.hubId !== filters.structure) return false;
    if (filters.region || filters.departement) {
      const place = placeOf(map, version.territory);
      if (filters.region && place.region !== filters.region) return false;
      if (filters.departement && place.departement !== filters.departement) return false;
    }
    return true;
  });
  const facts = await factsOf(selected, funder.organisationName);
  options.formats = [...new Set(facts.flatMap((f) => f.formatIds))]
    .filter(isFormatId)
    .map((id) => ({ id, name: getFormat(id).name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const kept = (filters.format ? facts.filter((f) => f.formatIds.includes(filters.format as string)) : facts).sort(byStart);
  return {
    funderName: funder.organisationName,
    sharedCount: versions.length,
    filters,
    errors: [],
    options,
    rows: kept.map(eventRow),
    totals: funderTotals(kept),
    grants: grantGroups(kept),
    months: monthlyTotals(kept, (iso) => parisDay(new Date(iso)).slice(0, 7)),
    levels: await levelRowsForEvents(kept.map((f) => f.eventId)),
  };
}
