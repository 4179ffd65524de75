import { textField, z } from '@/lib/schemas/zod';
import { boundedIsoDate } from '@/lib/domain/dates/date-bounds';
import { diagnosticAnswersSchema, overrideSchema } from '@/lib/domain/diagnostic';
import { MAX_EVENT_DAYS } from '@/lib/domain/events/event-days';
import { calendarDaysBetween, isCalendarDate } from '@/lib/domain/dates';
import { TERRITORY_LEVELS } from '@/lib/domain/territories/types';

// Inputs of the diagnostic journey, shared by the forms (react-hook-form) and the server actions.

const CHOOSE_TERRITORY = 'Choisissez un territoire dans la liste des résultats de recherche.';

/** Only the level and code travel: the server reads the name back from the referential. */
export const territoryChoiceSchema = z.object(
  {
    level: z.enum(TERRITORY_LEVELS, { error: CHOOSE_TERRITORY }),
    code: textField({ error: CHOOSE_TERRITORY }).regex(/^[0-9A-Z]{2,9}$/, { error: CHOOSE_TERRITORY }),
  },
  { error: CHOOSE_TERRITORY },
);
export type TerritoryChoice = z.infer<typeof territoryChoiceSchema>;

/** The computed level is never an input: the server computes it from the answers. */
export const saveDiagnosticSchema = diagnosticAnswersSchema.extend({ territory: territoryChoiceSchema });
export type SaveDiagnosticInput = z.infer<typeof saveDiagnosticSchema>;

export const overrideDiagnosticSchema = overrideSchema.extend({ diagnosticId: z.uuid({ error: 'Diagnostic inconnu.' }) });
export type OverrideDiagnosticInput = z.infer<typeof overrideDiagnosticSchema>;

export const EVENT_TITLE_MAX_LENGTH = 160;

export const createEventFromDiagnosticSchema = z
  .object({
    diagnosticId: z.uuid({ error: 'Diagnostic inconnu.' }),
    title: textField({ error: 'Donnez un titre à l’événement.' })
      .trim()
      .min(3, { error: 'Donnez un titre à l’événement (3 caractères au moins).' })
      .max(EVENT_TITLE_MAX_LENGTH, { error: `Le titre est trop long (${EVENT_TITLE_MAX_LENGTH} caractères au plus).` }),
    startDate: boundedIsoDate('Indiquez la date du premier jour (jj/mm/aaaa).'),
    /** Empty: the event lasts one day. */
    endDate: z.union([z.literal(''), boundedIsoDate('Cette date de fin n’est pas valide.')]).optional(),
  })
  .superRefine((input, ctx) => {
    // ISO dates compare as strings.
    if (input.endDate && input.endDate < input.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'La date de fin ne peut pas précéder la date de début.' });
    } else if (input.endDate && isCalendarDate(input.startDate) && isCalendarDate(input.endDate) && calendarDaysBetween(input.startDate, input.endDate) >= MAX_EVENT_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `Un événement dure au plus ${MAX_EVENT_DAYS} jours.` });
    }
  });
export type CreateEventFromDiagnosticInput = z.infer<typeof createEventFromDiagnosticSchema>;

export const territorySearchSchema = z.object({
  q: textField().trim().max(100, { error: 'Recherche trop longue (100 caractères au plus).' }).default(''),
});
