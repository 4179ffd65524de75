import { z } from '@/lib/schemas/zod';
import { isCalendarDate } from '@/lib/domain/dates';

/** A Paris calendar day as `<input type="date">` sends it: 'YYYY-MM-DD'. */
export const calendarDateSchema = z
  .string({ error: 'Indiquez une date.' })
  .refine(isCalendarDate, { error: 'Indiquez une date valide (AAAA-MM-JJ).' });
