'use server';
import { cookies } from 'next/headers';
import {
  createCheckInLinkSchema,
  recordVolunteerTapsSchema,
  revokeCheckInLinkSchema,
  unlockCheckInLinkSchema,
  volunteerCheckInVersionSchema,
} from '@/lib/schemas/checkin-links';
import { eventAction, publicAction } from '@/lib/server/action';
import { recordTaps } from '@/lib/server/checkin/taps';
import {
  createVolunteerLink,
  liveLink,
  sessionProof,
  volunteerAccess,
  volunteerAuthor,
  VOLUNTEER_COOKIE,
  VOLUNTEER_COOKIE_PATH,
} from '@/lib/server/checkin/volunteer-links';
import { isOutsideRequest } from '@/lib/server/current-user';
import { readCheckInVersion } from '@/lib/server/queries/checkin-version';
import { SafeError, notFound } from '@/lib/server/errors';
import { verifyPassword } from '@/lib/server/password';
import { clientAddress, consume, reward } from '@/lib/server/rate-limit';

/** A coordinator opens a check-in link for a volunteer: its address and PIN are shown once, never stored in clear. */
export const createCheckInLinkAction = eventAction(createCheckInLinkSchema, 'event.edit', async ({ input, tx, viewer, revalidate }) => {
  const link = await createVolunteerLink(tx, { eventId: input.eventId, label: input.label, hours: input.hours, createdBy: viewer.user.name });
  revalidate(`/evenements/${input.eventId}/pointage`);
  return { id: link.id, path: `/pointage/${link.secret}`, pin: link.pin, expiresAt: link.expiresAt.toISOString() };
});

/** Ends a check-in link at once: the next tap or page made through it is refused. */
export const revokeCheckInLinkAction = eventAction(revokeCheckInLinkSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  const { count } = await tx.checkInLink.updateMany({ where: { id: input.linkId, eventId: input.eventId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0 && !(await tx.checkInLink.findFirst({ where: { id: input.linkId, eventId: input.eventId }, select: { id: true } }))) {
    throw notFound('Ce lien de pointage');
  }
  revalidate(`/evenements/${input.eventId}/pointage`);
  return { linkId: input.linkId };
});

const WRONG_PIN = 'Ce code PIN ne correspond pas à ce lien de pointage.';

/**
 * Public: the link's secret and its PIN are the credential. Attempts are counted per link and per
 * address (a 6-digit PIN must not be guessable); without a transaction, so that failures stay counted.
 */
export const unlockCheckInLinkAction = publicAction(
  unlockCheckInLinkSchema,
  async ({ input }) => {
    const link = await liveLink(input.secret);
    const address = await clientAddress();
    if (address) await consume('checkInPinAddress', address);
    await consume('checkInPinLink', link.id);
    if (!(await verifyPassword(link.pinHash, input.pin))) throw new SafeError(WRONG_PIN, 'invalid');
    await reward('checkInPinLink', link.id);
    const proof = sessionProof(link);
    if (!isOutsideRequest()) {
      (await cookies()).set(VOLUNTEER_COOKIE, proof, {
        httpOnly: true,
        sameSite: 'strict',
        secure: process.env.NODE_ENV === 'production',
        path: VOLUNTEER_COOKIE_PATH,
        expires: link.expiresAt,
      });
    }
    return { proof };
  },
  { transaction: false },
);

/** Public: a volunteer's taps, through a live link unlocked on this device, on that link's event only. */
export const recordVolunteerTapsAction = publicAction(recordVolunteerTapsSchema, async ({ input, tx }) => {
  const link = await volunteerAccess(input.secret, input.proof, input.eventId);
  return recordTaps(tx, link.eventId, input.taps, volunteerAuthor(link));
});

/**
 * Public: the version of one day's check-in list (see checkInVersionAction), through a volunteer's
 * link, checked as its taps are: an expired or revoked link, a missing PIN or another event is refused.
 */
export const volunteerCheckInVersionAction = publicAction(
  volunteerCheckInVersionSchema,
  async ({ input }) => {
    const link = await volunteerAccess(input.secret, input.proof, input.eventId);
    return readCheckInVersion(link.eventId, input.day);
  },
  { transaction: false },
);
