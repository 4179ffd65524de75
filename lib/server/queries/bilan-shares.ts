import 'server-only';
import { compareFunders, funderOptionLabel } from '@/lib/domain/organisations/funder-label';
import { requireBilanVersionAccess, requireOrganiserBilanVersion } from '@/lib/server/bilan-access';
import { requireEventPermission, requireViewer } from '@/lib/server/authz';
import { db } from '@/lib/server/db';

export type BilanShareView = { id: string; organisationName: string; sharedAt: Date; sharedByName: string };
export type BilanLinkView = { id: string; label: string | null; createdAt: Date; expiresAt: Date; state: 'active' | 'expired' | 'revoked' };
/** A funder in the share picker: `label` carries its SIRET and whether it was verified. */
export type FunderOption = { id: string; name: string; label: string; verified: boolean };

async function canPublish(eventId: string): Promise<boolean> {
  return requireEventPermission(eventId, 'event.publish').then(
    () => true,
    () => false,
  );
}

/** A frozen version for its organisers, with how it is shared when the caller may share it. */
export async function getBilanVersionForOrganisers(eventId: string, number: number, now = new Date()) {
  const { version } = await requireOrganiserBilanVersion(eventId, number);
  if (!(await canPublish(eventId))) return { version, sharing: null };
  const [shares, links, funders] = await Promise.all([
    db().bilanShare.findMany({
      where: { bilanVersionId: version.id, revokedAt: null },
      orderBy: { sharedAt: 'desc' },
      select: { id: true, sharedAt: true, organisation: { select: { name: true } }, sharedBy: { select: { name: true } } },
    }),
    db().bilanLink.findMany({
      where: { bilanVersionId: version.id },
      orderBy: { createdAt: 'desc' },
      select: { id: true, label: true, createdAt: true, expiresAt: true, revokedAt: true },
    }),
    db().organisation.findMany({
      where: { kind: 'FINANCEUR' },
      orderBy: { name: 'asc' },
      take: 500,
      select: { id: true, name: true, siret: true, verifiedAt: true, createdAt: true },
    }),
  ]);
  return {
    version,
    sharing: {
      shares: shares.map((s): BilanShareView => ({ id: s.id, organisationName: s.organisation.name, sharedAt: s.sharedAt, sharedByName: s.sharedBy.name })),
      links: links.map(
        (l): BilanLinkView => ({
          id: l.id,
          label: l.label,
          createdAt: l.createdAt,
          expiresAt: l.expiresAt,
          state: l.revokedAt ? 'revoked' : l.expiresAt <= now ? 'expired' : 'active',
        }),
      ),
      funders: [...funders].sort(compareFunders).map(
        (funder): FunderOption => ({ id: funder.id, name: funder.name, label: funderOptionLabel(funder), verified: funder.verifiedAt !== null }),
      ),
    },
  };
}

/** A version read through requireBilanVersionAccess (funder or organiser), with its hub's name. */
export async function getSharedBilanVersion(versionId: string) {
  const { version, asFunder } = await requireBilanVersionAccess(versionId);
  const event = await db().event.findUnique({ where: { id: version.eventId }, select: { owner: { select: { name: true } } } });
  return { version, asFunder, hubName: event?.owner.name ?? '' };
}

export type SharedBilanRow = { versionId: string; eventTitle: string; hubName: string; number: number; validatedAt: Date; sharedAt: Date };

/** The bilans shared with the caller's current organisation, by any hub, newest first. */
export async function listSharedBilans(): Promise<SharedBilanRow[]> {
  const viewer = await requireViewer();
  const shares = await db().bilanShare.findMany({
    where: { organisationId: viewer.current.organisationId, revokedAt: null },
    orderBy: { sharedAt: 'desc' },
    take: 200,
    select: {
      sharedAt: true,
      version: { select: { id: true, number: true, validatedAt: true, event: { select: { title: true, owner: { select: { name: true } } } } } },
    },
  });
  return shares.map((s) => ({
    versionId: s.version.id,
    eventTitle: s.version.event.title,
    hubName: s.version.event.owner.name,
    number: s.version.number,
    validatedAt: s.version.validatedAt,
    sharedAt: s.sharedAt,
  }));
}
