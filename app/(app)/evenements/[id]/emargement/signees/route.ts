import { storeSignedSheet } from '@/lib/server/attendance-sheets/signed-sheets';
import { eventRoute } from '@/lib/server/route';
import { backToSheets } from '../back-to-sheets';

export const dynamic = 'force-dynamic';

/*
 * A route handler rather than a server action so that a plain HTML form (no JavaScript) can post the
 * scan. It answers with a 303 back to the check-in page; a refused file comes back as a code in the
 * address (never a free text, which a link could forge), shown above the form.
 */
export const POST = eventRoute(
  'event.edit',
  async ({ request, event, viewer }) => {
    const day = new URL(request.url).searchParams.get('jour');
    const stored = await storeSignedSheet(request, event.id, viewer.user.name);
    return backToSheets(request, event.id, day, 'refusal' in stored ? { refus: stored.refusal } : { envoyee: stored.id });
  },
  { mutates: true },
);
