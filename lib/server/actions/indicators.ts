'use server';
import type { z } from 'zod';
import { saveIndicatorValuesSchema } from '@/lib/schemas/indicators';
import { action, revalidate } from '@/lib/server/action';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';

/**
 * Saves the hand-entered indicators of an event: a number is upserted, an emptied field erases the
 * value, an absent field is left alone. The schema refuses indicators Trame computes itself.
 */
const saveIndicatorValues = action(saveIndicatorValuesSchema, async ({ eventId, values }) => {
  await requireEventPermission(eventId, 'event.edit');
  await db().$transaction(async (tx) => {
    for (const { key, value } of values) {
      if (value === null) {
        await tx.indicatorValue.deleteMany({ where: { eventId, key } });
        continue;
      }
      await tx.indicatorValue.upsert({
        where: { eventId_key: { eventId, key } },
        create: { eventId, key, value },
        update: { value },
      });
    }
  });
  revalidate(`/evenements/${eventId}/taches/donnees`);
  return { saved: values.length };
});

export async function saveIndicatorValuesAction(input: z.input<typeof saveIndicatorValuesSchema>) {
  return saveIndicatorValues(input);
}
