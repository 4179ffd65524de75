import 'server-only';
import { can } from '@/lib/domain/access/permissions';
import {
  buildSavedDiagnosticResult,
  diagnosticAnswersSchema,
  type DiagnosticAnswers,
  type SavedDiagnosticResult,
} from '@/lib/domain/diagnostic';
import { isMaturityLevel, type MaturityLevel } from '@/lib/domain/diagnostic/maturity-level';
import { departementOfCommune, territoryLabel } from '@/lib/domain/territories/types';
import { isFunder, requireViewer } from '@/lib/server/authz';
import { db } from '@/lib/server/db';

type TerritoryRow = { id: string; level: 'COMMUNE' | 'EPCI' | 'DEPARTEMENT' | 'REGION'; inseeCode: string; name: string };
type DiagnosticRow = {
  ecosystem: number;
  events: number;
  engagement: number;
  computedLevel: number;
  chosenLevel: number | null;
  overrideReason: string | null;
};

export type TerritoryView = { id: string; name: string; label: string };

export type DiagnosticView = {
  id: string;
  createdAt: Date;
  createdByName: string;
  organisationName: string;
  territory: TerritoryView;
  result: SavedDiagnosticResult;
  canOverride: boolean;
  canCreateEvent: boolean;
};

export type DiagnosticHistoryEntry = {
  id: string;
  createdAt: Date;
  answers: SavedDiagnosticResult['answers'];
  values: DiagnosticAnswers;
  level: MaturityLevel;
  computedLevel: MaturityLevel;
  overridden: boolean;
};

const territorySelect = { id: true, level: true, inseeCode: true, name: true } as const;
const resultSelect = { ecosystem: true, events: true, engagement: true, computedLevel: true, chosenLevel: true, overrideReason: true } as const;

export function toTerritoryView(t: TerritoryRow): TerritoryView {
  const departement = t.level === 'COMMUNE' ? departementOfCommune(t.inseeCode) : null;
  return { id: t.id, name: t.name, label: territoryLabel({ level: t.level, name: t.name, code: t.inseeCode, departement }) };
}

function toLevel(value: number): MaturityLevel {
  if (!isMaturityLevel(value)) throw new Error(`Niveau enregistré invalide : ${value}`);
  return value;
}

/** Rows hold plain integers: check them against the domain's types on the way out. */
function answersOf(row: DiagnosticRow): DiagnosticAnswers {
  return diagnosticAnswersSchema.parse({ ecosystem: row.ecosystem, events: row.events, engagement: row.engagement });
}

function toResult(row: DiagnosticRow): SavedDiagnosticResult {
  return buildSavedDiagnosticResult({
    answers: answersOf(row),
    computedLevel: toLevel(row.computedLevel),
    chosenLevel: row.chosenLevel === null ? null : toLevel(row.chosenLevel),
    overrideReason: row.overrideReason,
  });
}

/** A diagnostic of one of the caller's organisations, or null (unknown or someone else's). */
export async function getDiagnostic(id: string): Promise<DiagnosticView | null> {
  const viewer = await requireViewer();
  const row = await db().diagnostic.findFirst({
    where: { id, organisationId: { in: viewer.memberships.map((m) => m.organisationId) } },
    select: {
      id: true,
      createdAt: true,
      organisationId: true,
      ...resultSelect,
      createdBy: { select: { name: true } },
      organisation: { select: { name: true } },
      territory: { select: territorySelect },
    },
  });
  const membership = viewer.memberships.find((m) => m.organisationId === row?.organisationId);
  if (!row || !membership) return null;
  const funder = isFunder(membership);
  return {
    id: row.id,
    createdAt: row.createdAt,
    createdByName: row.createdBy.name,
    organisationName: row.organisation.name,
    territory: toTerritoryView(row.territory),
    result: toResult(row),
    canOverride: can(membership.role, 'diagnostic.write', { funder }),
    canCreateEvent: can(membership.role, 'event.create', { funder }),
  };
}

/** The current organisation's diagnostics of a territory, newest first; null if it has none there. */
export async function getTerritoryHistory(territoryId: string) {
  const { current } = await requireViewer();
  const rows = await db().diagnostic.findMany({
    where: { territoryId, organisationId: current.organisationId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, createdAt: true, ...resultSelect, territory: { select: territorySelect } },
  });
  if (rows.length === 0) return null;
  const entries: DiagnosticHistoryEntry[] = rows.map((row) => {
    const result = toResult(row);
    return {
      id: row.id,
      createdAt: row.createdAt,
      answers: result.answers,
      values: answersOf(row),
      level: result.level,
      computedLevel: result.computedLevel,
      overridden: result.override !== null,
    };
  });
  return { territory: toTerritoryView(rows[0]!.territory), entries };
}

/** The current organisation's latest diagnostics, for the diagnostic page. */
export async function listRecentDiagnostics(limit = 10) {
  const { current } = await requireViewer();
  const rows = await db().diagnostic.findMany({
    where: { organisationId: current.organisationId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, createdAt: true, ...resultSelect, territory: { select: territorySelect } },
  });
  return rows.map((row) => ({ id: row.id, createdAt: row.createdAt, territory: toTerritoryView(row.territory), level: toResult(row).level }));
}
