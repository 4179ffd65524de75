import 'server-only';
import { z } from 'zod';
import { eventAccess, requireEventPermission, requireViewer, type Viewer } from '@/lib/server/authz';
import { READABLE_SNAPSHOT_VERSIONS, type BilanSnapshot } from '@/lib/domain/bilan/types';
import { db } from '@/lib/server/db';
import { notFound, SafeError } from '@/lib/server/errors';
import { hashToken } from '@/lib/server/tokens';

/*
 * Who may read a validated bilan, in one place: the organisers (event.read), the members of a
 * funder organisation it is shared with (share not revoked), or whoever holds a live link.
 * Everyone else gets "not found", never a hint that the bilan exists.
 */

export type BilanVersionRead = {
  id: string;
  eventId: string;
  number: number;
  validatedAt: Date;
  snapshot: BilanSnapshot;
};

const NOT_FOUND = 'Ce bilan';
const versionSelect = { id: true, eventId: true, number: true, validatedAt: true, snapshot: true } as const;

export function readSnapshot(json: unknown): BilanSnapshot {
  // Written by the validation in this shape; renderers read every version listed (fields added since
  // version 1 are optional and fall back to what version 1 showed).
  const snapshot = json as BilanSnapshot;
  if (!snapshot || !READABLE_SNAPSHOT_VERSIONS.some((version) => version === snapshot.snapshotVersion)) throw new Error('Version de bilan illisible.');
  return snapshot;
}

function toRead(row: { id: string; eventId: string; number: number; validatedAt: Date; snapshot: unknown }): BilanVersionRead {
  return { ...row, snapshot: readSnapshot(row.snapshot) };
}

/** The route params of each way in: an unusable value is "not found", never a database error. */
export const versionIdParams = z.object({ versionId: z.uuid() });
export const versionNumberParams = z.object({ number: z.coerce.number().int().min(1).max(1_000_000) });
export const bilanTokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });

/** Version `number` of an event whose read the caller was already granted (eventRoute). */
export async function organiserBilanVersion(eventId: string, number: number): Promise<BilanVersionRead> {
  const row = await db().bilanVersion.findUnique({ where: { eventId_number: { eventId, number } }, select: versionSelect });
  if (!row) throw notFound(NOT_FOUND);
  return toRead(row);
}

/** The latest validated version of an event whose read the caller was already granted (eventRoute). */
export async function latestBilanVersion(eventId: string): Promise<BilanVersionRead> {
  const row = await db().bilanVersion.findFirst({ where: { eventId }, orderBy: { number: 'desc' }, select: versionSelect });
  if (!row) throw new SafeError('Aucun bilan validé pour cet événement : validez le bilan pour produire le dossier de preuves.', 'not-found');
  return toRead(row);
}

/** A version through its event, for the organisers (event.read, or event.publish to share it). */
export async function requireOrganiserBilanVersion(eventId: string, number: number, permission: 'event.read' | 'event.publish' = 'event.read') {
  if (!z.uuid().safeParse(eventId).success || !Number.isSafeInteger(number) || number < 1) throw notFound(NOT_FOUND);
  const { viewer } = await requireEventPermission(eventId, permission);
  const row = await db().bilanVersion.findUnique({ where: { eventId_number: { eventId, number } }, select: versionSelect });
  if (!row) throw notFound(NOT_FOUND);
  return { viewer, version: toRead(row) };
}

/** A version by id: an organiser of its event, or a member of an organisation it is shared with. */
export async function requireBilanVersionAccess(versionId: string) {
  return bilanVersionAccess(await requireViewer(), versionId);
}

export async function bilanVersionAccess(viewer: Viewer, versionId: string) {
  if (!z.uuid().safeParse(versionId).success) throw notFound(NOT_FOUND);
  const row = await db().bilanVersion.findUnique({ where: { id: versionId }, select: versionSelect });
  if (!row) throw notFound(NOT_FOUND);
  const sharedWith = await db().bilanShare.findFirst({
    where: { bilanVersionId: versionId, revokedAt: null, organisationId: { in: viewer.memberships.map((m) => m.organisationId) } },
    select: { id: true },
  });
  if (!sharedWith) {
    // Not shared with any of the caller's organisations: only an organiser may read it.
    await eventAccess(viewer, row.eventId, 'event.read').catch(() => {
      throw notFound(NOT_FOUND);
    });
  }
  return { viewer, version: toRead(row), asFunder: Boolean(sharedWith) };
}

/** A version through a read-only link: unknown, revoked or expired → not found. No account needed. */
export async function requireBilanLink(token: string, now = new Date()): Promise<BilanVersionRead> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw notFound(NOT_FOUND);
  const link = await db().bilanLink.findFirst({
    where: { tokenHash: hashToken(token), revokedAt: null, expiresAt: { gt: now } },
    select: { version: { select: versionSelect } },
  });
  if (!link) throw notFound(NOT_FOUND);
  return toRead(link.version);
}
