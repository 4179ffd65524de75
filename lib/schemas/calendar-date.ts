import { z } from '@/lib/schemas/zod';
import { isCalendarDate } from '@/lib/domain/dates';
import { DATE_OUT_OF_BOUNDS, isWithinDateBounds } from '@/lib/domain/dates/date-bounds';

/** A Paris calendar day as `<input type="date">` sends it: 'YYYY-MM-DD', between 2000 and 2100. */
export const calendarDateSchema = z
  .string({ error: 'Indiquez une date.' })
  .refine(isCalendarDate, { error: 'Indiquez une date valide (AAAA-MM-JJ).', abort: true })
  .refine(isWithinDateBounds, { error: DATE_OUT_OF_BOUNDS });
