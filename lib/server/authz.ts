import 'server-only';
import { cache } from 'react';
import { can, type Permission } from '@/lib/domain/access/permissions';
import { db } from '@/lib/server/db';
import { forbidden, notFound, unauthenticated } from '@/lib/server/errors';
import { getCaller } from '@/lib/server/current-user';

// The one authorization helper: every action, query and route handler goes through these functions.

export type MembershipView = {
  organisationId: string;
  organisationName: string;
  organisationKind: string;
  /** The organisation has a logo (shown in the header, served by /organisation/logo). */
  organisationHasLogo: boolean;
  role: 'ADMIN' | 'COORDINATOR' | 'MEMBER';
};

export type Viewer = {
  user: { id: string; name: string; email: string };
  memberships: MembershipView[];
  /** The organisation the person works in now (the switcher's choice, else the first one). */
  current: MembershipView;
};

/**
 * The signed-in person, read once per request: React's cache() shares it between the layout, the
 * page, its queries and the action wrappers of one server render. Outside a React request
 * (integration tests under runAsCaller, scripts) cache() does not memoise: each call reads again.
 */
export const getViewer = cache(async function readViewer(): Promise<Viewer | null> {
  const caller = await getCaller();
  if (!caller) return null;
  const user = await db().user.findUnique({
    where: { id: caller.userId },
    select: {
      id: true,
      name: true,
      email: true,
      memberships: {
        select: { organisationId: true, role: true, organisation: { select: { name: true, kind: true, logoType: true } } },
        orderBy: { createdAt: 'asc' },
      },
    },
  });
  if (!user || user.memberships.length === 0) return null;
  const memberships = user.memberships.map((m) => ({
    organisationId: m.organisationId,
    organisationName: m.organisation.name,
    organisationKind: m.organisation.kind,
    organisationHasLogo: m.organisation.logoType !== null,
    role: m.role,
  }));
  const current = memberships.find((m) => m.organisationId === caller.organisationId) ?? memberships[0]!;
  return { user: { id: user.id, name: user.name, email: user.email }, memberships, current };
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw unauthenticated();
  return viewer;
}

export function isFunder(membership: MembershipView): boolean {
  return membership.organisationKind === 'FINANCEUR';
}

function grants(membership: MembershipView, permission: Permission): boolean {
  return can(membership.role, permission, { funder: isFunder(membership) });
}

/**
 * The viewer's membership of `organisationId`, if it grants `permission` (any role when null).
 * Organisations are not secret (co-organiser pickers list them): a stranger gets "forbidden".
 */
export function organisationAccess(viewer: Viewer, organisationId: string, permission: Permission | null): MembershipView {
  const membership = viewer.memberships.find((m) => m.organisationId === organisationId);
  if (!membership || (permission && !grants(membership, permission))) throw forbidden();
  return membership;
}

export type EventRef = { id: string; ownerOrganisationId: string };

/**
 * An event is reached through the organisations that own it or co-organise it (an invited
 * co-organiser only once it has accepted). A person of another
 * organisation gets "not found", never a hint that the event exists; an organiser without the
 * permission gets "forbidden". Returns the event and the membership that grants the permission.
 */
export async function eventAccess(viewer: Viewer, eventId: string, permission: Permission) {
  const event = await db().event.findUnique({
    where: { id: eventId },
    select: { id: true, ownerOrganisationId: true, coOrganisers: { where: { status: 'ACCEPTED' }, select: { organisationId: true } } },
  });
  if (!event) throw notFound('Cet événement');
  const organisers = new Set([event.ownerOrganisationId, ...event.coOrganisers.map((c) => c.organisationId)]);
  const memberships = viewer.memberships.filter((m) => organisers.has(m.organisationId));
  if (memberships.length === 0) throw notFound('Cet événement');
  const membership = memberships.find((m) => grants(m, permission));
  if (!membership) throw forbidden();
  return { event: { id: event.id, ownerOrganisationId: event.ownerOrganisationId } satisfies EventRef, membership };
}

/**
 * A diagnostic is reached through the organisation that made it. A person of another organisation
 * gets "not found", never a hint that it exists. Reading needs membership only; pass a permission
 * to change it.
 */
export async function diagnosticAccess(viewer: Viewer, diagnosticId: string, permission: Permission | null) {
  const diagnostic = await db().diagnostic.findFirst({
    where: { id: diagnosticId, organisationId: { in: viewer.memberships.map((m) => m.organisationId) } },
    select: { id: true, organisationId: true, territoryId: true, computedLevel: true, chosenLevel: true },
  });
  const membership = viewer.memberships.find((m) => m.organisationId === diagnostic?.organisationId);
  if (!diagnostic || !membership) throw notFound('Ce diagnostic');
  if (permission && !grants(membership, permission)) throw forbidden();
  return { membership, diagnostic };
}

// The require* helpers below serve pages and queries, which have no wrapper: actions and route
// handlers get the same checks from lib/server/action.ts and lib/server/route.ts.

/** The caller's membership of `organisationId`, whatever its role. */
export async function requireMembership(organisationId: string) {
  const viewer = await requireViewer();
  return { viewer, membership: organisationAccess(viewer, organisationId, null) };
}

/** The caller's membership of `organisationId`, if it grants `permission`. */
export async function requireOrganisationPermission(organisationId: string, permission: Permission) {
  const viewer = await requireViewer();
  return { viewer, membership: organisationAccess(viewer, organisationId, permission) };
}

/** The permission on the caller's current organisation (what "create an event" acts on). */
export async function requireCurrentPermission(permission: Permission) {
  const viewer = await requireViewer();
  return { viewer, membership: organisationAccess(viewer, viewer.current.organisationId, permission) };
}

export async function requireEventPermission(eventId: string, permission: Permission) {
  const viewer = await requireViewer();
  const { event } = await eventAccess(viewer, eventId, permission);
  return { viewer, eventId: event.id };
}

export async function requireDiagnosticAccess(diagnosticId: string, permission?: Permission) {
  const viewer = await requireViewer();
  return { viewer, ...(await diagnosticAccess(viewer, diagnosticId, permission ?? null)) };
}
