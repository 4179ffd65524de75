import { textField, z } from '@/lib/schemas/zod';
import { RETENTION_MONTHS } from '@/lib/domain/registrations/personal-data';

// Personal data of participants: erasure of one person, retention after the event, export.

export const eraseParticipantSchema = z.object({ eventId: z.uuid(), registrationId: z.uuid() });

export const updateRetentionSchema = z.object({
  eventId: z.uuid(),
  retentionMonths: z.coerce
    .number({ error: 'Indiquez un nombre de mois.' })
    .int({ error: 'Indiquez un nombre entier de mois.' })
    .min(RETENTION_MONTHS.min, { error: `Gardez les données au moins ${RETENTION_MONTHS.min} mois.` })
    .max(RETENTION_MONTHS.max, { error: `Gardez les données au plus ${RETENTION_MONTHS.max} mois (10 ans).` }),
});
export type UpdateRetentionInput = z.input<typeof updateRetentionSchema>;

export const anonymiseExpiredSchema = z.object({ eventId: z.uuid() });

export const PARTICIPANT_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const participantExportQuerySchema = z.object({
  format: z.enum(PARTICIPANT_EXPORT_FORMATS, { error: 'Format d’export inconnu : csv ou xlsx.' }),
});

export const PARTICIPANTS_PAGE_SIZE = 100;
export const participantListQuerySchema = z.object({
  q: textField().trim().max(100).catch(''),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
