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
