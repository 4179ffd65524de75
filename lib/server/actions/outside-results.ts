'use server';
import { deleteOutsideResultSchema, saveOutsideResultSchema } from '@/lib/schemas/outside-results';
import { eventAction } from '@/lib/server/action';
import { deleteOutsideResult, saveOutsideResult } from '@/lib/server/bilan/outside-results';

/** Results gathered outside Trame, typed on the bilan page: one source created or replaced. */
export const saveOutsideResultAction = eventAction(saveOutsideResultSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  revalidate(`/evenements/${input.eventId}/bilan`);
  return saveOutsideResult(tx, input);
});

export const deleteOutsideResultAction = eventAction(deleteOutsideResultSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  revalidate(`/evenements/${input.eventId}/bilan`);
  return deleteOutsideResult(tx, input.eventId, input.resultId);
});
