// Co-organising is consented: naming an organisation invites it; it reaches the event only once one of
// its admins or coordinators accepts. A declined invitation stays declined while the organisation stays
// named (no repeated asking); removing it and naming it again asks again.

export const CO_ORGANISER_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED'] as const;
export type CoOrganiserStatus = (typeof CO_ORGANISER_STATUSES)[number];

/** Said after the organisation's name in the event's overview. */
export const CO_ORGANISER_STATUS_SUFFIX: Record<CoOrganiserStatus, string> = {
  PENDING: ' (invitation en attente)',
  ACCEPTED: '',
  DECLINED: ' (invitation déclinée)',
};

/** Said after the name of a co-organiser that is not an organisation of Trame (issue 15.13). */
export const OUTSIDE_CO_ORGANISER_SUFFIX = ' (hors Trame)';

export type NamedCoOrganiser = { organisationId: string; status: CoOrganiserStatus };

/**
 * The co-organisers once the form is saved: those kept keep their status; a new one is invited
 * (PENDING), unless the person saving may accept for that organisation themselves (ACCEPTED).
 */
export function nextCoOrganisers(
  current: readonly NamedCoOrganiser[],
  chosenIds: readonly string[],
  canAcceptFor: ReadonlySet<string>,
): { keep: NamedCoOrganiser[]; invite: NamedCoOrganiser[]; remove: string[] } {
  const chosen = new Set(chosenIds);
  const byId = new Map(current.map((c) => [c.organisationId, c]));
  return {
    keep: current.filter((c) => chosen.has(c.organisationId)),
    invite: [...chosen]
      .filter((id) => !byId.has(id))
      .map((organisationId) => ({ organisationId, status: canAcceptFor.has(organisationId) ? 'ACCEPTED' : 'PENDING' })),
    remove: current.filter((c) => !chosen.has(c.organisationId)).map((c) => c.organisationId),
  };
}

export type OutsideCoOrganiserRow = { readonly id: string; readonly name: string; readonly siret: string | null };
export type WantedOutsideCoOrganiser = { readonly id: string; readonly name: string; readonly siret: string | null };

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('fr-FR') === b.trim().toLocaleLowerCase('fr-FR');

/**
 * Co-organisers not on Trame once the form is saved. A row is kept (and renamed) when the form
 * sends its id back, or names it again without id (case aside): its budget lines stay attached.
 * Any other id is not this event's and makes a new row. Rows no longer named are removed.
 */
export function nextOutsideCoOrganisers(
  current: readonly OutsideCoOrganiserRow[],
  wanted: readonly WantedOutsideCoOrganiser[],
): {
  update: Array<{ id: string; name: string; siret: string | null; position: number }>;
  create: Array<{ name: string; siret: string | null; position: number }>;
  remove: string[];
} {
  const taken = new Set<string>();
  const update: Array<{ id: string; name: string; siret: string | null; position: number }> = [];
  const create: Array<{ name: string; siret: string | null; position: number }> = [];
  wanted.forEach((partner, position) => {
    const match =
      current.find((row) => !taken.has(row.id) && row.id === partner.id) ??
      current.find((row) => !taken.has(row.id) && partner.id === '' && sameName(row.name, partner.name));
    if (match) {
      taken.add(match.id);
      update.push({ id: match.id, name: partner.name.trim(), siret: partner.siret, position });
    } else {
      create.push({ name: partner.name.trim(), siret: partner.siret, position });
    }
  });
  return { update, create, remove: current.filter((row) => !taken.has(row.id)).map((row) => row.id) };
}
