// Links for tests that need to open what a participant received. The outbox keeps no usable token
// (lib/server/mail/seal.ts) and the « Courriels » page shows links masked, so a test mints a fresh
// link the way the app re-sends one: a new token whose hash is stored (hashed like lib/server/tokens,
// which cannot be imported outside the server).
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '@/prisma/generated/client';

type Db = Pick<PrismaClient, 'registration' | 'questionnaireInvitation'>;

function mint() {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: createHash('sha256').update(token).digest('hex') };
}

/** A working personal link (/inscription/<token>) for the registration of `email` at the event; earlier links keep working. */
export async function issueRegistrationLink(db: Db, { eventId, email }: { eventId: string; email: string }): Promise<string> {
  const { token, tokenHash } = mint();
  await db.registration.update({ where: { eventId_email: { eventId, email: email.trim().toLowerCase() } }, data: { resentTokenHash: tokenHash } });
  return `/inscription/${token}`;
}

/** A working questionnaire link (/q/<token>) for the invitation sent to `email` for the event; it replaces the one sent. */
export async function issueQuestionnaireLink(db: Db, { eventId, email }: { eventId: string; email: string }): Promise<string> {
  const { token, tokenHash } = mint();
  const invitation = await db.questionnaireInvitation.findFirstOrThrow({
    where: { questionnaire: { eventId }, registration: { email: email.trim().toLowerCase() } },
    select: { id: true },
  });
  await db.questionnaireInvitation.update({ where: { id: invitation.id }, data: { tokenHash } });
  return `/q/${token}`;
}
