import { textField, z } from '@/lib/schemas/zod';

export const BILAN_LINK_DEFAULT_DAYS = 30;
export const BILAN_LINK_MAX_DAYS = 180;

const id = (what: string) => z.uuid({ error: `${what} est introuvable.` });

export const shareBilanSchema = z.object({
  versionId: id('Cette version du bilan'),
  organisationId: z.uuid({ error: 'Choisissez un financeur.' }),
});
export type ShareBilanInput = z.infer<typeof shareBilanSchema>;

export const revokeBilanShareSchema = z.object({ shareId: id('Ce partage') });

export const createBilanLinkSchema = z.object({
  versionId: id('Cette version du bilan'),
  label: textField().trim().max(120, { error: 'Le libellé tient en 120 caractères.' }).optional().default(''),
  days: z
    .number({ error: 'Indiquez une durée en jours.' })
    .int({ error: 'Indiquez un nombre entier de jours.' })
    .min(1, { error: 'Le lien vaut au moins 1 jour.' })
    .max(BILAN_LINK_MAX_DAYS, { error: `Un lien expire au plus tard au bout de ${BILAN_LINK_MAX_DAYS} jours.` }),
});
export type CreateBilanLinkInput = z.input<typeof createBilanLinkSchema>;

export const revokeBilanLinkSchema = z.object({ linkId: id('Ce lien') });
