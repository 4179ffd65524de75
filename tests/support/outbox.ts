// Reading the outbox as the participants receive it: stored texts hold placeholders, the tokens are
// sealed beside them and put back only at delivery (lib/server/mail/seal.ts).
import { renderForDelivery } from '@/lib/server/mail/seal';
import type { Prisma, PrismaClient } from '@/prisma/generated/client';

type Db = Pick<PrismaClient, 'outboxEmail'>;

/** The messages matching `where`, oldest first, with their text as sent. */
export async function deliveredEmails(db: Db, where: Prisma.OutboxEmailWhereInput) {
  const rows = await db.outboxEmail.findMany({ where, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return rows.map((row) => ({ ...row, text: renderForDelivery(row) }));
}

const LINK = {
  inscription: /\/inscription\/([A-Za-z0-9_-]{20,})/,
  q: /\/q\/([A-Za-z0-9_-]{20,})/,
  confirmation: /\/confirmation\/([A-Za-z0-9_-]{20,})/,
  'mot-de-passe-oublie': /\/mot-de-passe-oublie\/([A-Za-z0-9_-]{20,})/,
} as const;

/**
 * The token of the last link of this kind sent to `to`: a personal registration link, a questionnaire
 * link, an address confirmation or a password reset.
 */
export async function lastLinkToken(db: Db, to: string, kind: keyof typeof LINK = 'inscription'): Promise<string> {
  const sent = await deliveredEmails(db, { to });
  const token = sent.flatMap((email) => LINK[kind].exec(email.text)?.[1] ?? []).at(-1);
  if (!token) throw new Error(`aucun lien /${kind}/ envoyé à ${to}`);
  return token;
}
