'use server';
import { createBilanLinkSchema, revokeBilanLinkSchema, revokeBilanShareSchema, shareBilanSchema } from '@/lib/schemas/bilan-sharing';
import { eventAction, FieldError } from '@/lib/server/action';
import { db, type Tx } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { newToken } from '@/lib/server/tokens';

// Sharing a validated version needs event.publish on its event; a version, share or link the caller
// cannot reach is "not found".

const DAY_MS = 24 * 3600 * 1000;

async function versionOf(client: Tx, versionId: string) {
  const version = await client.bilanVersion.findUnique({ where: { id: versionId }, select: { id: true, eventId: true, number: true } });
  if (!version) throw notFound('Cette version du bilan');
  return version;
}

async function eventOfShare(shareId: string) {
  const share = await db().bilanShare.findUnique({ where: { id: shareId }, select: { version: { select: { eventId: true } } } });
  if (!share) throw notFound('Ce partage');
  return share.version.eventId;
}

async function eventOfLink(linkId: string) {
  const link = await db().bilanLink.findUnique({ where: { id: linkId }, select: { version: { select: { eventId: true } } } });
  if (!link) throw notFound('Ce lien');
  return link.version.eventId;
}

const pageOf = (version: { eventId: string; number: number }) => `/evenements/${version.eventId}/bilan/versions/${version.number}`;

/** Shares a validated version with a funder organisation; sharing again after a revocation restores it. */
export const shareBilanAction = eventAction(
  shareBilanSchema,
  'event.publish',
  async ({ input, viewer, tx, revalidate }) => {
    const version = await versionOf(tx, input.versionId);
    const funder = await tx.organisation.findFirst({ where: { id: input.organisationId, kind: 'FINANCEUR' }, select: { id: true } });
    if (!funder) throw new FieldError('organisationId', 'Choisissez un financeur de la liste.');
    const share = await tx.bilanShare.upsert({
      where: { bilanVersionId_organisationId: { bilanVersionId: version.id, organisationId: funder.id } },
      create: { bilanVersionId: version.id, organisationId: funder.id, sharedById: viewer.user.id },
      update: { revokedAt: null, sharedAt: new Date(), sharedById: viewer.user.id },
      select: { id: true },
    });
    revalidate(pageOf(version));
    return { shareId: share.id };
  },
  { eventOf: async (input) => (await versionOf(db(), input.versionId)).eventId },
);

export const revokeBilanShareAction = eventAction(
  revokeBilanShareSchema,
  'event.publish',
  async ({ input, tx, revalidate }) => {
    const share = await tx.bilanShare.findUniqueOrThrow({ where: { id: input.shareId }, select: { id: true, version: { select: { eventId: true, number: true } } } });
    await tx.bilanShare.updateMany({ where: { id: share.id, revokedAt: null }, data: { revokedAt: new Date() } });
    revalidate(pageOf(share.version));
    return { shareId: share.id };
  },
  { eventOf: (input) => eventOfShare(input.shareId) },
);

/** A read-only link; only the token's hash is kept, so the link is shown once. */
export const createBilanLinkAction = eventAction(
  createBilanLinkSchema,
  'event.publish',
  async ({ input, viewer, tx, revalidate }) => {
    const version = await versionOf(tx, input.versionId);
    const { token, tokenHash } = newToken();
    const expiresAt = new Date(Date.now() + input.days * DAY_MS);
    await tx.bilanLink.create({ data: { bilanVersionId: version.id, tokenHash, label: input.label || null, expiresAt, createdById: viewer.user.id } });
    revalidate(pageOf(version));
    return { path: `/b/${token}`, expiresAt: expiresAt.toISOString() };
  },
  { eventOf: async (input) => (await versionOf(db(), input.versionId)).eventId },
);

export const revokeBilanLinkAction = eventAction(
  revokeBilanLinkSchema,
  'event.publish',
  async ({ input, tx, revalidate }) => {
    const link = await tx.bilanLink.findUniqueOrThrow({ where: { id: input.linkId }, select: { id: true, version: { select: { eventId: true, number: true } } } });
    await tx.bilanLink.updateMany({ where: { id: link.id, revokedAt: null }, data: { revokedAt: new Date() } });
    revalidate(pageOf(link.version));
    return { linkId: link.id };
  },
  { eventOf: (input) => eventOfLink(input.linkId) },
);
