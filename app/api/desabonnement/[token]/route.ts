import { z } from 'zod';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { unsubscribePagePath, unsubscribeByToken } from '@/lib/server/messages/unsubscribe';
import { publicRoute } from '@/lib/server/route';

const params = z.object({ token: z.string().min(10).max(200) });

/*
 * RFC 8058 one-click unsubscribe, named by the List-Unsubscribe header of reminders and group messages.
 * Public and open to other sites on purpose: the mail provider POSTs it from its own servers, with no
 * Origin and no cookie. The signed link is the credential, and all it can do is stop non-essential
 * messages (tests/integration/security-csrf.test.ts lists it as such).
 */
export const POST = publicRoute(
  async ({ params: { token } }) => {
    if (!(await unsubscribeByToken(db(), token))) throw notFound('Ce lien de désabonnement');
    return new Response('Désabonnement enregistré : vous ne recevrez plus les rappels ni les messages de l’organisation.', {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  },
  { params },
);

/** A person who opens the address: the page that asks before unsubscribing (link scanners only GET). */
export const GET = publicRoute(async ({ request, params: { token } }) => Response.redirect(new URL(unsubscribePagePath(token), request.url), 303), {
  params,
});
