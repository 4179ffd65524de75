'use server';
import type { z } from 'zod';
import { createBilanLinkSchema, revokeBilanLinkSchema, revokeBilanShareSchema, shareBilanSchema } from '@/lib/schemas/bilan-sharing';
import { action, FieldError, revalidate } from '@/lib/server/action';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { newToken } from '@/lib/server/tokens';

const DAY_MS = 24 * 3600 * 1000;

/** The version's event, once the caller may share it (event.publish); anything else is "not found". */
async function requireSharableVersion(versionId: string) {
  const version = await db().bilanVersion.findUnique({ where: { id: versionId }, select: { id: true, eventId: true, number: true } });
  if (!version) throw notFound('Cette version du bilan');
  const { viewer } = await requireEventPermission(version.eventId, 'event.publish');
  return { viewer, version };
}

const pageOf = (version: { eventId: string; number: number }) => `/evenements/${version.eventId}/bilan/versions/${version.number}`;

/** Shares a validated version with a funder organisation; sharing again after a revocation restores it. */
const shareBilan = action(shareBilanSchema, async (input) => {
  const { viewer, version } = await requireSharableVersion(input.versionId);
  const funder = await db().organisation.findFirst({ where: { id: input.organisationId, kind: 'FINANCEUR' }, select: { id: true } });
  if (!funder) throw new FieldError('organisationId', 'Choisissez un financeur de la liste.');
  const share = await db().$transaction((tx) =>
    tx.bilanShare.upsert({
      where: { bilanVersionId_organisationId: { bilanVersionId: version.id, organisationId: funder.id } },
      create: { bilanVersionId: version.id, organisationId: funder.id, sharedById: viewer.user.id },
      update: { revokedAt: null, sharedAt: new Date(), sharedById: viewer.user.id },
      select: { id: true },
    }),
  );
  revalidate(pageOf(version));
  return { shareId: share.id };
});

const revokeBilanShare = action(revokeBilanShareSchema, async (input) => {
  const share = await db().bilanShare.findUnique({ where: { id: input.shareId }, select: { id: true, bilanVersionId: true } });
  if (!share) throw notFound('Ce partage');
  const { version } = await requireSharableVersion(share.bilanVersionId);
  await db().$transaction((tx) => tx.bilanShare.updateMany({ where: { id: share.id, revokedAt: null }, data: { revokedAt: new Date() } }));
  revalidate(pageOf(version));
  return { shareId: share.id };
});

/** A read-only link; only the token's hash is kept, so the link is shown once. */
const createBilanLink = action(createBilanLinkSchema, async (input) => {
  const { viewer, version } = await requireSharableVersion(input.versionId);
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(Date.now() + input.days * DAY_MS);
  await db().$transaction((tx) =>
    tx.bilanLink.create({ data: { bilanVersionId: version.id, tokenHash, label: input.label || null, expiresAt, createdById: viewer.user.id } }),
  );
  revalidate(pageOf(version));
  return { path: `/b/${token}`, expiresAt: expiresAt.toISOString() };
});

const revokeBilanLink = action(revokeBilanLinkSchema, async (input) => {
  const link = await db().bilanLink.findUnique({ where: { id: input.linkId }, select: { id: true, bilanVersionId: true } });
  if (!link) throw notFound('Ce lien');
  const { version } = await requireSharableVersion(link.bilanVersionId);
  await db().$transaction((tx) => tx.bilanLink.updateMany({ where: { id: link.id, revokedAt: null }, data: { revokedAt: new Date() } }));
  revalidate(pageOf(version));
  return { linkId: link.id };
});

export async function shareBilanAction(input: z.input<typeof shareBilanSchema>) {
  return shareBilan(input);
}
export async function revokeBilanShareAction(input: z.input<typeof revokeBilanShareSchema>) {
  return revokeBilanShare(input);
}
export async function createBilanLinkAction(input: z.input<typeof createBilanLinkSchema>) {
  return createBilanLink(input);
}
export async function revokeBilanLinkAction(input: z.input<typeof revokeBilanLinkSchema>) {
  return revokeBilanLink(input);
}
