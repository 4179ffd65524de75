import 'server-only';
import { db } from '@/lib/server/db';
import { hashToken } from '@/lib/server/tokens';

/** What the invitation page shows: public on purpose, the token itself is the credential. */
export async function getInvitationPreview(token: string) {
  if (token.length < 20 || token.length > 200) return null;
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { role: true, expiresAt: true, acceptedAt: true, organisation: { select: { name: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= new Date()) return null;
  return { organisationName: invitation.organisation.name, role: invitation.role, expiresAt: invitation.expiresAt };
}
