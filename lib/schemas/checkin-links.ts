import { textField, z } from '@/lib/schemas/zod';
import { checkInTapSchema, checkInVersionSchema } from '@/lib/schemas/attendance';

// Volunteers' check-in links (lib/server/checkin/volunteer-links.ts).

export const CHECK_IN_LINK_HOURS = [4, 12, 24, 48, 72] as const;

export const createCheckInLinkSchema = z.object({
  eventId: z.uuid(),
  label: textField({ error: 'Indiquez pour qui est ce lien (exemple : « Accueil, entrée principale »).' })
    .trim()
    .min(1, { error: 'Indiquez pour qui est ce lien (exemple : « Accueil, entrée principale »).' })
    .max(80, { error: 'Le nom du lien est trop long (80 caractères au plus).' }),
  hours: z.coerce.number().pipe(z.union(CHECK_IN_LINK_HOURS.map((hours) => z.literal(hours)), { error: 'Choisissez une durée de validité.' })),
});
export type CreateCheckInLinkInput = z.input<typeof createCheckInLinkSchema>;

export const revokeCheckInLinkSchema = z.object({ eventId: z.uuid(), linkId: z.uuid() });

const secret = z.string().max(100);

export const unlockCheckInLinkSchema = z.object({
  secret,
  pin: textField({ error: 'Saisissez le code PIN à 6 chiffres.' })
    .trim()
    .regex(/^\d{6}$/, { error: 'Le code PIN compte 6 chiffres.' }),
});

export const recordVolunteerTapsSchema = z.object({
  secret,
  proof: z.string().max(100),
  eventId: z.uuid(),
  taps: z.array(checkInTapSchema).min(1).max(200),
});

/** The same question through a volunteer's link, with the same credential as its taps. */
export const volunteerCheckInVersionSchema = checkInVersionSchema.extend({
  secret,
  proof: z.string().max(100),
});
