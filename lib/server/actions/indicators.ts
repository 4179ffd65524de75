'use server';
import { saveIndicatorValuesSchema } from '@/lib/schemas/indicators';
import { eventAction } from '@/lib/server/action';

/**
 * Saves the hand-entered indicators of an event: a number is upserted, an emptied field erases the
 * value, an absent field is left alone. The schema refuses indicators Trame computes itself.
 */
export const saveIndicatorValuesAction = eventAction(saveIndicatorValuesSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  const { eventId, values } = input;
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
  revalidate(`/evenements/${eventId}/taches/donnees`);
  return { saved: values.length };
});
