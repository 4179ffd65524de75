/*
 * La maturité du territoire avant et après chaque événement : ses diagnostics par date, avec le
 * niveau retenu (celui choisi par la structure s'il y en a un, sinon le niveau calculé).
 */

export type DiagnosticInput = {
  readonly id: string;
  readonly territoryId: string;
  readonly createdAt: Date;
  readonly computedLevel: number;
  readonly chosenLevel: number | null;
};

export type DiagnosticPoint = { readonly id: string; readonly createdAt: Date; readonly level: number };

export type EventInTerritory = {
  readonly eventId: string;
  readonly title: string;
  readonly startsAt: Date;
  /** Le dernier diagnostic fait avant le début de l'événement. */
  readonly before: DiagnosticPoint | null;
  /** Le premier diagnostic fait après son début. */
  readonly after: DiagnosticPoint | null;
};

export type TerritoryDiagnostics = {
  readonly territoryId: string;
  readonly territoryName: string;
  readonly diagnostics: readonly DiagnosticPoint[];
  readonly events: readonly EventInTerritory[];
};

type EventInput = { readonly id: string; readonly title: string; readonly startsAt: Date; readonly territoryId: string | null; readonly territoryName: string | null };

export const retainedLevel = (diagnostic: Pick<DiagnosticInput, 'computedLevel' | 'chosenLevel'>): number =>
  diagnostic.chosenLevel ?? diagnostic.computedLevel;

/** Un bloc par territoire ayant accueilli un événement, dans l'ordre de son premier événement. */
export function territoryDiagnostics(events: readonly EventInput[], diagnostics: readonly DiagnosticInput[]): TerritoryDiagnostics[] {
  const byTerritory = new Map<string, { name: string; events: EventInput[] }>();
  for (const event of [...events].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    if (event.territoryId === null) continue;
    const entry = byTerritory.get(event.territoryId) ?? { name: event.territoryName ?? '', events: [] };
    entry.events.push(event);
    byTerritory.set(event.territoryId, entry);
  }
  return [...byTerritory].map(([territoryId, entry]) => {
    const points = diagnostics
      .filter((diagnostic) => diagnostic.territoryId === territoryId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((diagnostic) => ({ id: diagnostic.id, createdAt: diagnostic.createdAt, level: retainedLevel(diagnostic) }));
    return {
      territoryId,
      territoryName: entry.name,
      diagnostics: points,
      events: entry.events.map((event) => ({
        eventId: event.id,
        title: event.title,
        startsAt: event.startsAt,
        before: points.filter((point) => point.createdAt < event.startsAt).at(-1) ?? null,
        after: points.find((point) => point.createdAt >= event.startsAt) ?? null,
      })),
    };
  });
}
