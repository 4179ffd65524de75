/*
 * Le niveau des territoires avant et après les événements financés (ou du cycle d'un réseau) : la
 * boucle « re-diagnostiquer après l'événement ». Règles :
 * - un diagnostic appartient à une structure : on apparie les événements d'une structure sur un
 *   territoire avec les diagnostics de cette même structure sur ce territoire ;
 * - « avant » : le dernier diagnostic fait au plus tard au début du premier événement ;
 * - « après » : le dernier diagnostic fait après la fin du dernier événement ;
 * - un diagnostic fait entre les deux ne compte ni avant ni après ; sans diagnostic, `null` ;
 * - seul le niveau retenu (1 à 3) et sa date sortent d'ici : ni réponses, ni auteur.
 */

export type LevelEvent = {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly territoryId: string | null;
  readonly territoryName: string | null;
  /** ISO (UTC). */
  readonly startsAt: string;
  readonly endsAt: string;
};

export type LevelDiagnostic = {
  readonly organisationId: string;
  readonly territoryId: string;
  /** Niveau retenu : choisi s'il y en a un, sinon calculé. */
  readonly level: number;
  /** ISO (UTC). */
  readonly at: string;
};

export type DatedLevel = { readonly level: number; readonly at: string };

export type LevelRow = {
  readonly territoryId: string;
  readonly territoryName: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly events: number;
  readonly firstStartsAt: string;
  readonly lastEndsAt: string;
  readonly before: DatedLevel | null;
  readonly after: DatedLevel | null;
  /** après − avant ; `null` s'il manque l'un des deux. */
  readonly change: number | null;
};

const latest = (diagnostics: readonly LevelDiagnostic[]): DatedLevel | null =>
  diagnostics.reduce<DatedLevel | null>((best, d) => (best === null || d.at > best.at ? { level: d.level, at: d.at } : best), null);

/** Une ligne par structure et territoire ayant au moins un événement sur un territoire connu. */
export function levelBeforeAfter(events: readonly LevelEvent[], diagnostics: readonly LevelDiagnostic[]): LevelRow[] {
  const groups = new Map<string, { first: LevelEvent; events: LevelEvent[] }>();
  for (const event of events) {
    if (event.territoryId === null) continue;
    const key = `${event.organisationId}|${event.territoryId}`;
    const group = groups.get(key) ?? { first: event, events: [] };
    group.events.push(event);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ first, events: group }): LevelRow => {
      const territoryId = first.territoryId as string;
      const firstStartsAt = group.reduce((min, e) => (e.startsAt < min ? e.startsAt : min), group[0]!.startsAt);
      const lastEndsAt = group.reduce((max, e) => (e.endsAt > max ? e.endsAt : max), group[0]!.endsAt);
      const own = diagnostics.filter((d) => d.organisationId === first.organisationId && d.territoryId === territoryId);
      const before = latest(own.filter((d) => d.at <= firstStartsAt));
      const after = latest(own.filter((d) => d.at > lastEndsAt));
      return {
        territoryId,
        territoryName: first.territoryName ?? '',
        organisationId: first.organisationId,
        organisationName: first.organisationName,
        events: group.length,
        firstStartsAt,
        lastEndsAt,
        before,
        after,
        change: before && after ? after.level - before.level : null,
      };
    })
    .sort((a, b) => a.territoryName.localeCompare(b.territoryName, 'fr') || a.organisationName.localeCompare(b.organisationName, 'fr'));
}
