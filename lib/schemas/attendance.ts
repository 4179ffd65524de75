import { textField, z } from '@/lib/schemas/zod';
import { AUDIENCE_CATEGORIES } from '@/lib/domain/registrations/audience-categories';
import { calendarDateSchema } from '@/lib/schemas/calendar-date';

// Check-in on the day, attendance entered afterwards from a paper list, walk-ins.

export const ATTENDANCE_VALUES = ['PRESENT', 'EXCUSED', 'ABSENT'] as const;
export type AttendanceValue = (typeof ATTENDANCE_VALUES)[number];

/** `status: null` clears a mark made by mistake. */
export const setAttendanceSchema = z.object({
  eventId: z.uuid(),
  registrationId: z.uuid(),
  date: calendarDateSchema,
  status: z.enum(ATTENDANCE_VALUES).nullable(),
});
export type SetAttendanceInput = z.infer<typeof setAttendanceSchema>;

export const setSessionAttendanceSchema = z.object({
  eventId: z.uuid(),
  sessionRegistrationId: z.uuid(),
  attended: z.boolean().nullable(),
});

/**
 * Someone who comes without registering: added and marked present in one go. E-mail and
 * organisation stay strings ('' when left empty): the form sends its parsed values again.
 */
export const addWalkInSchema = z.object({
  eventId: z.uuid(),
  date: calendarDateSchema,
  name: textField({ error: 'Indiquez le nom de la personne.' })
    .trim()
    .min(1, { error: 'Indiquez le nom de la personne.' })
    .max(200, { error: 'Le nom est trop long (200 caractères au plus).' }),
  category: z.enum(AUDIENCE_CATEGORIES, { error: 'Choisissez la catégorie de public de la personne.' }),
  email: textField()
    .trim()
    .max(254, { error: 'Cette adresse e-mail est trop longue (254 caractères au plus).' })
    .refine((value) => value === '' || z.email().safeParse(value).success, {
      error: 'Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).',
    })
    .transform((value) => value.toLowerCase()),
  organisation: textField().trim().max(200, { error: 'Le nom de la structure est trop long (200 caractères au plus).' }),
});
export type AddWalkInInput = z.input<typeof addWalkInSchema>;

/**
 * One tap of the check-in screen, made on the device (maybe offline, sent later): its id makes a
 * replay harmless, its time decides which of two taps on the same person and day wins. It names the
 * person (`registrationId`), or carries a scanned QR code (`code`), which marks present.
 */
export const checkInTapSchema = z
  .object({
    tapId: z.uuid(),
    date: calendarDateSchema,
    tappedAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
    registrationId: z.uuid().optional(),
    code: z.string().max(200).optional(),
    status: z.enum(ATTENDANCE_VALUES).nullable(),
  })
  .refine((tap) => (tap.registrationId === undefined) !== (tap.code === undefined), { error: 'Indiquez la personne ou le code scanné.' });
export type CheckInTapInput = z.input<typeof checkInTapSchema>;

/** The taps a device sends at once, in the order they were made. */
export const recordCheckInTapsSchema = z.object({
  eventId: z.uuid(),
  taps: z.array(checkInTapSchema).min(1).max(200),
});

/** The version of one day's check-in list the board asks for (lib/domain/registrations/check-in-version.ts). */
export const checkInVersionSchema = z.object({
  eventId: z.uuid(),
  day: calendarDateSchema,
});
