import { z } from 'zod';
import { deleteSignedSheet, signedSheetResponse } from '@/lib/server/attendance-sheets/signed-sheets';
import { eventRoute, idParam } from '@/lib/server/route';
import { backToSheets } from '../../back-to-sheets';

export const dynamic = 'force-dynamic';

const params = z.object({ sheetId: idParam });

/** A signed sheet's file, for the organisers of its event (event.read); others get 404. */
export const GET = eventRoute('event.read', async ({ event, params: { sheetId } }) => signedSheetResponse(event.id, sheetId), { params });

/** Removes a signed sheet from a plain form (no JavaScript), then back to the check-in page. */
export const POST = eventRoute(
  'event.edit',
  async ({ request, event, params: { sheetId } }) => {
    await deleteSignedSheet(event.id, sheetId);
    return backToSheets(request, event.id, new URL(request.url).searchParams.get('jour'), { supprimee: '1' });
  },
  { params, mutates: true },
);

export const DELETE = eventRoute(
  'event.edit',
  async ({ event, params: { sheetId } }) => {
    await deleteSignedSheet(event.id, sheetId);
    return new Response(null, { status: 204 });
  },
  { params, mutates: true },
);
